/**
 * A first-order sequence tagger over hashed features (structured averaged perceptron): emission weights
 * per (feature, label), transition weights per (previous label, label), Viterbi decoding restricted to
 * well-formed BIO sequences. Inference and training share the decoder.
 */

/** Span types, in the order of their ids (0 is outside). */
export const SPAN_TYPES = ['source', 'cue', 'content'] as const;

/** Internal tags: BILOU over the three span types (B begin, I inside, L last, U a one-token span). */
export const LABELS: readonly string[] = ['O', ...SPAN_TYPES.flatMap((t) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${t}`))];
export const L = LABELS.length;
/** Span type of a tag: 0 outside, 1 source, 2 cue, 3 content. */
export const TAG_TYPE: Uint8Array = Uint8Array.from(LABELS, (l) => (l === 'O' ? 0 : SPAN_TYPES.indexOf(l.slice(2) as (typeof SPAN_TYPES)[number]) + 1));
/** Whether a tag begins a span (B or U). */
export const TAG_BEGINS: Uint8Array = Uint8Array.from(LABELS, (l) => (l[0] === 'B' || l[0] === 'U' ? 1 : 0));
/** Whether a tag leaves a span open (B or I). */
const TAG_OPEN: Uint8Array = Uint8Array.from(LABELS, (l) => (l[0] === 'B' || l[0] === 'I' ? 1 : 0));

/** allowed[prev * L + cur]; prev = L is the sequence start. */
export const ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array((L + 1) * L);
  for (let p = 0; p <= L; p++) {
    for (let c = 0; c < L; c++) {
      const open = p < L && TAG_OPEN[p] === 1;
      const cont = LABELS[c]![0] === 'I' || LABELS[c]![0] === 'L';
      a[p * L + c] = (open ? cont && TAG_TYPE[p] === TAG_TYPE[c] : !cont) ? 1 : 0;
    }
  }
  return a;
})();

/** BILOU tag ids → BIO labels. */
export function toBio(tags: readonly number[]): string[] {
  return tags.map((t) => (t === 0 ? 'O' : `${TAG_BEGINS[t] ? 'B' : 'I'}-${SPAN_TYPES[TAG_TYPE[t]! - 1]}`));
}

/** BIO labels → BILOU tag ids (an I- without its B- begins a span). */
export function fromBio(labels: readonly string[]): number[] {
  const n = labels.length;
  const out = new Array<number>(n).fill(0);
  const index = new Map(LABELS.map((l, i) => [l, i]));
  for (let i = 0; i < n; i++) {
    const l = labels[i]!;
    if (l === 'O' || l.length < 3) continue;
    const type = l.slice(2);
    const begins = l[0] === 'B' || labels[i - 1] === undefined || labels[i - 1]!.slice(2) !== type || labels[i - 1] === 'O';
    const next = labels[i + 1];
    const continues = next !== undefined && next[0] === 'I' && next.slice(2) === type;
    const p = begins ? (continues ? 'B' : 'U') : continues ? 'I' : 'L';
    out[i] = index.get(`${p}-${type}`) ?? 0;
  }
  return out;
}

/** For each tag, the tags allowed before it (L: the sequence start). */
const PREDECESSORS: Int32Array[] = Array.from({ length: L }, (_, c) => Int32Array.from(Array.from({ length: L }, (_, p) => p).filter((p) => ALLOWED[p * L + c])));

/** Best label sequence for emission scores em[i * L + l] and transitions tr[(prev) * L + cur] (prev = L: start). */
export function viterbi(em: ArrayLike<number>, tr: ArrayLike<number>, n: number): number[] {
  if (n === 0) return [];
  const score = new Float64Array(n * L);
  const back = new Int32Array(n * L);
  for (let c = 0; c < L; c++) score[c] = ALLOWED[L * L + c] ? em[c]! + tr[L * L + c]! : -Infinity;
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * L;
    for (let c = 0; c < L; c++) {
      const preds = PREDECESSORS[c]!;
      let best = -Infinity;
      let arg = 0;
      for (let k = 0; k < preds.length; k++) {
        const p = preds[k]!;
        const s = score[prev + p]! + tr[p * L + c]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * L + c] = best + em[i * L + c]!;
      back[i * L + c] = arg;
    }
  }
  let arg = 0;
  for (let c = 1; c < L; c++) if (!TAG_OPEN[c] && score[(n - 1) * L + c]! > score[(n - 1) * L + arg]!) arg = c;
  const out = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * L + arg]!;
  }
  return out;
}

/** A record (of one distinct token text) that keeps one table's memoised sums: see WeightTable.memoised. */
export interface ScoreMemo {
  memoTable?: WeightTable;
  memoScores?: Float32Array;
}

/**
 * Read-only weights: an open-addressing table from feature hash to a sparse row of (label, weight)
 * pairs (most features carry weight for only a few labels). Weights stay int16-quantised and packed
 * with their label in one int32, (q << 8) | label; sums are scaled once per sequence.
 */
export class WeightTable {
  /**
   * Slot s holds a key at 4s and up to three entries at 4s + 1 … 4s + 3 ((q << 8) | label; q is never 0,
   * so an entry of 0 is no entry, and a slot whose first entry is 0 is empty). A row of more than three
   * entries keeps two in its slot and, third, (position << 8) | 255 of the rest in `overflow` (their count
   * first). Most rows have two or three entries, so scoring a feature mostly touches one slot of the table.
   */
  private readonly table: Int32Array;
  private readonly mask: number;
  private readonly overflow: Int32Array;
  private readonly keyMemo: Map<number, Float32Array>[] = [];
  /** Kept so that the touching loop in sumInto is not optimised away. */
  private touched = 0;

  constructor(
    keys: Uint32Array,
    rowStart: Int32Array,
    entries: Int32Array,
    readonly scale: number,
    readonly trans: Float32Array,
    readonly nLabels: number = L,
  ) {
    if (entries.length >= 1 << 23 || nLabels > 255) throw new Error('weight table too large');
    let size = 1;
    while (size < keys.length * 1.25) size <<= 1;
    this.mask = size - 1;
    this.table = new Int32Array(size * 4);
    const overflow: number[] = [];
    for (let r = 0; r < keys.length; r++) {
      let s = keys[r]! & this.mask;
      while (this.table[4 * s + 1] !== 0) s = (s + 1) & this.mask;
      const b = rowStart[r]!;
      const count = rowStart[r + 1]! - b;
      this.table[4 * s] = keys[r]! | 0;
      if (count === 0) continue;
      this.table[4 * s + 1] = entries[b]!;
      if (count > 1) this.table[4 * s + 2] = entries[b + 1]!;
      if (count === 3) this.table[4 * s + 3] = entries[b + 2]!;
      else if (count > 3) {
        this.table[4 * s + 3] = (overflow.length << 8) | 255;
        overflow.push(count - 2);
        for (let j = b + 2; j < b + count; j++) overflow.push(entries[j]!);
      }
    }
    this.overflow = Int32Array.from(overflow);
  }

  /**
   * Adds the unscaled weights of `feats` (those at index `from` up to `to`) to out[o .. o + nLabels) (the
   * scale is positive: argmax is unchanged).
   */
  sumInto(feats: readonly number[], out: Float64Array, o: number, from = 0, to = feats.length): void {
    const { table, mask, overflow } = this;
    const wrap = table.length - 1;
    // Touch every feature's slot first: these loads do not depend on each other, so the cache misses of
    // a large table overlap instead of waiting one after another behind the probing branches below.
    let touched = 0;
    for (let k = from; k < to; k++) touched |= table[(((feats[k]! | 0) & mask) << 2) + 1]!;
    this.touched = touched;
    for (let k = from; k < to; k++) {
      const h = feats[k]! | 0;
      let s = (h & mask) << 2;
      let v = table[s + 1]!;
      while (v !== 0 && table[s] !== h) {
        s = (s + 4) & wrap;
        v = table[s + 1]!;
      }
      if (v === 0) continue;
      let c = o + (v & 0xff);
      out[c] = out[c]! + (v >> 8);
      v = table[s + 2]!;
      if (v === 0) continue;
      c = o + (v & 0xff);
      out[c] = out[c]! + (v >> 8);
      v = table[s + 3]!;
      if (v === 0) continue;
      if ((v & 0xff) !== 255) {
        c = o + (v & 0xff);
        out[c] = out[c]! + (v >> 8);
        continue;
      }
      const b = (v >> 8) + 1;
      const e = b + overflow[b - 1]!;
      for (let j = b; j < e; j++) {
        const x = overflow[j]!;
        const d = o + (x & 0xff);
        out[d] = out[d]! + (x >> 8);
      }
    }
  }

  /**
   * Unscaled sums of features that depend on a token's text alone, memoised on the token's record (one
   * record per distinct text): `make` lists them, called when the record holds no sums of this table. With
   * `parts` > 1 the sums of that many feature lists are kept one after another (`make` is called for each part).
   */
  memoised(rec: ScoreMemo, make: (out: number[], part: number) => void, parts = 1): Float32Array {
    if (rec.memoTable !== this || rec.memoScores === undefined) {
      rec.memoScores = this.sums(parts, make);
      rec.memoTable = this;
    }
    return rec.memoScores;
  }

  /** Unscaled sums of a group of features that depend on a small key alone (tag ids), memoised per group and key. */
  keyScores(group: number, key: number, make: (out: number[]) => void): Float32Array {
    let memo = this.keyMemo[group];
    if (memo === undefined) memo = this.keyMemo[group] = new Map();
    let v = memo.get(key);
    if (v === undefined) {
      v = this.sums(1, make);
      if (memo.size >= 50_000) memo.clear();
      memo.set(key, v);
    }
    return v;
  }

  private sums(parts: number, make: (out: number[], part: number) => void): Float32Array {
    const sums = new Float64Array(this.nLabels * parts);
    const feats: number[] = [];
    for (let p = 0; p < parts; p++) {
      feats.length = 0;
      make(feats, p);
      this.sumInto(feats, sums, p * this.nLabels);
    }
    // Sums of a few int16 weights: exact in float32, at half the memory.
    return Float32Array.from(sums);
  }

  /** Adds the weights of `feats` to out[o .. o + nLabels). */
  scoreInto(feats: readonly number[], out: Float64Array, o = 0): void {
    const tmp = new Float64Array(this.nLabels);
    this.sumInto(feats, tmp, 0);
    for (let c = 0; c < this.nLabels; c++) out[o + c] = out[o + c]! + tmp[c]! * this.scale;
  }

  emissions(feats: readonly (readonly number[])[]): Float64Array {
    const n = feats.length;
    const em = new Float64Array(n * this.nLabels);
    for (let i = 0; i < n; i++) this.sumInto(feats[i]!, em, i * this.nLabels);
    for (let k = 0; k < em.length; k++) em[k] = em[k]! * this.scale;
    return em;
  }

  tag(feats: readonly (readonly number[])[]): number[] {
    return viterbi(this.emissions(feats), this.trans, feats.length);
  }
}

/**
 * Serialised weights, sparse: for each kept row its feature hash (`keys`, uint32), its number of
 * non-zero weights (`counts`, uint8), then (label uint8, int16 value × scale) pairs (`labels`, `values`).
 */
export interface SerializedWeights {
  nLabels: number;
  scale: number;
  keys: string;
  counts: string;
  labels: string;
  values: string;
  trans: number[];
}

function bytes(b64: string): Buffer {
  return Buffer.from(b64, 'base64');
}

export function deserializeWeights(s: SerializedWeights): WeightTable {
  const kb = bytes(s.keys);
  const keys = new Uint32Array(kb.length / 4);
  for (let i = 0; i < keys.length; i++) keys[i] = kb.readUInt32LE(i * 4);
  const counts = bytes(s.counts);
  const cols = bytes(s.labels);
  const vb = bytes(s.values);
  const entries = new Int32Array(cols.length);
  for (let e = 0; e < entries.length; e++) entries[e] = (vb.readInt16LE(e * 2) << 8) | cols[e]!;
  const rowStart = new Int32Array(keys.length + 1);
  for (let r = 0; r < keys.length; r++) rowStart[r + 1] = rowStart[r]! + counts[r]!;
  return new WeightTable(keys, rowStart, entries, s.scale, Float32Array.from(s.trans), s.nLabels);
}

/** Trainable weights: growable rows, averaged with the "w - wa/c" trick. */
export class TrainableWeights {
  private readonly index = new Map<number, number>();
  private w = new Float64Array(1 << 16);
  private wa = new Float64Array(1 << 16);
  readonly tr: Float64Array;
  private readonly tra: Float64Array;
  c = 1;

  constructor(readonly nLabels: number = L) {
    this.tr = new Float64Array((nLabels + 1) * nLabels);
    this.tra = new Float64Array((nLabels + 1) * nLabels);
  }

  private rowFor(h: number): number {
    let r = this.index.get(h);
    if (r === undefined) {
      r = this.index.size;
      this.index.set(h, r);
      if ((r + 1) * this.nLabels > this.w.length) {
        const w = new Float64Array(this.w.length * 2);
        w.set(this.w);
        this.w = w;
        const wa = new Float64Array(this.wa.length * 2);
        wa.set(this.wa);
        this.wa = wa;
      }
    }
    return r;
  }

  scoreInto(fs: readonly number[], out: Float64Array, o = 0): void {
    const nl = this.nLabels;
    for (const h of fs) {
      const r = this.index.get(h);
      if (r === undefined) continue;
      const b = r * nl;
      for (let c = 0; c < nl; c++) out[o + c] = out[o + c]! + this.w[b + c]!;
    }
  }

  emissions(feats: readonly (readonly number[])[]): Float64Array {
    const n = feats.length;
    const em = new Float64Array(n * this.nLabels);
    for (let i = 0; i < n; i++) this.scoreInto(feats[i]!, em, i * this.nLabels);
    return em;
  }

  /** Adds `delta` to the weights of (feature, label) for every feature of one token. */
  bump(fs: readonly number[], label: number, delta: number): void {
    for (const h of fs) {
      const b = this.rowFor(h) * this.nLabels + label;
      this.w[b] = this.w[b]! + delta;
      this.wa[b] = this.wa[b]! + this.c * delta;
    }
  }

  private bumpTrans(prev: number, cur: number, delta: number): void {
    const k = prev * this.nLabels + cur;
    this.tr[k] = this.tr[k]! + delta;
    this.tra[k] = this.tra[k]! + this.c * delta;
  }

  /**
   * One structured perceptron step on a sequence (BILOU quote tags); returns whether the prediction was
   * wrong. `offset` (emission scores) and `transOffset` are fixed scores added to the model's own;
   * `more` is a second feature list per token, scored and updated with the first. With a `margin`, every
   * wrong label of a token gets that much extra score while decoding (cost-augmented: the update also
   * happens when the gold sequence wins by less than its Hamming distance times the margin).
   */
  update(
    feats: readonly (readonly number[])[],
    gold: readonly number[],
    offset?: ArrayLike<number>,
    transOffset?: ArrayLike<number>,
    more?: readonly (readonly number[])[],
    margin = 0,
  ): boolean {
    const n = feats.length;
    const em = this.emissions(feats);
    if (more) for (let i = 0; i < n; i++) this.scoreInto(more[i]!, em, i * this.nLabels);
    if (offset) for (let k = 0; k < em.length; k++) em[k] = em[k]! + offset[k]!;
    if (margin) for (let i = 0; i < n; i++) for (let c = 0; c < this.nLabels; c++) if (c !== gold[i]) em[i * this.nLabels + c] = em[i * this.nLabels + c]! + margin;
    let tr: ArrayLike<number> = this.tr;
    if (transOffset) tr = Float64Array.from(this.tr, (v, k) => v + transOffset[k]!);
    const pred = viterbi(em, tr, n);
    let wrong = false;
    for (let i = 0; i < n; i++) {
      const g = gold[i]!;
      const p = pred[i]!;
      const gp = i > 0 ? gold[i - 1]! : L;
      const pp = i > 0 ? pred[i - 1]! : L;
      if (g !== p) {
        wrong = true;
        this.bump(feats[i]!, g, 1);
        this.bump(feats[i]!, p, -1);
        if (more) {
          this.bump(more[i]!, g, 1);
          this.bump(more[i]!, p, -1);
        }
      }
      if (g !== p || gp !== pp) {
        this.bumpTrans(gp, g, 1);
        this.bumpTrans(pp, p, -1);
      }
    }
    this.c++;
    return wrong;
  }

  /** Advances the averaging clock (for callers that use bump() directly). */
  tick(): void {
    this.c++;
  }

  /**
   * Averaged weights as a read-only table. Rows whose largest weight is below `prune` are dropped, and
   * weights below prune/2 in the rows kept are set to zero (they barely move a decision).
   */
  averaged(prune = 0): { table: WeightTable; serialized: SerializedWeights; rows: number } {
    const nl = this.nLabels;
    const avg = (i: number): number => this.w[i]! - this.wa[i]! / this.c;
    let maxAbs = 0;
    const kept: [number, number][] = [];
    for (const [h, r] of this.index) {
      let m = 0;
      for (let c = 0; c < nl; c++) m = Math.max(m, Math.abs(avg(r * nl + c)));
      if (m > prune && m > 0) kept.push([h, r]);
      maxAbs = Math.max(maxAbs, m);
    }
    const scale = maxAbs / 32767 || 1;
    const keys = Buffer.alloc(kept.length * 4);
    const counts = Buffer.alloc(kept.length);
    const labels: number[] = [];
    const values: number[] = [];
    kept.forEach(([h, r], k) => {
      keys.writeUInt32LE(h >>> 0, k * 4);
      let n = 0;
      for (let c = 0; c < nl; c++) {
        const v = avg(r * nl + c);
        const q = Math.round(v / scale);
        if (Math.abs(v) <= prune / 2 || q === 0) continue;
        labels.push(c);
        values.push(q);
        n++;
      }
      counts[k] = n;
    });
    const vb = Buffer.alloc(values.length * 2);
    values.forEach((v, i) => vb.writeInt16LE(v, i * 2));
    const serialized: SerializedWeights = {
      nLabels: nl,
      scale,
      keys: keys.toString('base64'),
      counts: counts.toString('base64'),
      labels: Buffer.from(labels).toString('base64'),
      values: vb.toString('base64'),
      trans: Array.from(this.tr, (v, i) => v - this.tra[i]! / this.c),
    };
    return { table: deserializeWeights(serialized), serialized, rows: kept.length };
  }
}
