/**
 * trafilatura's segment metric for main-text extraction (tests/eval_common.py upstream): a whitespace-normalised
 * substring test per segment; tp = a "with" segment found, fn = not found, fp = a "without" segment found,
 * tn = not found; counts are summed over pages; P = tp/(tp+fp), R = tp/(tp+fn), F = 2tp/(2tp+fp+fn).
 */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Counts for one page; a failed extraction (null) finds nothing. */
export function countItem(item: { with: string[]; without: string[] }, result: string | null): Counts {
  const r = result == null ? null : norm(result);
  const tp = r == null ? 0 : item.with.filter((w) => r.includes(norm(w))).length;
  const fp = r == null ? 0 : item.without.filter((w) => r.includes(norm(w))).length;
  return { tp, fp, fn: item.with.length - tp, tn: item.without.length - fp };
}

export function addCounts(a: Counts, b: Counts): void {
  a.tp += b.tp;
  a.fp += b.fp;
  a.fn += b.fn;
  a.tn += b.tn;
}

const round = (x: number) => Math.round(x * 10000) / 10000;

export function scores(c: Counts) {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f = 2 * c.tp + c.fp + c.fn ? (2 * c.tp) / (2 * c.tp + c.fp + c.fn) : 0;
  const acc = c.tp + c.tn + c.fp + c.fn ? (c.tp + c.tn) / (c.tp + c.tn + c.fp + c.fn) : 0;
  return { precision: round(p), recall: round(r), f: round(f), accuracy: round(acc), ...c };
}
