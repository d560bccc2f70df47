import type { Mention } from '../../src/pipeline/types.ts';
/**
 * Span scoring for attribution tagging, as CofeNet (COLING 2022) scores PolNeAR: spans are read from each
 * BIO sequence (a span starts at B-x and continues over I-x; an I-x without its B-x starts nothing), and
 * precision, recall and F1 are computed over spans of each type. "exact" needs identical token
 * boundaries; "overlap" counts a gold span as found, and a predicted span as right, when it shares at
 * least one token with a span of the same type on the other side.
 */

export interface TokenSpan {
  type: string;
  start: number;
  end: number;
}

export function bioSpans(labels: readonly string[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  let cur: TokenSpan | null = null;
  labels.forEach((l, i) => {
    if (l.startsWith('B-')) {
      if (cur) out.push(cur);
      cur = { type: l.slice(2), start: i, end: i + 1 };
    } else if (l.startsWith('I-') && cur && cur.type === l.slice(2)) {
      cur.end = i + 1;
    } else {
      if (cur) out.push(cur);
      cur = null;
    }
  });
  if (cur) out.push(cur);
  return out;
}

export interface PRF {
  p: number;
  r: number;
  f1: number;
  gold: number;
  pred: number;
}

interface Counts {
  gold: number;
  pred: number;
  tpGold: number;
  tpPred: number;
}

export class SpanScorer {
  private readonly exact = new Map<string, Counts>();
  private readonly overlap = new Map<string, Counts>();

  constructor(readonly types: readonly string[] = ['source', 'cue', 'content']) {
    for (const t of types) {
      this.exact.set(t, { gold: 0, pred: 0, tpGold: 0, tpPred: 0 });
      this.overlap.set(t, { gold: 0, pred: 0, tpGold: 0, tpPred: 0 });
    }
  }

  add(gold: readonly string[], pred: readonly string[]): void {
    const g = bioSpans(gold);
    const p = bioSpans(pred);
    for (const t of this.types) {
      const gs = g.filter((s) => s.type === t);
      const ps = p.filter((s) => s.type === t);
      const ex = this.exact.get(t)!;
      const ov = this.overlap.get(t)!;
      ex.gold += gs.length;
      ex.pred += ps.length;
      ov.gold += gs.length;
      ov.pred += ps.length;
      const same = (a: TokenSpan, b: TokenSpan): boolean => a.start === b.start && a.end === b.end;
      const meets = (a: TokenSpan, b: TokenSpan): boolean => a.start < b.end && b.start < a.end;
      for (const s of gs) {
        if (ps.some((x) => same(s, x))) ex.tpGold++;
        if (ps.some((x) => meets(s, x))) ov.tpGold++;
      }
      for (const s of ps) {
        if (gs.some((x) => same(s, x))) ex.tpPred++;
        if (gs.some((x) => meets(s, x))) ov.tpPred++;
      }
    }
  }

  private static prf(c: Counts): PRF {
    const p = c.pred ? c.tpPred / c.pred : 0;
    const r = c.gold ? c.tpGold / c.gold : 0;
    const f1 = p + r ? (2 * p * r) / (p + r) : 0;
    const round = (x: number): number => Math.round(x * 1000) / 10;
    return { p: round(p), r: round(r), f1: round(f1), gold: c.gold, pred: c.pred };
  }

  result(): { exact: Record<string, PRF>; overlap: Record<string, PRF> } {
    const exact: Record<string, PRF> = {};
    const overlap: Record<string, PRF> = {};
    for (const t of this.types) {
      exact[t] = SpanScorer.prf(this.exact.get(t)!);
      overlap[t] = SpanScorer.prf(this.overlap.get(t)!);
    }
    return { exact, overlap };
  }
}

/**
 * The entity a gold source names as the speaker: the head of its first noun phrase, the names before its first
 * comma, dash or parenthesis ("Flynn, a top Trump surrogate," is Flynn, not Trump), and among them a person before
 * an organization before a place, the last one ("Clinton spokesman Nick Merrill" is Merrill); a source with no name
 * before its first comma takes the same choice over all its names.
 */
export function goldSpeaker(text: string, sourceStart: number, named: readonly Mention[]): Mention {
  const cut = /,|--|—|\(/.exec(text.slice(sourceStart));
  const headEnd = cut ? sourceStart + cut.index : Infinity;
  const head = named.filter((m) => m.end <= headEnd);
  const pool = head.length ? head : named;
  const rank = (t: string): number => (t === 'person' ? 2 : t === 'organization' ? 1 : 0);
  return pool.reduce((b, m) => (rank(m.type) > rank(b.type) || (rank(m.type) === rank(b.type) && m.start > b.start) ? m : b));
}
