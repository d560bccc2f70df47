import { LABELS, type Label, type LabelSpan } from './tags.ts';

/** Exact-match span scores, as conlleval computes them (a predicted chunk counts only with the gold start, end and type). */
export interface Score {
  precision: number;
  recall: number;
  f1: number;
}

export interface Counts {
  gold: number;
  predicted: number;
  correct: number;
}

export class SpanCounter {
  readonly byLabel = new Map<Label, Counts>(LABELS.map((l) => [l, { gold: 0, predicted: 0, correct: 0 }]));

  /** Adds one sentence's gold and predicted spans. */
  add(gold: readonly LabelSpan[], predicted: readonly LabelSpan[]): void {
    const key = (s: LabelSpan) => `${s.start}:${s.end}:${s.label}`;
    const goldKeys = new Set(gold.map(key));
    for (const s of gold) this.byLabel.get(s.label)!.gold++;
    for (const s of predicted) {
      const c = this.byLabel.get(s.label)!;
      c.predicted++;
      if (goldKeys.has(key(s))) c.correct++;
    }
  }

  counts(labels: readonly Label[]): Counts {
    const out = { gold: 0, predicted: 0, correct: 0 };
    for (const l of labels) {
      const c = this.byLabel.get(l)!;
      out.gold += c.gold;
      out.predicted += c.predicted;
      out.correct += c.correct;
    }
    return out;
  }

  score(labels: readonly Label[]): Score {
    return score(this.counts(labels));
  }
}

/** Precision, recall and F1 in percent, rounded to two decimals. */
export function score(c: Counts): Score {
  const p = c.predicted ? c.correct / c.predicted : 0;
  const r = c.gold ? c.correct / c.gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  const pct = (x: number) => Math.round(x * 10000) / 100;
  return { precision: pct(p), recall: pct(r), f1: pct(f) };
}
