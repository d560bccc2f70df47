import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyse, crudeStem, featurize, normToken, stackedFeatures, stemKey } from '../src/pipeline/models/quotes/features.ts';
import type { Analysis, FeatureConfig } from '../src/pipeline/models/quotes/features.ts';
import { applyConventions } from '../src/pipeline/models/quotes/conventions.ts';
import { MODEL_URL } from '../src/pipeline/models/quotes/model.ts';
import type { QuoteModelFile } from '../src/pipeline/models/quotes/model.ts';
import { LABELS, TrainableWeights, fromBio, toBio, viterbi } from '../src/pipeline/models/quotes/perceptron.ts';
import type { WeightTable } from '../src/pipeline/models/quotes/perceptron.ts';
import { parseArgs } from '../src/cli/args.ts';
import { readData } from './lib/polnear.ts';
import type { LabelledSequence } from './lib/polnear.ts';
import { SpanScorer } from './lib/quote-score.ts';

/**
 * Trains the two-pass attribution tagger on the PolNeAR train split (brat standoff) and writes
 * data/models/quotes.json. The second pass is trained on first-pass labels predicted by jackknifing
 * (each fold tagged by a first pass trained without it), so it learns from realistic input.
 * Usage: npm run train:quotes [-- --epochs N --epochs2 N --full 0|1 --alpha A --folds K --dev PATH|none --out FILE
 *   --entities 0|1 --clusters 0|1 --stems 0|1 --cue-stems N --stacked2 0|1 --lean 0|1 --margin M --margin2 M]
 *   (the defaults are those of the shipped model)
 */

const root = new URL('../', import.meta.url);
const { options } = parseArgs(process.argv.slice(2), ['train', 'dev', 'epochs', 'epochs2', 'full', 'folds', 'out', 'seed', 'prune', 'alpha', 'entities', 'clusters', 'stems', 'cue-stems', 'stacked2', 'margin', 'margin2', 'lean']);
const trainPath = String(options.get('train') ?? fileURLToPath(new URL('../shared/eval-data/polnear/data/train', root)));
const devOpt = options.get('dev');
const devPath = devOpt === 'none' ? null : String(devOpt ?? fileURLToPath(new URL('../shared/eval-data/polnear/data/dev', root)));
const epochs = Number(options.get('epochs') ?? 12);
const epochs2 = Number(options.get('epochs2') ?? 8);
const folds = Number(options.get('folds') ?? 5);
const prune = Number(options.get('prune') ?? 8);
/** Weight of the first-pass scores inside the second pass (small: the second pass's own updates must be able to move them). */
const alpha = Number(options.get('alpha') ?? 0.2);
/** Whether the second pass also scores the first pass's features (1) or only the stacked ones (0, the shipped model: --full 1 measured 71.3/66.8/57.9 exact F1 on PolNeAR dev against 71.2/66.4/57.3, at 60 % of the speed). */
const full = Number(options.get('full') ?? 0) === 1;
/** Optional feature groups (see FeatureConfig). */
const features: FeatureConfig = {
  entities: Number(options.get('entities') ?? 1) === 1,
  clusters: Number(options.get('clusters') ?? 1) === 1,
  stems: Number(options.get('stems') ?? 1) === 1,
  cueStems: [],
  stacked2: Number(options.get('stacked2') ?? 1) === 1,
  lean: Number(options.get('lean') ?? 0) === 1,
};
/** Learned cue candidates: stems seen as (part of) a cue at least this often in training (0: none), and in at least a fifth of their uses. */
const cueStemMin = Number(options.get('cue-stems') ?? 2);
/**
 * Cost-augmented training: wrong labels get this much extra score while decoding (0: plain perceptron).
 * Measured on PolNeAR dev with --stacked2 1: margin 1 73.8/68.3/59.3, 2 73.9/69.1/59.9, 6 73.5/68.5/59.4.
 */
const margin = Number(options.get('margin') ?? 2);
/** The same for the second pass (default: --margin). */
const margin2 = Number(options.get('margin2') ?? margin);
const outUrl = options.get('out') ? new URL(String(options.get('out')), `file://${process.cwd()}/`) : MODEL_URL;


interface Prepared {
  seq: LabelledSequence;
  a: Analysis;
  feats: number[][];
  gold: number[];
  p1: number[];
  feats2: number[][];
  /** First-pass emission scores and transitions (from the fold model for training paragraphs). */
  em1: Float32Array;
  tr1: ArrayLike<number>;
}

function prepare(seqs: readonly LabelledSequence[]): Prepared[] {
  return seqs.map((seq) => {
    const a = analyse(seq.tokens, features);
    return { seq, a, feats: featurize(seq.tokens, a), gold: fromBio(seq.labels), p1: [], feats2: [], em1: new Float32Array(0), tr1: [] };
  });
}

/** Stems of words outside the cue lexicon that are often cues in the training data. */
function learnCueStems(seqs: readonly LabelledSequence[], minCount: number, minRate: number): string[] {
  const seen = new Map<string, [number, number]>();
  for (const seq of seqs) {
    const a = analyse(seq.tokens);
    seq.tokens.forEach((t, i) => {
      const lower = normToken(t.text).toLowerCase();
      if (a.cueKind[i] || !stemKey(lower)) return;
      const stem = crudeStem(lower);
      const c = seen.get(stem) ?? [0, 0];
      c[0]++;
      if (seq.labels[i]!.endsWith('-cue')) c[1]++;
      seen.set(stem, c);
    });
  }
  const out = [...seen].filter(([, [all, cue]]) => cue >= minCount && cue / all >= minRate).map(([stem]) => stem).sort();
  process.stderr.write(`learned cue stems: ${out.length} (${out.slice(0, 40).join(' ')} …)\n`);
  return out;
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const rand = rng(Number(options.get('seed') ?? 1));
const t0 = Date.now();
const secs = (): string => ((Date.now() - t0) / 1000).toFixed(0);

function train(data: readonly Prepared[], pick: (p: Prepared) => number[][], n: number, label: string, dev?: { data: Prepared[]; tag: (t: WeightTable, p: Prepared) => number[] }, stacked = false): TrainableWeights {
  const model = new TrainableWeights();
  const order = data.map((_, i) => i);
  for (let epoch = 1; epoch <= n; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let wrong = 0;
    for (const k of order) {
      const p = data[k]!;
      if (stacked ? model.update(p.feats2, p.gold, p.em1, p.tr1, full ? p.feats : undefined, margin2) : model.update(pick(p), p.gold, undefined, undefined, undefined, margin)) wrong++;
    }
    let line = `${label} epoch ${epoch}: ${wrong}/${data.length} wrong paragraphs`;
    if (dev && dev.data.length) {
      const { table } = model.averaged();
      const sc = new SpanScorer();
      for (const d of dev.data) sc.add(d.seq.labels, toBio(dev.tag(table, d)));
      const r = sc.result().exact;
      line += ` | dev exact F1 source ${r.source!.f1} cue ${r.cue!.f1} content ${r.content!.f1}`;
    }
    process.stderr.write(`${line} (${secs()} s)\n`);
  }
  return model;
}

const trainSeqs = readData(trainPath).sequences;
if (cueStemMin > 0) features.cueStems = learnCueStems(trainSeqs, cueStemMin, 0.2);
const trainData = prepare(trainSeqs);
const devData = devPath ? prepare(readData(devPath).sequences) : [];
process.stderr.write(`train: ${trainData.length} paragraphs, dev: ${devData.length} (${secs()} s)\n`);

// Jackknifed first-pass labels for the training paragraphs (folds by article, so annotators of one article share a fold).
const articleFold = new Map<string, number>();
for (const p of trainData) {
  const article = p.seq.doc.replace(/_[^_]+$/, '');
  if (!articleFold.has(article)) articleFold.set(article, Math.floor(rand() * folds));
}
const inFold = (p: Prepared, k: number): boolean => articleFold.get(p.seq.doc.replace(/_[^_]+$/, '')) === k;
for (let k = 0; k < folds; k++) {
  const m = train(trainData.filter((p) => !inFold(p, k)), (p) => p.feats, epochs, `fold ${k + 1}/${folds}`);
  const { table } = m.averaged();
  for (const p of trainData) {
    if (!inFold(p, k)) continue;
    p.em1 = Float32Array.from(table.emissions(p.feats), (v) => v * alpha);
    p.tr1 = Float32Array.from(table.trans, (v) => v * alpha);
    p.p1 = viterbi(p.em1, p.tr1, p.feats.length);
  }
}
for (const p of trainData) p.feats2 = stackedFeatures(p.a, p.p1, features.stacked2);

const pass1 = train(trainData, (p) => p.feats, epochs, 'pass 1', { data: devData, tag: (t, p) => t.tag(p.feats) }).averaged(prune);
for (const p of devData) {
  p.em1 = Float32Array.from(pass1.table.emissions(p.feats), (v) => v * alpha);
  p.tr1 = Float32Array.from(pass1.table.trans, (v) => v * alpha);
  p.p1 = viterbi(p.em1, p.tr1, p.feats.length);
  p.feats2 = stackedFeatures(p.a, p.p1, features.stacked2);
}
/** Final-pass emission scores of a paragraph: the second pass's own plus the (weighted) first pass's. */
const emissions2 = (t: WeightTable, p: Prepared): Float64Array => {
  const em = t.emissions(p.feats2);
  if (full) {
    const more = t.emissions(p.feats);
    for (let k = 0; k < em.length; k++) em[k] = em[k]! + more[k]!;
  }
  for (let k = 0; k < em.length; k++) em[k] = em[k]! + p.em1[k]!;
  return em;
};
const tag2 = (t: WeightTable, p: Prepared): number[] => viterbi(emissions2(t, p), Float64Array.from(t.trans, (v, k) => v + p.tr1[k]!), p.feats.length);
const pass2 = train(trainData, (p) => p.feats2, epochs2, 'pass 2', { data: devData, tag: tag2 }, true).averaged(prune);

const file: QuoteModelFile = { version: 5, labels: [...LABELS], alpha, pass2Full: full, features, pass1: pass1.serialized, pass2: pass2.serialized };
mkdirSync(new URL('.', outUrl), { recursive: true });
writeFileSync(outUrl, JSON.stringify(file));
process.stderr.write(`wrote ${fileURLToPath(outUrl)}: ${pass1.rows} + ${pass2.rows} feature rows (${secs()} s)\n`);

let devExact: Record<string, unknown> | null = null;
if (devData.length) {
  const sc = new SpanScorer();
  for (const p of devData) sc.add(p.seq.labels, applyConventions(p.seq.tokens, toBio(tag2(pass2.table, p))));
  const r = sc.result();
  devExact = { exact: r.exact, overlap: r.overlap };
}
const card = {
  model: 'quotes.json',
  task: 'attribution spans (source, cue, content) in English news, paragraph by paragraph',
  method: `two-pass structured averaged perceptron (first-order Viterbi over BILOU tags); the second pass adds scores of features of the first-pass labels${full ? ' and of the token features' : ''} to the first-pass scores, trained on jackknifed first-pass output${margin || margin2 ? ', with cost-augmented (margin) updates' : ''}`,
  features: 'words and bigrams in a +-2 window, shapes, suffixes, POS and chunk tags (pos-chunk.json), reporting/cognition verb lexicon (src/pipeline/models/quotes/lexicon.ts), distance, commas and quotation marks between a token and the nearest cue candidate, quotation state',
  optional_features: { ...features, cueStems: `${features.cueStems.length} stems (seen as cues at least ${cueStemMin} times and in a fifth of their uses in training)` },
  training_data: `PolNeAR v1.0.0 train split (${trainData.length} paragraphs of ${new Set(trainData.map((p) => p.seq.doc)).size} annotation files), brat standoff from ../shared/eval-data/polnear/data/train; no corpus text is stored in the model`,
  epochs: { pass1: epochs, pass2: epochs2, jackknife_folds: folds },
  margin: { pass1: margin, pass2: margin2, note: 'cost-augmented updates: every wrong label of a token gets this much extra score while decoding in training' },
  alpha,
  pruning: `rows with all |w| <= ${prune} dropped, weights <= ${prune / 2} zeroed; int16 quantised`,
  rows: { pass1: pass1.rows, pass2: pass2.rows },
  dev: devExact,
  dev_note: 'span P/R/F1 (CofeNet scoring) on the PolNeAR dev folder of the tagger with its conventions (conventions.ts), before content boundaries are refined (quote-bounds.json, see its card), measured by this training run',
  trained: new Date().toISOString().slice(0, 10),
  command: 'npm run train:quotes',
};
writeFileSync(new URL('quotes.card.json', outUrl), JSON.stringify(card, null, 2) + '\n');
