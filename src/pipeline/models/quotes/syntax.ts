import { readFileSync } from 'node:fs';
import { mix, strHash } from './hash.ts';
import { deserializeWeights } from './perceptron.ts';
import type { SerializedWeights, WeightTable } from './perceptron.ts';

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

let loaded: SyntaxModel | null = null;

export function loadSyntaxModel(url: URL = SYNTAX_MODEL_URL): SyntaxModel {
  if (url === SYNTAX_MODEL_URL && loaded) return loaded;
  const f = JSON.parse(readFileSync(url, 'utf8')) as SyntaxModelFile;
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
  w: number[];
  suf3: number[];
  suf2: number[];
  pre1: number[];
  shape: number[];
  first: Uint8Array;
}

export function wordInfo(words: readonly string[], sentence: readonly number[]): WordInfo {
  const n = words.length;
  const forms = words.map(syntaxForm);
  const lower = forms.map((x) => x.toLowerCase());
  return {
    n,
    w: lower.map(strHash),
    suf3: lower.map((x) => strHash('3' + x.slice(-3))),
    suf2: lower.map((x) => strHash('2' + x.slice(-2))),
    pre1: forms.map((x) => strHash('1' + x.slice(0, 1))),
    shape: forms.map(shape),
    first: Uint8Array.from(sentence, (s, i) => (i === 0 || sentence[i - 1] !== s ? 1 : 0)),
  };
}

const BOS = strHash('<s>');
const EOS = strHash('</s>');

/** POS features of token i given the two previous tags (already predicted). */
export function posFeatures(x: WordInfo, i: number, t1: number, t2: number): number[] {
  const first = x.first[i]!;
  const at = (k: number): number => {
    if (k < 0 || k >= x.n) return k < 0 ? BOS : EOS;
    if (k < i) {
      for (let j = k + 1; j <= i; j++) if (x.first[j]) return BOS;
    } else if (k > i) {
      for (let j = i + 1; j <= k; j++) if (x.first[j]) return EOS;
    }
    return x.w[k]!;
  };
  const suf = (k: number): number => (k < 0 || k >= x.n ? BOS : x.suf3[k]!);
  return [
    mix(200),
    mix(201, x.w[i]),
    mix(202, x.suf3[i]),
    mix(203, x.suf2[i]),
    mix(204, x.pre1[i]),
    mix(205, x.shape[i], first),
    mix(206, at(i - 1)),
    mix(207, at(i + 1)),
    mix(208, at(i - 2)),
    mix(209, at(i + 2)),
    mix(210, suf(i - 1)),
    mix(211, suf(i + 1)),
    mix(212, t1 + 1),
    mix(213, t1 + 1, t2 + 1),
    mix(214, t1 + 1, x.w[i]),
    mix(215, x.w[i], at(i + 1)),
    mix(216, at(i - 1), x.w[i]),
  ];
}

/** Chunk features of token i given the POS tags and the two previous chunk tags. */
export function chunkFeatures(x: WordInfo, pos: readonly number[], i: number, c1: number, c2: number): number[] {
  const p = (k: number): number => (k < 0 ? 1000 : k >= x.n ? 1001 : pos[k]! + 1);
  return [
    mix(300),
    mix(301, x.w[i]),
    mix(302, p(i)),
    mix(303, p(i - 1)),
    mix(304, p(i + 1)),
    mix(305, p(i - 2)),
    mix(306, p(i + 2)),
    mix(307, p(i - 1), p(i)),
    mix(308, p(i), p(i + 1)),
    mix(309, c1 + 1),
    mix(310, c1 + 1, c2 + 1),
    mix(311, c1 + 1, p(i)),
    mix(312, x.w[i], p(i + 1)),
    mix(313, i > 0 ? x.w[i - 1]! : BOS, p(i)),
    mix(314, x.first[i]!, p(i)),
    mix(315, p(i - 1), p(i), p(i + 1)),
  ];
}

function argmax(s: Float64Array): number {
  let best = 0;
  for (let c = 1; c < s.length; c++) if (s[c]! > s[best]!) best = c;
  return best;
}

/** POS and chunk tag ids for the tokens of a paragraph. */
export function tagSyntax(words: readonly string[], sentence: readonly number[], model: SyntaxModel = loadSyntaxModel()): { pos: number[]; chunk: number[] } {
  const x = wordInfo(words, sentence);
  const n = x.n;
  const pos = new Array<number>(n);
  const chunk = new Array<number>(n);
  const ps = new Float64Array(model.posTags.length);
  for (let i = 0; i < n; i++) {
    ps.fill(0);
    const first = x.first[i]!;
    model.pos.scoreInto(posFeatures(x, i, first || i < 1 ? -1 : pos[i - 1]!, first || i < 2 || x.first[i - 1] ? -1 : pos[i - 2]!), ps);
    pos[i] = argmax(ps);
  }
  const cs = new Float64Array(model.chunkTags.length);
  for (let i = 0; i < n; i++) {
    cs.fill(0);
    const first = x.first[i]!;
    model.chunk.scoreInto(chunkFeatures(x, pos, i, first || i < 1 ? -1 : chunk[i - 1]!, first || i < 2 || x.first[i - 1] ? -1 : chunk[i - 2]!), cs);
    chunk[i] = argmax(cs);
  }
  return { pos, chunk };
}
