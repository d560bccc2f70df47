import { readFileSync } from 'node:fs';
import { mix, strHash } from './hash.ts';
import type { Analysis } from './features.ts';

/**
 * Content boundaries, chosen again after tagging. The tagger labels tokens one by one; where a content
 * span starts and ends depends on the span as a whole (the clause the cue governs, the adjuncts after it,
 * a nested attribution), so each content span the tagger finds gets its start and its end picked anew
 * among the nearby token positions by two linear rankers. A candidate's features are the words, POS and
 * chunk tags around the boundary, the cue's position, quotation marks and sentence edges, the tokens the
 * move would take in or leave out, and how far it moves the tagger's choice.
 */

export const BOUNDS_URL = new URL('../../../../data/models/quote-bounds.json', import.meta.url);

/** How far (in tokens) a boundary may move. */
export const REACH = 15;
const BITS = 16;
const MASK = (1 << BITS) - 1;

export interface BoundsModelFile {
  version: number;
  bits: number;
  /** Non-zero weights as [index, value] pairs, start ranker then end ranker in one table. */
  weights: [number, number][];
}

export class BoundsModel {
  readonly w: Float32Array;
  constructor(w: Float32Array = new Float32Array(1 << BITS)) {
    this.w = w;
  }
  weight(f: number): number {
    return this.w[f & MASK]!;
  }
  score(f: readonly number[]): number {
    let s = 0;
    for (const k of f) s += this.w[k & MASK]!;
    return s;
  }
  static fromFile(file: BoundsModelFile): BoundsModel {
    if (file.bits !== BITS) throw new Error('quote-bounds model: unexpected table size');
    const w = new Float32Array(1 << BITS);
    for (const [k, v] of file.weights) w[k] = v;
    return new BoundsModel(w);
  }
  toFile(): BoundsModelFile {
    const weights: [number, number][] = [];
    this.w.forEach((v, k) => {
      if (Math.abs(v) >= 1e-3) weights.push([k, Math.round(v * 1000) / 1000]);
    });
    return { version: 1, bits: BITS, weights };
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
function kinds(labels: readonly string[]): Uint8Array {
  return Uint8Array.from(labels, (l) => (l === 'O' ? 0 : l.endsWith('source') ? 1 : l.endsWith('cue') ? 2 : 3));
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

/** Appends to f the features of the boundary between tokens b-1 and b (t: S for a start, E for an end), whatever the move. */
function boundaryFeatures(c: Context, b: number, t: number, f: number[]): void {
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
    mix(t + 22, cb < 0 ? OUT : a.cueLemma[cb] || a.wh[cb]!, t === S ? w1 : w0),
    mix(t + 23, Math.min(db, 8), Math.min(da, 8)),
  );
  // At the sentence's end: the end before or after its full stop.
  if (t === E) {
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
function enumerate(c: Context, s: number, e: number, t: number, model: BoundsModel | null): Candidates {
  const { a, kind } = c;
  const from = t === S ? s : e;
  let lo = from;
  let hi = from;
  if (t === S) {
    while (lo > 0 && s - lo < REACH && kind[lo - 1] === 0) lo--;
    hi = Math.min(e - 1, s + REACH);
  } else {
    while (hi < a.n && hi - e < REACH && kind[hi] === 0) hi++;
    lo = Math.max(s + 1, e - REACH);
  }
  const out: Candidates = { at: [], feats: [], scores: [] };
  visit(c, t, from, from, 0, 0, 0, NONE, 0, model, out);
  for (const step of [-1, 1]) {
    // Moving a start left or an end right takes tokens in (1); the other way leaves them out (2).
    const dir = (t === S) === step < 0 ? 1 : 2;
    const crossed: number[] = [];
    let score = 0;
    let commas = 0;
    let cues = 0;
    for (let b = from + step; step < 0 ? b >= lo : b <= hi; b += step) {
      const i = step < 0 ? b : b - 1;
      const x = mix(t + 41, dir, a.pos[i]!);
      if (model) score += model.weight(x);
      else crossed.push(x);
      if (a.norm[i] === ',') commas++;
      if (a.cueKind[i]) cues++;
      visit(c, t, b, from, dir, commas, cues, crossed, score, model, out);
    }
  }
  return out;
}

const SCRATCH: number[] = [];

/** Adds candidate b to out: its features, or its score when there is a model (crossed: the moved-over tokens' features, or crossedScore their score). */
function visit(c: Context, t: number, b: number, from: number, dir: number, commas: number, cues: number, crossed: readonly number[], crossedScore: number, model: BoundsModel | null, out: Candidates): void {
  const f = model ? SCRATCH : [];
  f.length = 0;
  boundaryFeatures(c, b, t, f);
  const d = b - from;
  const m = f.length;
  if (d === 0) for (let k = 0; k < m; k++) f.push(mix(t + 32, f[k]!));
  else f.push(mix(t + 42, dir, Math.min(commas, 3), Math.min(cues, 2)), mix(t + 43, dir, Math.abs(d) > 3 ? 1 : 0));
  f.push(mix(t + 30, signedBucket(d)));
  out.at.push(b);
  if (model) out.scores.push(model.score(f) + crossedScore);
  else out.feats.push(crossed.length ? f.concat(crossed) : f);
}

/** Start candidates of content span [s, e) with their features (or, given a model, their scores). */
export function startCandidates(c: Context, s: number, e: number, model: BoundsModel | null = null): Candidates {
  return enumerate(c, s, e, S, model);
}

/** End candidates (exclusive ends) of content span [s, e) with their features (or, given a model, their scores). */
export function endCandidates(c: Context, s: number, e: number, model: BoundsModel | null = null): Candidates {
  return enumerate(c, s, e, E, model);
}

/** Content spans [start, end) of BIO labels. */
export function contentSpans(labels: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] !== 'B-content' && !(labels[i] === 'I-content' && (i === 0 || !labels[i - 1]!.endsWith('content')))) continue;
    let e = i + 1;
    while (e < labels.length && labels[e] === 'I-content') e++;
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

/** Moves the boundaries of the labels' content spans where the model prefers other positions (labels changed in place). */
export function refineBoundaries(a: Analysis, labels: string[], model: BoundsModel): string[] {
  const spans = contentSpans(labels);
  if (spans.length === 0) return labels;
  const c = boundaryContext(a, labels);
  const moved = spans.map(([s, e]): [number, number] => {
    const ns = best(startCandidates(c, s, e, model));
    const ne = best(endCandidates(c, s, e, model));
    return ne > ns ? [ns, ne] : [s, e];
  });
  for (const [s, e] of spans) for (let i = s; i < e; i++) labels[i] = 'O';
  // Spans that moved into each other become one; spans that come to touch stay two (each begins with B-).
  for (const [s, e] of moved) {
    for (let i = s; i < e; i++) if (labels[i] === 'O') labels[i] = i === s ? 'B-content' : 'I-content';
  }
  return labels;
}
