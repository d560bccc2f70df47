import { readFileSync } from 'node:fs';
import { applyConventions } from './conventions.ts';
import { loadBoundsModel, refineBoundaries } from './bounds.ts';
import type { BoundsModel } from './bounds.ts';
import { NEIGHBOURS, NO_EXTRA_FEATURES, analyse, chunkTrigramFeatures, chunkTrigramKey, featurize, neighbourFeatures, posTrigramFeatures, posTrigramKey, stackedFeatures, wordFeatures } from './features.ts';
import type { Analysis, FeatureConfig, SeqToken } from './features.ts';
import { L, LABELS, deserializeWeights, toBio, viterbi } from './perceptron.ts';
import type { ScoreMemo, SerializedWeights, WeightTable } from './perceptron.ts';

/**
 * The shipped attribution tagger (data/models/quotes.json), loaded once on first use. Two passes: the
 * first tags source/cue/content from token features; the second adds scores from features of the
 * first pass's labels (and, in models trained with `pass2Full`, its own scores of the token features)
 * to the first pass's scores and decodes again.
 */

export const MODEL_URL = new URL('../../../../data/models/quotes.json', import.meta.url);

export interface QuoteModelFile {
  version: number;
  labels: string[];
  /** Weight of the first-pass scores in the second pass. */
  alpha: number;
  /** Whether the second pass also scores the first pass's features (besides the stacked ones). */
  pass2Full?: boolean;
  /** Optional feature groups the model was trained with (absent: none). */
  features?: Partial<FeatureConfig>;
  pass1: SerializedWeights;
  pass2: SerializedWeights;
}

export interface QuoteModel {
  pass1: WeightTable;
  pass2: WeightTable;
  /** Transitions of the second pass: its own plus the first pass's (times alpha). */
  trans2: Float32Array;
  alpha: number;
  pass2Full: boolean;
  features: FeatureConfig;
}

let loaded: QuoteModel | null = null;

export function loadQuoteModel(url: URL = MODEL_URL): QuoteModel {
  if (url === MODEL_URL && loaded) return loaded;
  const file = JSON.parse(readFileSync(url, 'utf8')) as QuoteModelFile;
  if (file.labels.join() !== LABELS.join()) throw new Error(`quotes model ${url.pathname}: unexpected labels`);
  const pass1 = deserializeWeights(file.pass1);
  const pass2 = deserializeWeights(file.pass2);
  const alpha = file.alpha;
  const model = { pass1, pass2, alpha, pass2Full: !!file.pass2Full, features: { ...NO_EXTRA_FEATURES, ...file.features }, trans2: Float32Array.from(pass2.trans, (v, k) => v + alpha * pass1.trans[k]!) };
  if (url === MODEL_URL) loaded = model;
  return model;
}

const PARTS = NEIGHBOURS.length + 1;
/** Memo groups of the first pass's table (WeightTable.keyScores). */
const POS_TRIGRAM = 0;
const CHUNK_TRIGRAM = 1;
/** Records standing for the paragraph's start and end (their neighbour parts only). */
const BOUNDARY: ScoreMemo[] = [{}, {}];

/**
 * Writes into em the first pass's scores of the features it memoises (see featurize): per distinct text,
 * the token's own features (part 0) and those it gives its neighbours (part 1 + the index of the offset in
 * NEIGHBOURS); per POS and chunk trigram, the trigram features.
 */
function memoisedScores(a: Analysis, table: WeightTable, em: Float64Array): void {
  const n = a.n;
  const memo = a.forms.map((form, j) => table.memoised(form, (f, part) => (part === 0 ? wordFeatures(a, j, f) : neighbourFeatures(a, j, NEIGHBOURS[part - 1]!, f)), PARTS));
  const edges = [-1, n].map((j, e) => table.memoised(BOUNDARY[e]!, (f, part) => part > 0 && neighbourFeatures(a, j, NEIGHBOURS[part - 1]!, f), PARTS));
  for (let i = 0; i < n; i++) {
    const o = i * L;
    const own = memo[i]!;
    for (let c = 0; c < L; c++) em[o + c] = own[c]!;
    for (let p = 1; p < PARTS; p++) {
      const j = i + NEIGHBOURS[p - 1]!;
      const v = j < 0 ? edges[0]! : j >= n ? edges[1]! : memo[j]!;
      for (let c = 0; c < L; c++) em[o + c] = em[o + c]! + v[p * L + c]!;
    }
    const pt = table.keyScores(POS_TRIGRAM, posTrigramKey(a, i), (f) => posTrigramFeatures(a, i, f));
    const ct = table.keyScores(CHUNK_TRIGRAM, chunkTrigramKey(a, i), (f) => chunkTrigramFeatures(a, i, f));
    for (let c = 0; c < L; c++) em[o + c] = em[o + c]! + pt[c]! + ct[c]!;
  }
}

/** Tag ids (indices into LABELS, BILOU) for the tokens of one paragraph. */
export function tagIds(tokens: readonly SeqToken[], model: QuoteModel = loadQuoteModel()): number[] {
  return tokens.length === 0 ? [] : tagAnalysed(analyse(tokens, model.features), tokens, model);
}

/** The tagger's BIO labels of a paragraph with its analysis, before boundaries are refined and conventions applied. */
export function tagRaw(tokens: readonly SeqToken[], model: QuoteModel = loadQuoteModel()): { a: Analysis; labels: string[] } {
  const a = analyse(tokens, model.features);
  return { a, labels: tokens.length === 0 ? [] : toBio(tagAnalysed(a, tokens, model)) };
}

function tagAnalysed(a: Analysis, tokens: readonly SeqToken[], model: QuoteModel): number[] {
  const n = tokens.length;
  // The first pass's features are scored as they are made, by both passes when the second one uses them too.
  const em1 = new Float64Array(n * L);
  const em2 = new Float64Array(n * L);
  const { pass1, pass2 } = model;
  if (model.pass2Full) {
    featurize(tokens, a, (i, f) => {
      pass1.sumInto(f, em1, i * L);
      pass2.sumInto(f, em2, i * L);
    });
  } else {
    memoisedScores(a, pass1, em1);
    featurize(tokens, a, (i, f) => pass1.sumInto(f, em1, i * L), true);
  }
  for (let k = 0; k < em1.length; k++) em1[k] = em1[k]! * pass1.scale;
  const p1 = viterbi(em1, pass1.trans, n);
  stackedFeatures(a, p1, !!model.features.stacked2, (i, f) => pass2.sumInto(f, em2, i * L));
  for (let k = 0; k < em2.length; k++) em2[k] = em2[k]! * pass2.scale + model.alpha * em1[k]!;
  return viterbi(em2, model.trans2, n);
}

/** BIO labels (source / cue / content) for the tokens of one paragraph. */
export function tagParagraph(tokens: readonly SeqToken[], model: QuoteModel = loadQuoteModel(), bounds: BoundsModel | null = loadBoundsModel()): string[] {
  if (tokens.length === 0) return [];
  const { a, labels } = tagRaw(tokens, model);
  if (bounds) refineBoundaries(a, labels, bounds);
  return applyConventions(tokens, labels, a);
}
