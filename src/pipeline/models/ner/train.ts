import type { TrainingDocument } from './augment.ts';
import { ALL_FEATURES, FeatureBuffer, FeatureExtractor, firstPassFeatures, secondPassContext, type FeatureConfig, type PreparedSentence, type SecondPassInfo } from './features.ts';
import { mulberry32, shuffle } from './hash.ts';
import type { Lexicon } from './lexicon.ts';
import { LinearModel, viterbi } from './linear.ts';
import { NerModel, type ModelInfo } from './model.ts';
import { NUM_TAGS, spansToBilou } from './tags.ts';

/**
 * Training: averaged structured perceptron (Collins 2002) with Viterbi decoding, for each of the two passes.
 * The second pass learns from first-pass labels it could really see: on the training documents those come from
 * first-pass models trained on the other folds (jackknifing), so it does not learn to trust a first pass that has
 * memorised its input.
 */

const T = NUM_TAGS;

export interface TrainOptions {
  epochs: number;
  /** Folds for the first-pass labels the second pass trains on (0: no second pass). */
  folds: number;
  seed: number;
  /** A feature must occur this often in the training data to get weights. */
  minCount: number;
  /** Rows whose largest averaged weight is smaller than this are dropped from the shipped model. */
  prune: number;
  features?: FeatureConfig;
  log?: (line: string) => void;
}

interface Example {
  doc: number;
  sentence: number;
  /** False for context-only sentences (tagged, never trained on). */
  train: boolean;
  rows: Int32Array;
  offsets: Int32Array;
  gold: Int8Array;
}

interface FeatureSpace {
  keys: Uint32Array;
  examples: Example[];
}

/** Feature keys of every sentence, then those seen at least `minCount` times turned into rows. */
function buildSpace(
  docs: readonly PreparedSentence[][],
  gold: readonly Int8Array[][],
  trainable: readonly boolean[][],
  minCount: number,
  second: ((doc: number) => SecondPassInfo[]) | null,
): FeatureSpace {
  const buf = new FeatureBuffer();
  const raw: { doc: number; sentence: number; train: boolean; keys: Uint32Array; offsets: number[]; gold: Int8Array }[] = [];
  const counts = new Map<number, number>();
  docs.forEach((doc, d) => {
    const ctx = second ? second(d) : null;
    doc.forEach((s, si) => {
      buf.reset();
      firstPassFeatures(s, buf, ctx ? ctx[si] : undefined);
      const keys = buf.keys.slice(0, buf.length);
      const train = trainable[d]![si]!;
      if (train) for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
      raw.push({ doc: d, sentence: si, train, keys, offsets: buf.offsets, gold: gold[d]![si]! });
    });
  });
  const rowOf = new Map<number, number>();
  const keyList: number[] = [];
  const examples = raw.map((r) => {
    const rows: number[] = [];
    const offsets = new Int32Array(r.offsets.length);
    for (let i = 0; i + 1 < r.offsets.length; i++) {
      for (let f = r.offsets[i]!; f < r.offsets[i + 1]!; f++) {
        const k = r.keys[f]!;
        if ((counts.get(k) ?? 0) < minCount) continue;
        let row = rowOf.get(k);
        if (row === undefined) {
          row = keyList.length;
          rowOf.set(k, row);
          keyList.push(k);
        }
        rows.push(row);
      }
      offsets[i + 1] = rows.length;
    }
    return { doc: r.doc, sentence: r.sentence, train: r.train, rows: Int32Array.from(rows), offsets, gold: r.gold };
  });
  return { keys: Uint32Array.from(keyList), examples };
}

class Perceptron {
  readonly w: Float32Array;
  readonly u: Float64Array;
  readonly tw = new Float64Array((T + 1) * T);
  readonly tu = new Float64Array((T + 1) * T);
  c = 1;
  private em = new Float32Array(512 * T);

  constructor(rows: number) {
    this.w = new Float32Array(rows * T);
    this.u = new Float64Array(rows * T);
  }

  emissions(ex: Example, w: Float32Array): Float32Array {
    const n = ex.gold.length;
    if (this.em.length < n * T) this.em = new Float32Array(n * T * 2);
    const em = this.em;
    em.fill(0, 0, n * T);
    for (let i = 0; i < n; i++) {
      const o = i * T;
      for (let f = ex.offsets[i]!; f < ex.offsets[i + 1]!; f++) {
        const base = ex.rows[f]! * T;
        for (let t = 0; t < T; t++) em[o + t]! += w[base + t]!;
      }
    }
    return em;
  }

  predict(ex: Example, w: Float32Array, trans: Float32Array): Int8Array {
    return viterbi(this.emissions(ex, w), ex.gold.length, trans);
  }

  train(ex: Example): boolean {
    const trans = Float32Array.from(this.tw);
    const pred = this.predict(ex, this.w, trans);
    const gold = ex.gold;
    let wrong = false;
    for (let i = 0; i < gold.length; i++) {
      const g = gold[i]!;
      const p = pred[i]!;
      const gp = i > 0 ? gold[i - 1]! : T;
      const pp = i > 0 ? pred[i - 1]! : T;
      if (g !== p) {
        wrong = true;
        for (let f = ex.offsets[i]!; f < ex.offsets[i + 1]!; f++) {
          const base = ex.rows[f]! * T;
          this.w[base + g]! += 1;
          this.u[base + g]! += this.c;
          this.w[base + p]! -= 1;
          this.u[base + p]! -= this.c;
        }
      }
      if (g !== p || gp !== pp) {
        this.tw[gp * T + g]! += 1;
        this.tu[gp * T + g]! += this.c;
        this.tw[pp * T + p]! -= 1;
        this.tu[pp * T + p]! -= this.c;
      }
    }
    this.c++;
    return wrong;
  }

  averaged(): { w: Float32Array; trans: Float32Array } {
    const w = new Float32Array(this.w.length);
    for (let i = 0; i < w.length; i++) w[i] = this.w[i]! - this.u[i]! / this.c;
    const trans = new Float32Array(this.tw.length);
    for (let i = 0; i < trans.length; i++) trans[i] = this.tw[i]! - this.tu[i]! / this.c;
    return { w, trans };
  }
}

function trainPerceptron(space: FeatureSpace, examples: Example[], opts: TrainOptions, label: string): Perceptron {
  const p = new Perceptron(space.keys.length);
  const rand = mulberry32(opts.seed);
  const order = examples.slice();
  for (let e = 0; e < opts.epochs; e++) {
    shuffle(order, rand);
    let errors = 0;
    for (const ex of order) if (p.train(ex)) errors++;
    opts.log?.(`${label} epoch ${e + 1}/${opts.epochs}: ${errors} of ${order.length} sentences wrong`);
  }
  return p;
}

function toLinear(space: FeatureSpace, p: Perceptron, prune: number): LinearModel {
  const { w, trans } = p.averaged();
  const keep: number[] = [];
  for (let r = 0; r < space.keys.length; r++) {
    let max = 0;
    for (let t = 0; t < T; t++) max = Math.max(max, Math.abs(w[r * T + t]!));
    if (max >= prune && max > 0) keep.push(r);
  }
  const keys = new Uint32Array(keep.length);
  const weights = new Float32Array(keep.length * T);
  keep.forEach((r, i) => {
    keys[i] = space.keys[r]!;
    weights.set(w.subarray(r * T, r * T + T), i * T);
  });
  return new LinearModel(keys, weights, trans);
}

export interface TrainResult {
  model: NerModel;
  stats: Record<string, unknown>;
}

export function trainNer(lexicon: Lexicon, docs: readonly TrainingDocument[], opts: TrainOptions, info: Pick<ModelInfo, 'created' | 'training'>): TrainResult {
  const log = opts.log ?? (() => {});
  const features = opts.features ?? ALL_FEATURES;
  const modelInfo: ModelInfo = { version: 1, tags: [], features, ...info };
  const extractor = new FeatureExtractor(lexicon, features);
  const prepared = docs.map((d) => extractor.prepareDocument(d.sentences.map((s) => s.words)));
  const gold = docs.map((d) => d.sentences.map((s) => spansToBilou(s.words.length, s.spans)));
  const trainable = docs.map((d) => d.trainable);

  const space1 = buildSpace(prepared, gold, trainable, opts.minCount, null);
  const examples1 = space1.examples.filter((ex) => ex.train);
  log(`pass 1: ${space1.keys.length} features, ${examples1.length} sentences`);
  const final1 = trainPerceptron(space1, examples1, opts, 'pass 1');
  const pass1 = toLinear(space1, final1, opts.prune);
  const stats: Record<string, unknown> = { pass1_features: space1.keys.length, pass1_rows: pass1.rows, sentences: examples1.length };
  if (opts.folds < 2) return { model: new NerModel(lexicon, pass1, null, modelInfo), stats };

  // Jackknifed first-pass labels of the training documents (a document and its variants share a fold).
  const fold = (ex: Example) => docs[ex.doc]!.origin % opts.folds;
  const firstTags: Int8Array[][] = docs.map((d) => d.sentences.map(() => new Int8Array(0)));
  for (let k = 0; k < opts.folds; k++) {
    const train = examples1.filter((ex) => fold(ex) !== k);
    const p = trainPerceptron(space1, train, { ...opts, seed: opts.seed + k + 1 }, `fold ${k + 1}/${opts.folds}`);
    const { w, trans } = p.averaged();
    for (const ex of space1.examples) if (fold(ex) === k) firstTags[ex.doc]![ex.sentence] = p.predict(ex, w, trans).slice();
  }
  const space2 = buildSpace(prepared, gold, trainable, opts.minCount, (d) => secondPassContext(prepared[d]!, firstTags[d]!));
  const examples2 = space2.examples.filter((ex) => ex.train);
  log(`pass 2: ${space2.keys.length} features`);
  const final2 = trainPerceptron(space2, examples2, { ...opts, seed: opts.seed + 100 }, 'pass 2');
  const pass2 = toLinear(space2, final2, opts.prune);
  stats.pass2_features = space2.keys.length;
  stats.pass2_rows = pass2.rows;
  return { model: new NerModel(lexicon, pass1, pass2, modelInfo), stats };
}
