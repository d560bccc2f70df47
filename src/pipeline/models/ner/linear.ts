import { allowed, allowedLast, NUM_TAGS } from './tags.ts';

/**
 * A linear sequence model: one weight per (feature, tag), first-order tag transitions, and Viterbi decoding
 * restricted to valid BILOU sequences. Feature keys are looked up in an open-addressing hash table.
 */

const T = NUM_TAGS;

/** Transition constraint matrix: row T is the sentence start. */
const CONSTRAINT = (() => {
  const m = new Float32Array((T + 1) * T);
  for (let a = -1; a < T; a++) for (let b = 0; b < T; b++) m[(a < 0 ? T : a) * T + b] = allowed(a, b) ? 0 : -Infinity;
  return m;
})();

export class LinearModel {
  /** Open-addressing table: slot → key, slot → row (−1 empty). */
  private readonly slotKeys: Uint32Array;
  private readonly slotRows: Int32Array;
  private readonly mask: number;

  /**
   * @param keys feature key of each row
   * @param weights rows × NUM_TAGS
   * @param transitions (NUM_TAGS + 1) × NUM_TAGS, row NUM_TAGS holds the start weights
   */
  constructor(
    readonly keys: Uint32Array,
    readonly weights: Float32Array,
    readonly transitions: Float32Array,
  ) {
    let size = 1;
    while (size < keys.length * 2) size <<= 1;
    this.mask = size - 1;
    this.slotKeys = new Uint32Array(size);
    this.slotRows = new Int32Array(size).fill(-1);
    for (let r = 0; r < keys.length; r++) {
      let s = keys[r]! & this.mask;
      while (this.slotRows[s] !== -1) s = (s + 1) & this.mask;
      this.slotKeys[s] = keys[r]!;
      this.slotRows[s] = r;
    }
  }

  get rows(): number {
    return this.keys.length;
  }

  row(key: number): number {
    let s = key & this.mask;
    for (;;) {
      const r = this.slotRows[s]!;
      if (r === -1 || this.slotKeys[s] === key) return r;
      s = (s + 1) & this.mask;
    }
  }

  /** Emission scores (n × NUM_TAGS) of tokens whose feature keys are keys[offsets[i]..offsets[i+1]). */
  emissions(keys: Uint32Array, offsets: readonly number[], n: number, out: Float32Array): void {
    out.fill(0, 0, n * T);
    const w = this.weights;
    for (let i = 0; i < n; i++) {
      const o = i * T;
      for (let f = offsets[i]!; f < offsets[i + 1]!; f++) {
        const r = this.row(keys[f]!);
        if (r < 0) continue;
        const base = r * T;
        for (let t = 0; t < T; t++) out[o + t]! += w[base + t]!;
      }
    }
  }

  decode(em: Float32Array, n: number): Int8Array {
    return viterbi(em, n, this.transitions);
  }
}

/** Best valid BILOU tag sequence for emission scores `em` (n × NUM_TAGS) and transition weights. */
export function viterbi(em: Float32Array, n: number, trans: Float32Array): Int8Array {
  const tags = new Int8Array(n);
  if (n === 0) return tags;
  const score = new Float64Array(n * T);
  const back = new Int8Array(n * T);
  for (let b = 0; b < T; b++) score[b] = em[b]! + trans[T * T + b]! + CONSTRAINT[T * T + b]!;
  for (let i = 1; i < n; i++) {
    const o = i * T;
    const p = o - T;
    for (let b = 0; b < T; b++) {
      let best = -Infinity;
      let arg = 0;
      for (let a = 0; a < T; a++) {
        const s = score[p + a]! + trans[a * T + b]! + CONSTRAINT[a * T + b]!;
        if (s > best) {
          best = s;
          arg = a;
        }
      }
      score[o + b] = best + em[o + b]!;
      back[o + b] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  const o = (n - 1) * T;
  for (let b = 0; b < T; b++) {
    if (!allowedLast(b)) continue;
    if (score[o + b]! > best) {
      best = score[o + b]!;
      arg = b;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = arg;
    arg = back[i * T + arg]!;
  }
  return tags;
}
