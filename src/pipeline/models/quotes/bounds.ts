import { readFileSync } from 'node:fs';
import { mix, strHash } from './hash.ts';
import type { Analysis } from './features.ts';

/**
 * Span boundaries, chosen again after tagging. The tagger labels tokens one by one; where a span starts
 * and ends depends on the span as a whole (for a content: the clause the cue governs, the adjuncts after
 * it, a nested attribution; for a cue: auxiliaries, particles and the words after the verb; for a source:
 * titles and appositions), so each span of the kinds a model holds (the shipped one: sources) gets its
 * start and its end picked anew among the nearby chunk edges by linear rankers, one table per span kind. A
 * candidate's features are the words, POS and chunk tags around the boundary, the cue's position,
 * quotation marks and sentence edges, the tokens the move would take in or leave out, and how far it
 * moves the tagger's choice.
 */

export const BOUNDS_URL = new URL('../../../../data/models/quote-bounds.json', import.meta.url);

export const SOURCE = 1;
export const CUE = 2;
export const CONTENT = 3;
const KIND_NAMES = ['', 'source', 'cue', 'content'];
const B_LABEL = KIND_NAMES.map((k) => `B-${k}`);
const I_LABEL = KIND_NAMES.map((k) => `I-${k}`);
/** How far (in tokens) a boundary of each span kind may move. */
export const REACH = [0, 12, 4, 15];
/** Feature templates of each span kind start here (each kind has its own table as well). */
const KIND_BASE = [0, 10000, 20000, 0];
const BITS = 16;
const MASK = (1 << BITS) - 1;

export interface BoundsModelFile {
  version: number;
  bits: number;
  /** Span kinds whose boundaries the model picks (1 source, 2 cue, 3 content), in the order they claim contested tokens. */
  kinds: number[];
  /** Per kind, its table's non-zero weights as [index, value] pairs (start and end rankers share a table). */
  tables: Record<string, [number, number][]>;
}

/**
 * Rankers of span boundaries: one weight table per span kind, trained on that kind's boundaries alone.
 * A model read from its file scores from int16 copies of its tables (128 KB each instead of 256 KB: the
 * tables share the processor's caches with the tagger's, and every candidate reads some 25 weights).
 */
export class BoundsModel {
  readonly tables: (Float32Array | null)[];
  readonly kinds: readonly number[];
  private packed: (Int16Array | null)[] | null = null;
  private scales: number[] = [];
  constructor(kinds: readonly number[], tables?: (Float32Array | null)[]) {
    this.kinds = kinds;
    this.tables = tables ?? KIND_NAMES.map((_, k) => (kinds.includes(k) ? new Float32Array(1 << BITS) : null));
  }
  table(kind: number): Float32Array {
    const t = this.tables[kind];
    if (!t) throw new Error(`quote-bounds model: no table for span kind ${kind}`);
    return t;
  }
  /** Scores from int16 copies of the tables from now on (the float tables stay as they are). */
  pack(): this {
    this.scales = this.tables.map((t) => (t ? t.reduce((m, v) => Math.max(m, Math.abs(v)), 0) / 32767 || 1 : 1));
    this.packed = this.tables.map((t, k) => (t ? Int16Array.from(t, (v) => Math.round(v / this.scales[k]!)) : null));
    return this;
  }
  weight(f: number, kind: number): number {
    const p = this.packed?.[kind];
    return p ? p[f & MASK]! * this.scales[kind]! : this.table(kind)[f & MASK]!;
  }
  score(f: readonly number[], kind: number): number {
    const p = this.packed?.[kind];
    if (p) {
      let s = 0;
      for (const k of f) s += p[k & MASK]!;
      return s * this.scales[kind]!;
    }
    const w = this.table(kind);
    let s = 0;
    for (const k of f) s += w[k & MASK]!;
    return s;
  }
  static fromFile(file: BoundsModelFile): BoundsModel {
    if (file.bits !== BITS) throw new Error('quote-bounds model: unexpected table size');
    const tables = KIND_NAMES.map((_, k) => {
      const entries = file.tables[String(k)];
      if (!entries) return null;
      const w = new Float32Array(1 << BITS);
      for (const [i, v] of entries) w[i] = v;
      return w;
    });
    return new BoundsModel(file.kinds, tables).pack();
  }
  toFile(): BoundsModelFile {
    const tables: Record<string, [number, number][]> = {};
    for (const k of this.kinds) {
      const weights: [number, number][] = [];
      this.table(k).forEach((v, i) => {
        if (Math.abs(v) >= 1e-3) weights.push([i, Math.round(v * 1000) / 1000]);
      });
      tables[String(k)] = weights;
    }
    return { version: 2, bits: BITS, kinds: [...this.kinds], tables };
  }
}

let loaded: BoundsModel | null = null;

/** The boundary model (the shipped one is loaded once). */
export function loadBoundsModel(url: URL = BOUNDS_URL): BoundsModel {
  if (url === BOUNDS_URL && loaded) return loaded;
  const model = BoundsModel.fromFile(JSON.parse(readFileSync(url, 'utf8')) as BoundsModelFile);
  if (url === BOUNDS_URL) loaded = model;
  return model;
}

/** Span kinds of the labels (0 outside, 1 source, 2 cue, 3 content), from BIO strings. */
const KIND_OF_LABEL = new Map(KIND_NAMES.flatMap((_, k) => (k ? [[B_LABEL[k]!, k] as const, [I_LABEL[k]!, k] as const] : [])));

function kinds(labels: readonly string[]): Uint8Array {
  return Uint8Array.from(labels, (l) => KIND_OF_LABEL.get(l) ?? 0);
}

function signedBucket(d: number): number {
  const a = Math.abs(d);
  const b = a <= 3 ? a : a <= 6 ? 4 : a <= 10 ? 5 : 6;
  return d < 0 ? 16 - b : b;
}

/**
 * Tags of closed word classes (and finite verbs): their words are features; other words are represented
 * by their tag unless they are cue words (on PolNeAR dev, keeping every word as a feature moved fewer
 * boundaries right: content exact F1 60.3 against 60.6).
 */
const CLOSED = new Set(['"', "''", '(', ')', ',', '.', ':', 'CC', 'DT', 'EX', 'IN', 'MD', 'PDT', 'POS', 'PRP', 'PRP$', 'RP', 'TO', 'WDT', 'WP', 'WP$', 'WRB', 'VBZ', 'VBD', 'VBP'].map(strHash));
const S = 1000;
const E = 2000;
const OUT = strHash('<out>');
const PERIOD = strHash('.');

interface Context {
  a: Analysis;
  kind: Uint8Array;
  /** Nearest cue token before / after each position (-1 / n when none), within the paragraph. */
  cueBefore: Int32Array;
  cueAfter: Int32Array;
}

/** What the features need of a paragraph's tagged labels: span kinds and the nearest cues. */
export function boundaryContext(a: Analysis, labels: readonly string[]): Context {
  const n = a.n;
  const kind = kinds(labels);
  const cueBefore = new Int32Array(n + 1);
  const cueAfter = new Int32Array(n + 1);
  let last = -1;
  for (let i = 0; i <= n; i++) {
    cueBefore[i] = last;
    if (i < n && kind[i] === 2) last = i;
  }
  let next = n;
  for (let i = n; i >= 0; i--) {
    if (i < n && kind[i] === 2) next = i;
    cueAfter[i] = next;
  }
  return { a, kind, cueBefore, cueAfter };
}

function wordAt(c: Context, i: number): number {
  const a = c.a;
  return i >= 0 && i < a.n ? (CLOSED.has(a.pos[i]!) || a.cueKind[i] ? a.wh[i]! : a.pos[i]!) : OUT;
}

function posAt(c: Context, i: number): number {
  return i >= 0 && i < c.a.n ? c.a.pos[i]! : OUT;
}

function chunkAt(c: Context, i: number): number {
  return i >= 0 && i < c.a.n ? c.a.chunk[i]! : OUT;
}

function kindAt(c: Context, i: number): number {
  return i >= 0 && i < c.a.n ? c.kind[i]! : 9;
}

/** Appends to f the features of the boundary between tokens b-1 and b (side 0 a start, 1 an end; t: the templates' base), whatever the move. */
function boundaryFeatures(c: Context, b: number, side: number, t: number, f: number[]): void {
  const { a } = c;
  const n = a.n;
  const w0 = wordAt(c, b - 1);
  const w1 = wordAt(c, b);
  const p0 = posAt(c, b - 1);
  const p1 = posAt(c, b);
  const k0 = kindAt(c, b - 1);
  const k1 = kindAt(c, b);
  f.push(
    mix(t + 1, w0),
    mix(t + 2, w1),
    mix(t + 3, p0),
    mix(t + 4, p1),
    mix(t + 5, p0, p1),
    mix(t + 6, w0, p1),
    mix(t + 7, p0, w1),
    mix(t + 8, chunkAt(c, b - 1), chunkAt(c, b)),
    mix(t + 9, posAt(c, b - 2), p0, p1),
    mix(t + 10, p1, posAt(c, b + 1)),
    mix(t + 11, a.shape[b - 1] ?? OUT, a.shape[b] ?? OUT),
    mix(t + 12, b > 0 && b < n && a.sentStart[b] === b ? 1 : 0, b > 0 && b < n ? (a.chunkFirst[b] === b ? 1 : 0) : 2),
    mix(t + 13, b > 0 ? a.qmark[b - 1]! : 9, b < n ? a.qmark[b]! : 9),
    mix(t + 14, b > 0 ? a.inQuote[b - 1]! : 9, b < n ? a.inQuote[b]! : 9),
    mix(t + 15, k0, k1),
    mix(t + 16, k0, w1),
    mix(t + 17, w0, k1),
  );
  // Where the cue is: right before a start ("said that"), right after an end ("…, he said").
  const cb = b > 0 ? c.cueBefore[b]! : -1;
  const ca = c.cueAfter[b]!;
  const db = cb < 0 ? 99 : Math.min(b - cb, 20);
  const da = ca >= n ? 99 : Math.min(ca - b + 1, 20);
  f.push(
    mix(t + 18, db, w1),
    mix(t + 19, da, w0),
    mix(t + 20, db, p1),
    mix(t + 21, da, p0),
    mix(t + 22, cb < 0 ? OUT : a.cueLemma[cb] || a.wh[cb]!, side === 0 ? w1 : w0),
    mix(t + 23, Math.min(db, 8), Math.min(da, 8)),
  );
  // At the sentence's end: the end before or after its full stop.
  if (side === 1) {
    const se = b > 0 ? a.sentEnd[b - 1]! : 0;
    f.push(mix(t + 24, Math.min(se - b, 6), wordAt(c, se - 1) === PERIOD ? 1 : 0, b < n ? (a.norm[b] === '.' ? 1 : 0) : 2));
  } else {
    const ss = b < n ? a.sentStart[b]! : n;
    f.push(mix(t + 24, Math.min(b - ss, 6)));
  }
}

export interface Candidates {
  /** Candidate boundary positions. */
  at: number[];
  /** Their features (when enumerated for training) … */
  feats: number[][];
  /** … or their scores (when enumerated with a model). */
  scores: number[];
}

const NONE: number[] = [];

/**
 * The candidates of one boundary (t: S, the start, or E, the end) of content span [s, e): the tagger's
 * boundary and the positions up to REACH tokens away, outward over untagged tokens or inward within the
 * span. A candidate's features: those of its boundary, how far it moves, and the tokens the move takes in
 * or leaves out (their tags, commas and cue words); those of the tagger's own boundary once more, joined
 * with that fact. With a model the scores are summed as the moves grow, without feature lists.
 */
function enumerate(c: Context, s: number, e: number, side: number, spanKind: number, model: BoundsModel | null): Candidates {
  const { a, kind } = c;
  const t = (side === 0 ? S : E) + KIND_BASE[spanKind]!;
  const reach = REACH[spanKind]!;
  const from = side === 0 ? s : e;
  let lo = from;
  let hi = from;
  if (side === 0) {
    while (lo > 0 && s - lo < reach && kind[lo - 1] === 0) lo--;
    hi = Math.min(e - 1, s + reach);
  } else {
    while (hi < a.n && hi - e < reach && kind[hi] === 0) hi++;
    lo = Math.max(s + 1, e - reach);
  }
  const out: Candidates = { at: [], feats: [], scores: [] };
  visit(c, side, spanKind, t, from, from, 0, 0, 0, NONE, 0, model, out);
  for (const step of [-1, 1]) {
    // Moving a start left or an end right takes tokens in (1); the other way leaves them out (2).
    const dir = (side === 0) === step < 0 ? 1 : 2;
    const crossed: number[] = [];
    let score = 0;
    let commas = 0;
    let cues = 0;
    for (let b = from + step; step < 0 ? b >= lo : b <= hi; b += step) {
      const i = step < 0 ? b : b - 1;
      const x = mix(t + 41, dir, a.pos[i]!);
      if (model) score += model.weight(x, spanKind);
      else crossed.push(x);
      if (a.norm[i] === ',') commas++;
      if (a.cueKind[i]) cues++;
      // Moves stop at chunk edges only (a boundary inside a chunk is rarely right: 6 % of gold content starts and
      // 2 % of ends in PolNeAR train; on dev the same figures as with every position, at about half the candidates).
      if (side === 0 ? b < a.n && a.chunkFirst[b] !== b : b > 0 && a.chunkLast[b - 1] !== b - 1) continue;
      visit(c, side, spanKind, t, b, from, dir, commas, cues, crossed, score, model, out);
    }
  }
  return out;
}

const SCRATCH: number[] = [];

/** Adds candidate b to out: its features, or its score when there is a model (crossed: the moved-over tokens' features, or crossedScore their score). */
function visit(c: Context, side: number, spanKind: number, t: number, b: number, from: number, dir: number, commas: number, cues: number, crossed: readonly number[], crossedScore: number, model: BoundsModel | null, out: Candidates): void {
  const f = model ? SCRATCH : [];
  f.length = 0;
  boundaryFeatures(c, b, side, t, f);
  const d = b - from;
  const m = f.length;
  if (d === 0) for (let k = 0; k < m; k++) f.push(mix(t + 32, f[k]!));
  else f.push(mix(t + 42, dir, Math.min(commas, 3), Math.min(cues, 2)), mix(t + 43, dir, Math.abs(d) > 3 ? 1 : 0));
  f.push(mix(t + 30, signedBucket(d)));
  out.at.push(b);
  if (model) out.scores.push(model.score(f, spanKind) + crossedScore);
  else out.feats.push(crossed.length ? f.concat(crossed) : f);
}

/** Start candidates of span [s, e) of a kind (default content) with their features (or, given a model, their scores). */
export function startCandidates(c: Context, s: number, e: number, model: BoundsModel | null = null, spanKind = CONTENT): Candidates {
  return enumerate(c, s, e, 0, spanKind, model);
}

/** End candidates (exclusive ends) of span [s, e) of a kind (default content) with their features (or, given a model, their scores). */
export function endCandidates(c: Context, s: number, e: number, model: BoundsModel | null = null, spanKind = CONTENT): Candidates {
  return enumerate(c, s, e, 1, spanKind, model);
}

/** Spans [start, end) of one kind (default content) in BIO labels. */
export function kindSpans(labels: readonly string[], spanKind = CONTENT): [number, number][] {
  const begin = B_LABEL[spanKind]!;
  const inside = I_LABEL[spanKind]!;
  const out: [number, number][] = [];
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i]!;
    if (l !== begin && !(l === inside && (i === 0 || (labels[i - 1] !== begin && labels[i - 1] !== inside)))) continue;
    let e = i + 1;
    while (e < labels.length && labels[e] === inside) e++;
    out.push([i, e]);
    i = e - 1;
  }
  return out;
}


function best(cand: Candidates): number {
  let arg = 0;
  for (let k = 1; k < cand.scores.length; k++) if (cand.scores[k]! > cand.scores[arg]!) arg = k;
  return cand.at[arg]!;
}

/** Moves the boundaries of the labels' spans of the kinds the model refines where it prefers other positions (labels changed in place). */
export function refineBoundaries(a: Analysis, labels: string[], model: BoundsModel): string[] {
  const byKind = model.kinds.map((k) => [k, kindSpans(labels, k)] as const).filter(([, spans]) => spans.length > 0);
  if (byKind.length === 0) return labels;
  const c = boundaryContext(a, labels);
  const moved = byKind.map(([k, spans]) => [k, spans.map(([s, e]): [number, number] => {
    const ns = best(startCandidates(c, s, e, model, k));
    const ne = best(endCandidates(c, s, e, model, k));
    return ne > ns ? [ns, ne] : [s, e];
  })] as const);
  for (const [, spans] of byKind) for (const [s, e] of spans) for (let i = s; i < e; i++) labels[i] = 'O';
  // Spans that moved into each other become one; spans that come to touch stay two (each begins with B-).
  // Where spans of different kinds reach the same token, the kind listed first in the model keeps it.
  for (const [k, spans] of moved) {
    const [begin, inside] = [B_LABEL[k]!, I_LABEL[k]!];
    for (const [s, e] of spans) {
      for (let i = s; i < e; i++) if (labels[i] === 'O') labels[i] = i === s || (labels[i - 1] !== begin && labels[i - 1] !== inside) ? begin : inside;
    }
  }
  return labels;
}
