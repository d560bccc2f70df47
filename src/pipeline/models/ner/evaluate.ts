import type { ConllDocument } from './conll.ts';
import { SpanCounter, type Score } from './conlleval.ts';
import type { NerModel } from './model.ts';

export interface NerEvaluation extends Score {
  per_type: { PER: Score; ORG: Score; LOC: Score };
  misc: Score;
  /** Counts over PER, ORG and LOC. */
  gold: number;
  predicted: number;
  correct: number;
  tokens: number;
  tokens_per_s: number;
}

/** Tags every document with the model and scores it against the gold spans (PER, ORG, LOC; MISC apart). */
export function evaluateNer(model: NerModel, docs: readonly ConllDocument[], scored?: (doc: number, sentence: number) => boolean): NerEvaluation {
  const counter = new SpanCounter();
  let tokens = 0;
  let elapsed = 0;
  for (const [d, doc] of docs.entries()) {
    const words = doc.map((s) => s.words);
    const t0 = process.hrtime.bigint();
    const predicted = model.recognize(words);
    elapsed += Number(process.hrtime.bigint() - t0) / 1e9;
    doc.forEach((s, i) => {
      tokens += s.words.length;
      if (!scored || scored(d, i)) counter.add(s.spans, predicted[i]!);
    });
  }
  const main = counter.score(['PER', 'ORG', 'LOC']);
  const c = counter.counts(['PER', 'ORG', 'LOC']);
  return {
    ...main,
    per_type: { PER: counter.score(['PER']), ORG: counter.score(['ORG']), LOC: counter.score(['LOC']) },
    misc: counter.score(['MISC']),
    ...c,
    tokens,
    tokens_per_s: Math.round(tokens / elapsed),
  };
}
