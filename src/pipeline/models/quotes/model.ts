import { readFileSync } from 'node:fs';
import { analyse, featurize, stackedFeatures } from './features.ts';
import type { SeqToken } from './features.ts';
import { LABELS, deserializeWeights, toBio } from './perceptron.ts';
import type { SerializedWeights, WeightTable } from './perceptron.ts';

/**
 * The shipped attribution tagger (data/models/quotes.json), loaded once on first use. Two passes: the
 * first tags source/cue/content from token features; the second sees the first pass's labels too.
 */

export const MODEL_URL = new URL('../../../../data/models/quotes.json', import.meta.url);

export interface QuoteModelFile {
  version: number;
  labels: string[];
  pass1: SerializedWeights;
  pass2: SerializedWeights;
}

export interface QuoteModel {
  pass1: WeightTable;
  pass2: WeightTable;
}

let loaded: QuoteModel | null = null;

export function loadQuoteModel(url: URL = MODEL_URL): QuoteModel {
  if (url === MODEL_URL && loaded) return loaded;
  const file = JSON.parse(readFileSync(url, 'utf8')) as QuoteModelFile;
  if (file.labels.join() !== LABELS.join()) throw new Error(`quotes model ${url.pathname}: unexpected labels`);
  const model = { pass1: deserializeWeights(file.pass1), pass2: deserializeWeights(file.pass2) };
  if (url === MODEL_URL) loaded = model;
  return model;
}

/** Tag ids (indices into LABELS, BILOU) for the tokens of one paragraph. */
export function tagIds(tokens: readonly SeqToken[], model: QuoteModel = loadQuoteModel()): number[] {
  if (tokens.length === 0) return [];
  const a = analyse(tokens);
  const base = featurize(tokens, a);
  const p1 = model.pass1.tag(base);
  return model.pass2.tag(stackedFeatures(a, base, p1));
}

/** BIO labels (source / cue / content) for the tokens of one paragraph. */
export function tagParagraph(tokens: readonly SeqToken[], model: QuoteModel = loadQuoteModel()): string[] {
  return toBio(tagIds(tokens, model));
}
