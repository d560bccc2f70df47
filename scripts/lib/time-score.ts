import type { TimeType } from '../../src/pipeline/types.ts';

/**
 * TempEval-3 Task A scoring of time expressions (the definitions of the TE3 scorer, reimplemented):
 * a system TIMEX3 and a gold TIMEX3 match (relaxed) when their extents overlap, one to one; they match
 * strictly when the extents are identical. Precision counts matched system annotations, recall matched gold
 * ones. Type and value accuracy are measured on the relaxed matches; value F1 = relaxed F1 × value accuracy
 * (and likewise type F1).
 */

export interface ScoredTimex {
  start: number;
  end: number;
  type: TimeType;
  value: string;
  text?: string;
}

export interface TimeCounts {
  gold: number;
  system: number;
  relaxed: number;
  strict: number;
  type_correct: number;
  value_correct: number;
}

export interface Pair<G extends ScoredTimex, S extends ScoredTimex = G> {
  gold: G;
  system: S;
}

export interface DocMatch<G extends ScoredTimex, S extends ScoredTimex = G> {
  pairs: Pair<G, S>[];
  missed: G[];
  spurious: S[];
}

/** One-to-one alignment by overlap: pairs with the largest overlap first. */
export function alignTimexes<G extends ScoredTimex, S extends ScoredTimex>(gold: readonly G[], system: readonly S[]): DocMatch<G, S> {
  const cands: { g: number; s: number; overlap: number; exact: boolean }[] = [];
  for (let g = 0; g < gold.length; g++) {
    for (let s = 0; s < system.length; s++) {
      const a = gold[g]!;
      const b = system[s]!;
      const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
      if (overlap > 0) cands.push({ g, s, overlap, exact: a.start === b.start && a.end === b.end });
    }
  }
  cands.sort((x, y) => Number(y.exact) - Number(x.exact) || y.overlap - x.overlap || x.g - y.g || x.s - y.s);
  const usedG = new Set<number>();
  const usedS = new Set<number>();
  const pairs: Pair<G, S>[] = [];
  for (const c of cands) {
    if (usedG.has(c.g) || usedS.has(c.s)) continue;
    usedG.add(c.g);
    usedS.add(c.s);
    pairs.push({ gold: gold[c.g]!, system: system[c.s]! });
  }
  pairs.sort((x, y) => x.gold.start - y.gold.start);
  return {
    pairs,
    missed: gold.filter((_, i) => !usedG.has(i)),
    spurious: system.filter((_, i) => !usedS.has(i)),
  };
}

export function emptyCounts(): TimeCounts {
  return { gold: 0, system: 0, relaxed: 0, strict: 0, type_correct: 0, value_correct: 0 };
}

export function countMatch<G extends ScoredTimex, S extends ScoredTimex>(counts: TimeCounts, gold: readonly G[], system: readonly S[]): DocMatch<G, S> {
  const m = alignTimexes(gold, system);
  counts.gold += gold.length;
  counts.system += system.length;
  counts.relaxed += m.pairs.length;
  for (const p of m.pairs) {
    if (p.gold.start === p.system.start && p.gold.end === p.system.end) counts.strict++;
    if (p.gold.type === p.system.type) counts.type_correct++;
    if (p.gold.value === p.system.value) counts.value_correct++;
  }
  return m;
}

const pct = (x: number): number => Math.round(x * 10000) / 100;

function prf(tp: number, system: number, gold: number): { p: number; r: number; f: number } {
  const p = system ? tp / system : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

export interface TimeScores {
  relaxed_p: number;
  relaxed_r: number;
  relaxed_f1: number;
  strict_p: number;
  strict_r: number;
  strict_f1: number;
  type_accuracy: number;
  value_accuracy: number;
  type_f1: number;
  value_f1: number;
}

export function scores(c: TimeCounts): TimeScores {
  const relaxed = prf(c.relaxed, c.system, c.gold);
  const strict = prf(c.strict, c.system, c.gold);
  const typeAcc = c.relaxed ? c.type_correct / c.relaxed : 0;
  const valueAcc = c.relaxed ? c.value_correct / c.relaxed : 0;
  return {
    relaxed_p: pct(relaxed.p),
    relaxed_r: pct(relaxed.r),
    relaxed_f1: pct(relaxed.f),
    strict_p: pct(strict.p),
    strict_r: pct(strict.r),
    strict_f1: pct(strict.f),
    type_accuracy: pct(typeAcc),
    value_accuracy: pct(valueAcc),
    type_f1: pct(relaxed.f * typeAcc),
    value_f1: pct(relaxed.f * valueAcc),
  };
}
