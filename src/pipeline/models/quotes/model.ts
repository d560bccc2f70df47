import { readFileSync } from 'node:fs';
import { analyse, featurize, stackedFeatures } from './features.ts';
import type { SeqToken } from './features.ts';
import { LABELS, deserializeWeights, toBio, viterbi } from './perceptron.ts';
import type { SerializedWeights, WeightTable } from './perceptron.ts';

/**
 * The shipped attribution tagger (data/models/quotes.json), loaded once on first use. Two passes: the
 * first tags source/cue/content from token features; the second adds scores from features of the
 * first pass's labels to the first pass's scores and decodes again.
 */

export const MODEL_URL = new URL('../../../../data/models/quotes.json', import.meta.url);

export interface QuoteModelFile {
  version: number;
  labels: string[];
  /** Weight of the first-pass scores in the second pass. */
  alpha: number;
  pass1: SerializedWeights;
  pass2: SerializedWeights;
}

export interface QuoteModel {
  pass1: WeightTable;
  pass2: WeightTable;
  /** Transitions of the second pass: its own plus the first pass's (times alpha). */
  trans2: Float32Array;
  alpha: number;
}

let loaded: QuoteModel | null = null;

export function loadQuoteModel(url: URL = MODEL_URL): QuoteModel {
  if (url === MODEL_URL && loaded) return loaded;
  const file = JSON.parse(readFileSync(url, 'utf8')) as QuoteModelFile;
  if (file.labels.join() !== LABELS.join()) throw new Error(`quotes model ${url.pathname}: unexpected labels`);
  const pass1 = deserializeWeights(file.pass1);
  const pass2 = deserializeWeights(file.pass2);
  const alpha = file.alpha;
  const model = { pass1, pass2, alpha, trans2: Float32Array.from(pass2.trans, (v, k) => v + alpha * pass1.trans[k]!) };
  if (url === MODEL_URL) loaded = model;
  return model;
}

/** Tag ids (indices into LABELS, BILOU) for the tokens of one paragraph. */
export function tagIds(tokens: readonly SeqToken[], model: QuoteModel = loadQuoteModel()): number[] {
  if (tokens.length === 0) return [];
  const a = analyse(tokens);
  const em1 = model.pass1.emissions(featurize(tokens, a));
  const p1 = viterbi(em1, model.pass1.trans, tokens.length);
  const em2 = model.pass2.emissions(stackedFeatures(a, p1));
  for (let k = 0; k < em2.length; k++) em2[k] = em2[k]! + model.alpha * em1[k]!;
  return viterbi(em2, model.trans2, tokens.length);
}

/** BIO labels (source / cue / content) for the tokens of one paragraph. */
export function tagParagraph(tokens: readonly SeqToken[], model: QuoteModel = loadQuoteModel()): string[] {
  return toBio(tagIds(tokens, model));
}
