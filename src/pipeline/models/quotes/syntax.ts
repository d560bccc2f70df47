import { readFileSync } from 'node:fs';
import { mix, strHash } from './hash.ts';
import { deserializeWeights } from './perceptron.ts';
import type { ScoreMemo, SerializedWeights, WeightTable } from './perceptron.ts';

/**
 * Part-of-speech tags (Penn Treebank) and phrase chunks (NP, VP, PP, …, BIO) for the attribution
 * tagger: two greedy left-to-right averaged-perceptron taggers over hashed features
 * (data/models/pos-chunk.json, trained by scripts/train-pos.ts).
 */

export const SYNTAX_MODEL_URL = new URL('../../../../data/models/pos-chunk.json', import.meta.url);

export interface SyntaxModelFile {
  version: number;
  posTags: string[];
  chunkTags: string[];
  pos: SerializedWeights;
  chunk: SerializedWeights;
}

export interface SyntaxModel {
  posTags: string[];
  chunkTags: string[];
  pos: WeightTable;
  chunk: WeightTable;
}

/** Tag ids stay below this; TAG_ID_LIMIT - 2 and - 1 stand for the paragraph's start and end (in keys of memoised feature groups). */
export const TAG_ID_LIMIT = 64;

let loaded: SyntaxModel | null = null;

export function loadSyntaxModel(url: URL = SYNTAX_MODEL_URL): SyntaxModel {
  if (url === SYNTAX_MODEL_URL && loaded) return loaded;
  const f = JSON.parse(readFileSync(url, 'utf8')) as SyntaxModelFile;
  if (f.posTags.length > TAG_ID_LIMIT - 2 || f.chunkTags.length > TAG_ID_LIMIT - 2) throw new Error(`syntax model ${url.pathname}: too many tags`);
  const m = { posTags: f.posTags, chunkTags: f.chunkTags, pos: deserializeWeights(f.pos), chunk: deserializeWeights(f.chunk) };
  if (url === SYNTAX_MODEL_URL) loaded = m;
  return m;
}

/** Token form the syntax taggers see: typographic quotes and dashes folded to their newswire forms. */
export function syntaxForm(text: string): string {
  if (text === '“' || text === '”' || text === '``' || text === "''" || text === '"' || text === '„') return '"';
  if (text === '‘' || text === '`') return "'";
  if (text === '—' || text === '–' || text === '―' || text === '--') return '--';
  return text.replace(/’/g, "'");
}

const shapes = new Map<string, number>();

function shape(w: string): number {
  const hit = shapes.get(w);
  if (hit !== undefined) return hit;
  const h = computeShape(w);
  if (shapes.size > 100_000) shapes.clear();
  shapes.set(w, h);
  return h;
}

function computeShape(w: string): number {
  let s = '';
  for (let i = 0; i < w.length && s.length < 5; i++) {
    const c = w[i]!;
    const k = /\p{Lu}/u.test(c) ? 'X' : /\p{Ll}/u.test(c) ? 'x' : /\d/.test(c) ? 'd' : c;
    if (s[s.length - 1] !== k) s += k;
  }
  return strHash(s);
}

/** Per-token hashes the POS features use, computed once per paragraph. */
export interface WordInfo {
  n: number;
  /** The records of the words' texts. */
  hs: readonly WordHashes[];
  w: number[];
  suf3: number[];
  suf2: number[];
  pre1: number[];
  shape: number[];
  first: Uint8Array;
  /** Words one and two before / after, with sentence boundaries as <s> and </s>. */
  wp1: number[];
  wp2: number[];
  wn1: number[];
  wn2: number[];
}

/** What the POS features need of a token's text (one record per distinct text; it also keeps the POS tagger's memoised word scores). */
export interface WordHashes extends ScoreMemo {
  w: number;
  suf3: number;
  suf2: number;
  pre1: number;
  shape: number;
}

const wordCache = new Map<string, WordHashes>();

export function wordHashes(text: string): WordHashes {
  const hit = wordCache.get(text);
  if (hit) return hit;
  const form = syntaxForm(text);
  const lower = form.toLowerCase();
  const h: WordHashes = {
    w: strHash(lower),
    suf3: strHash('3' + lower.slice(-3)),
    suf2: strHash('2' + lower.slice(-2)),
    pre1: strHash('1' + form.slice(0, 1)),
    shape: shape(form),
  };
  if (wordCache.size > 200_000) wordCache.clear();
  wordCache.set(text, h);
  return h;
}

export function wordInfo(words: readonly string[], sentence: readonly number[], hs: readonly WordHashes[] = words.map(wordHashes)): WordInfo {
  const n = words.length;
  const w = hs.map((h) => h.w);
  const first = Uint8Array.from(sentence, (s, i) => (i === 0 || sentence[i - 1] !== s ? 1 : 0));
  const wp1 = new Array<number>(n);
  const wp2 = new Array<number>(n);
  const wn1 = new Array<number>(n);
  const wn2 = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    wp1[i] = i < 1 || first[i] ? BOS : w[i - 1]!;
    wp2[i] = i < 2 || first[i] || first[i - 1] ? BOS : w[i - 2]!;
    wn1[i] = i + 1 >= n || first[i + 1] ? EOS : w[i + 1]!;
    wn2[i] = i + 2 >= n || first[i + 1] || first[i + 2] ? EOS : w[i + 2]!;
  }
  return {
    n,
    hs,
    w,
    suf3: hs.map((h) => h.suf3),
    suf2: hs.map((h) => h.suf2),
    pre1: hs.map((h) => h.pre1),
    shape: hs.map((h) => h.shape),
    first,
    wp1,
    wp2,
    wn1,
    wn2,
  };
}

const BOS = strHash('<s>');
const EOS = strHash('</s>');

/** How many of the POS features (the first ones) depend on the word alone. */
const POS_WORD_FEATURES = 5;

/**
 * POS features of token i given the two previous tags (already predicted); written into `out` when given.
 * With `contextOnly`, the first POS_WORD_FEATURES (the word's own) are left as they are in `out`.
 */
export function posFeatures(x: WordInfo, i: number, t1: number, t2: number, out: number[] = new Array<number>(17), contextOnly = false): number[] {
  const wi = x.w[i]!;
  if (!contextOnly) {
    out[0] = mix(200);
    out[1] = mix(201, wi);
    out[2] = mix(202, x.suf3[i]);
    out[3] = mix(203, x.suf2[i]);
    out[4] = mix(204, x.pre1[i]);
  }
  out[5] = mix(205, x.shape[i], x.first[i]);
  out[6] = mix(206, x.wp1[i]);
  out[7] = mix(207, x.wn1[i]);
  out[8] = mix(208, x.wp2[i]);
  out[9] = mix(209, x.wn2[i]);
  out[10] = mix(210, i < 1 ? BOS : x.suf3[i - 1]);
  out[11] = mix(211, i + 1 >= x.n ? BOS : x.suf3[i + 1]);
  out[12] = mix(212, t1 + 1);
  out[13] = mix(213, t1 + 1, t2 + 1);
  out[14] = mix(214, t1 + 1, wi);
  out[15] = mix(215, wi, x.wn1[i]);
  out[16] = mix(216, x.wp1[i], wi);
  return out;
}

/** Where chunkFeatures puts its groups: the rest (0 …), those of the POS trigram around i, those of the previous chunk tags. */
const CHUNK_REST = 6;
const CHUNK_TRIGRAM_END = 13;
const CHUNK_FEATURES = 16;
/** Memo groups of the chunk table (WeightTable.keyScores). */
const CHUNK_TRIGRAM_GROUP = 0;
const CHUNK_PREVIOUS_GROUP = 1;

/**
 * Chunk features of token i given the POS tags and the two previous chunk tags. With `restOnly`, only the
 * first CHUNK_REST are written: the others depend on the POS tags of i - 1 … i + 1 (up to CHUNK_TRIGRAM_END)
 * or on the previous chunk tags and the POS tag of i (the last three), and callers memoise their scores.
 */
export function chunkFeatures(x: WordInfo, pos: readonly number[], i: number, c1: number, c2: number, out: number[] = new Array<number>(CHUNK_FEATURES), restOnly = false): number[] {
  const n = x.n;
  const p0 = pos[i]! + 1;
  const pm1 = i < 1 ? 1000 : pos[i - 1]! + 1;
  const pm2 = i < 2 ? 1000 : pos[i - 2]! + 1;
  const pp1 = i + 1 >= n ? 1001 : pos[i + 1]! + 1;
  const pp2 = i + 2 >= n ? 1001 : pos[i + 2]! + 1;
  out[0] = mix(301, x.w[i]);
  out[1] = mix(305, pm2);
  out[2] = mix(306, pp2);
  out[3] = mix(312, x.w[i], pp1);
  out[4] = mix(313, i > 0 ? x.w[i - 1]! : BOS, p0);
  out[5] = mix(314, x.first[i]!, p0);
  if (restOnly) return out;
  out[6] = mix(300);
  out[7] = mix(302, p0);
  out[8] = mix(303, pm1);
  out[9] = mix(304, pp1);
  out[10] = mix(307, pm1, p0);
  out[11] = mix(308, p0, pp1);
  out[12] = mix(315, pm1, p0, pp1);
  out[13] = mix(309, c1 + 1);
  out[14] = mix(310, c1 + 1, c2 + 1);
  out[15] = mix(311, c1 + 1, p0);
  return out;
}

function argmax(s: Float64Array): number {
  let best = 0;
  for (let c = 1; c < s.length; c++) if (s[c]! > s[best]!) best = c;
  return best;
}

/** POS and chunk tag ids for the tokens of a paragraph (`hs`: the records of the words, when the caller has them). */
export function tagSyntax(words: readonly string[], sentence: readonly number[], model: SyntaxModel = loadSyntaxModel(), hs?: readonly WordHashes[]): { pos: number[]; chunk: number[] } {
  const x = wordInfo(words, sentence, hs);
  const n = x.n;
  const pos = new Array<number>(n);
  const chunk = new Array<number>(n);
  const ps = new Float64Array(model.posTags.length);
  const f = new Array<number>(17);
  for (let i = 0; i < n; i++) {
    // The first POS_WORD_FEATURES features depend on the word alone: their sum is memoised per word.
    ps.set(model.pos.memoised(x.hs[i]!, (out) => out.push(...posFeatures(x, i, -1, -1).slice(0, POS_WORD_FEATURES))));
    const first = x.first[i]!;
    model.pos.sumInto(posFeatures(x, i, first || i < 1 ? -1 : pos[i - 1]!, first || i < 2 || x.first[i - 1] ? -1 : pos[i - 2]!, f, true), ps, 0, POS_WORD_FEATURES);
    pos[i] = argmax(ps);
  }
  const nc = model.chunkTags.length;
  const cs = new Float64Array(nc);
  const g = new Array<number>(CHUNK_FEATURES);
  const all = new Array<number>(CHUNK_FEATURES);
  const T = TAG_ID_LIMIT;
  const id = (k: number): number => (k < 0 ? T - 2 : k >= n ? T - 1 : pos[k]!);
  for (let i = 0; i < n; i++) {
    const first = x.first[i]!;
    const c1 = first || i < 1 ? -1 : chunk[i - 1]!;
    const c2 = first || i < 2 || x.first[i - 1] ? -1 : chunk[i - 2]!;
    const tri = model.chunk.keyScores(CHUNK_TRIGRAM_GROUP, (id(i - 1) * T + pos[i]!) * T + id(i + 1), (f) => {
      chunkFeatures(x, pos, i, c1, c2, all);
      for (let k = CHUNK_REST; k < CHUNK_TRIGRAM_END; k++) f.push(all[k]!);
    });
    const prev = model.chunk.keyScores(CHUNK_PREVIOUS_GROUP, ((c1 + 1) * T + c2 + 1) * T + pos[i]!, (f) => {
      chunkFeatures(x, pos, i, c1, c2, all);
      for (let k = CHUNK_TRIGRAM_END; k < CHUNK_FEATURES; k++) f.push(all[k]!);
    });
    for (let c = 0; c < nc; c++) cs[c] = tri[c]! + prev[c]!;
    model.chunk.sumInto(chunkFeatures(x, pos, i, c1, c2, g, true), cs, 0, 0, CHUNK_REST);
    chunk[i] = argmax(cs);
  }
  return { pos, chunk };
}
