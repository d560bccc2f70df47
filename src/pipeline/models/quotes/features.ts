import { defaultNerModel } from '../ner/model.ts';
import { lexiconKey } from '../ner/lexicon.ts';
import type { Lexicon } from '../ner/lexicon.ts';
import { mix, strHash } from './hash.ts';
import { TAG_BEGINS, TAG_TYPE } from './perceptron.ts';
import { TAG_ID_LIMIT, loadSyntaxModel, tagSyntax, wordHashes } from './syntax.ts';
import type { SyntaxModel, WordHashes } from './syntax.ts';
import type { ScoreMemo } from './perceptron.ts';
import { ATTRIBUTION_NOUN_SET, PREPOSITIONAL_CUES, SPEECH_VERB_LEMMAS, lemma } from './lexicon.ts';

/**
 * Token features for the attribution tagger, shared by training and inference. The unit is one
 * paragraph (a block): attributions rarely cross paragraphs, and when they do the quotation rules join
 * them. Features are 32-bit hashes of (template, values), so no strings are built per feature.
 */

export interface SeqToken {
  text: string;
  /** Sentence index (any numbering that changes at sentence boundaries). */
  sentence: number;
  /** Whether whitespace precedes the token (unknown: true). */
  spaceBefore: boolean;
  /** Named-entity type of the token, from the NER stage: 0 or absent none, 1 person, 2 organization, 3 place. */
  entity?: number;
  /** Whether the token begins its named entity. */
  entityStart?: boolean;
  /** wordForm(text), when the caller has it already. */
  form?: WordForm;
}

/** Optional feature groups; a model file says which ones it was trained with. */
export interface FeatureConfig {
  /** Named-entity types of tokens (SeqToken.entity). */
  entities: boolean;
  /** Word clusters from the NER lexicon (word-embedding clusters). */
  clusters: boolean;
  /** Crude stems of lower-case words (inflections of one verb share them) with their phrase context. */
  stems: boolean;
  /**
   * Stems (crudeStem) of words that training found to be cues often enough, outside the lexicon: they become
   * cue candidates too (cue kind 4), so the distance and comma features reach the attributions they head.
   */
  cueStems: readonly string[];
  /** More second-pass features: first-pass labels with sentence position, neighbouring words and labels, and the sentence's other spans. */
  stacked2?: boolean;
  /** Leaves out eight always-on first-pass templates that weigh little (word bigrams, word and shape by quotation state, …): faster. */
  lean?: boolean;
}

export const NO_EXTRA_FEATURES: FeatureConfig = { entities: false, clusters: false, stems: false, cueStems: [], stacked2: false, lean: false };

const CUE_STEM_SETS = new WeakMap<readonly string[], Set<number>>();

function cueStemSet(list: readonly string[]): Set<number> {
  let set = CUE_STEM_SETS.get(list);
  if (!set) CUE_STEM_SETS.set(list, (set = new Set(list.map(strHash))));
  return set;
}

/** Hash of the crude stem of a lower-cased word of four letters or more (else 0): the key of learned cue stems. */
export function stemKey(lower: string): number {
  return /^[a-z][a-z-]{3,}$/.test(lower) ? strHash(crudeStem(lower)) : 0;
}

/** Newswire-tokenised forms (PTB) mapped to the characters they stand for. */
const PTB: Record<string, string> = {
  '``': '“', "''": '”', '`': '‘', '-LRB-': '(', '-RRB-': ')', '-LSB-': '[', '-RSB-': ']', '-LCB-': '{', '-RCB-': '}',
  '--': '—', '–': '—', '―': '—', '«': '“', '»': '”', '„': '“',
};

export function normToken(text: string): string {
  return PTB[text] ?? (text.includes('’') ? text.replace(/’/g, "'") : text);
}

export const enum QMark {
  None = 0,
  Open = 1,
  Close = 2,
}

export interface Analysis {
  n: number;
  /** The records of the tokens' texts. */
  forms: WordForm[];
  /** FeatureConfig.lean of the analysis. */
  lean: boolean;
  norm: string[];
  lower: string[];
  wh: number[];
  shape: number[];
  suffix: number[];
  /** 0 none, 1 speech/cognition verb, 2 attribution noun, 3 prepositional cue ("according"), 4 learned cue stem. */
  cueKind: Uint8Array;
  cueLemma: number[];
  /** stemKey of each lower-case word, when the stem features are on (else empty). */
  stem: number[];
  qmark: Uint8Array;
  inQuote: Uint8Array;
  sentStart: Int32Array;
  sentEnd: Int32Array;
  /** Hashes of the POS tag and chunk tag names. */
  pos: number[];
  chunk: number[];
  /** The same tags as ids (indices into the syntax model's tag lists, below TAG_ID_LIMIT). */
  posId: number[];
  chunkId: number[];
  /** Chunk of each token: first and last token index, type hash (tokens outside chunks are their own chunk). */
  chunkFirst: Int32Array;
  chunkLast: Int32Array;
  chunkType: number[];
  /** Entity type + 4 × begins (0 none), when the entity features are on. */
  ent: Uint8Array | null;
  /** Cluster path prefixes of 2, 3 and 4 digits (hashes, 0 unknown), when the cluster features are on. */
  c2: Int32Array | null;
  c3: Int32Array | null;
  c4: Int32Array | null;
}

function shapeOf(w: string): string {
  if (/^\p{Lu}+$/u.test(w)) return w.length > 1 ? 'XX' : 'X';
  if (/^\p{Lu}[\p{Ll}'’.-]/u.test(w)) return 'Xx';
  if (/^\p{Ll}/u.test(w)) return 'x';
  if (/^\d/.test(w)) return 'd';
  if (w === '“' || w === '”' || w === '"') return 'Q';
  if (w === ',') return ',';
  if (w === '.' || w === '?' || w === '!') return '.';
  if (w === ':' || w === ';') return ':';
  if (w === '—' || w === '-') return '-';
  if (w === '(' || w === ')') return '(';
  return 'p';
}

/**
 * What the features need of a token's text alone, computed once per distinct text (the cache is emptied
 * when it grows large). The record also keeps what other parts work out from the text: the POS tagger's
 * hashes, word clusters, whether the word signals speech, the first pass's memoised scores.
 */
export interface WordForm extends ScoreMemo {
  norm: string;
  lower: string;
  wh: number;
  shape: number;
  suffix: number;
  /** stemKey of the word as written (0 unless it is in lower case) and of the lower-cased word. */
  stem: number;
  lowerStem: number;
  /** Cue kind (see Analysis.cueKind) and lemma hash. */
  cueKind: number;
  cueLemma: number;
  syntax: WordHashes;
  /** Cluster path prefix hashes (2, 3 and 4 digits; 0 unknown), once looked up. */
  clusters?: [number, number, number];
  /** Set by the attribution stage: whether the word signals speech (see mayHoldQuote). */
  speech?: boolean;
}

const FORMS = new Map<string, WordForm>();

/** Inflectional endings off, doubled final consonant undone: "criticized", "criticizes", "criticize" → "criticiz". */
export function crudeStem(w: string): string {
  let s = w.replace(/(?:ing|ied|ies|ed|es|s|e)$/, '');
  if (s.length < 3) return w;
  if (/([b-df-hj-np-tv-z])\1$/.test(s) && !/(ss|ll)$/.test(s)) s = s.slice(0, -1);
  return s;
}

export function wordForm(text: string): WordForm {
  let f = FORMS.get(text);
  if (f !== undefined) return f;
  const norm = normToken(text);
  const lower = norm.toLowerCase();
  const wh = strHash(lower);
  let cueKind = 0;
  let cueLemma = 0;
  if (/^[a-z]/.test(lower)) {
    if (PREPOSITIONAL_CUES.has(lower)) [cueKind, cueLemma] = [3, wh];
    else {
      const l = lemma(lower);
      if (SPEECH_VERB_LEMMAS.has(l)) [cueKind, cueLemma] = [1, strHash(l)];
      else if (ATTRIBUTION_NOUN_SET.has(lower)) [cueKind, cueLemma] = [2, wh];
    }
  }
  f = { norm, lower, wh, shape: strHash(shapeOf(norm)), suffix: lower.length > 3 ? strHash(lower.slice(-3)) : 0, stem: stemKey(norm), lowerStem: stemKey(lower), cueKind, cueLemma, syntax: wordHashes(text) };
  if (FORMS.size > 100_000) FORMS.clear();
  FORMS.set(text, f);
  return f;
}

function clustersOf(f: WordForm, lexicon: Lexicon): [number, number, number] {
  if (f.clusters === undefined) {
    const path = lexicon.cluster(lexiconKey(f.norm));
    f.clusters = path ? [strHash('2' + path.slice(0, 2)), strHash('3' + path.slice(0, 3)), strHash('4' + path)] : [0, 0, 0];
  }
  return f.clusters;
}

const DOUBLE_QUOTES = new Set(['“', '”', '"']);

/** Marks quotation marks as opening/closing and tokens as inside a quotation. An unclosed quotation runs to the end. */
export function quoteState(norm: readonly string[], spaceBefore: readonly boolean[]): { qmark: Uint8Array; inQuote: Uint8Array } {
  const n = norm.length;
  const qmark = new Uint8Array(n);
  const inQuote = new Uint8Array(n);
  let open = false;
  for (let i = 0; i < n; i++) {
    const w = norm[i]!;
    if (!DOUBLE_QUOTES.has(w)) {
      if (open) inQuote[i] = 1;
      continue;
    }
    let kind: QMark;
    if (w === '“') kind = QMark.Open;
    else if (w === '”') kind = QMark.Close;
    else {
      // Straight quote: closes an open quotation, else opens one (a mark glued to the next word opens).
      const gluedNext = i + 1 < n && !spaceBefore[i + 1];
      const gluedPrev = i > 0 && !spaceBefore[i];
      kind = open ? QMark.Close : gluedPrev && !gluedNext ? QMark.Close : QMark.Open;
    }
    qmark[i] = kind;
    if (kind === QMark.Open) open = true;
    else {
      if (!open) {
        // A closing mark with no opening: the paragraph began inside a quotation.
        let any = false;
        for (let j = 0; j < i; j++) if (qmark[j]) any = true;
        if (!any) for (let j = 0; j < i; j++) inQuote[j] = 1;
      }
      open = false;
    }
    inQuote[i] = 1;
  }
  return { qmark, inQuote };
}

export function analyse(tokens: readonly SeqToken[], config: FeatureConfig = NO_EXTRA_FEATURES, syntax: SyntaxModel = loadSyntaxModel()): Analysis {
  const n = tokens.length;
  const forms = tokens.map((t) => t.form ?? wordForm(t.text));
  const norm = forms.map((f) => f.norm);
  const lower = forms.map((f) => f.lower);
  const wh = forms.map((f) => f.wh);
  const shape = forms.map((f) => f.shape);
  const suffix = forms.map((f) => f.suffix);
  const stem = config.stems ? forms.map((f) => f.stem) : [];
  const cueKind = new Uint8Array(n);
  const cueLemma = new Array<number>(n).fill(0);
  const learned = config.cueStems.length ? cueStemSet(config.cueStems) : null;
  for (let i = 0; i < n; i++) {
    const f = forms[i]!;
    if (f.cueKind === 3 && f.lower === 'per' && i + 1 >= n) continue;
    if (!f.cueKind && learned && f.lowerStem && learned.has(f.lowerStem)) [cueKind[i], cueLemma[i]] = [4, f.lowerStem];
    else [cueKind[i], cueLemma[i]] = [f.cueKind, f.cueLemma];
  }
  const { qmark, inQuote } = quoteState(norm, tokens.map((t) => t.spaceBefore));
  const sentStart = new Int32Array(n);
  const sentEnd = new Int32Array(n);
  for (let i = 0; i < n; ) {
    let j = i;
    while (j < n && tokens[j]!.sentence === tokens[i]!.sentence) j++;
    for (let k = i; k < j; k++) {
      sentStart[k] = i;
      sentEnd[k] = j;
    }
    i = j;
  }
  const tags = tagSyntax(
    tokens.map((t) => t.text),
    tokens.map((t) => t.sentence),
    syntax,
    forms.map((f) => f.syntax),
  );
  const pos = tags.pos.map((t) => strHash(syntax.posTags[t]!));
  const chunk = tags.chunk.map((t) => strHash(syntax.chunkTags[t]!));
  const chunkFirst = new Int32Array(n);
  const chunkLast = new Int32Array(n);
  const chunkType = new Array<number>(n);
  for (let i = 0; i < n; ) {
    const name = syntax.chunkTags[tags.chunk[i]!]!;
    const type = name === 'O' ? '' : name.slice(2);
    let j = i + 1;
    if (type) {
      while (j < n && tokens[j]!.sentence === tokens[i]!.sentence && syntax.chunkTags[tags.chunk[j]!] === `I-${type}`) j++;
    }
    const th = strHash(type || 'O:' + lower[i]);
    for (let k = i; k < j; k++) {
      chunkFirst[k] = i;
      chunkLast[k] = j - 1;
      chunkType[k] = th;
    }
    i = j;
  }
  const ent = config.entities ? Uint8Array.from(tokens, (t) => (t.entity ? t.entity + (t.entityStart ? 4 : 0) : 0)) : null;
  let c2: Int32Array | null = null;
  let c3: Int32Array | null = null;
  let c4: Int32Array | null = null;
  if (config.clusters) {
    const lexicon = defaultNerModel().lexicon;
    [c2, c3, c4] = [new Int32Array(n), new Int32Array(n), new Int32Array(n)];
    for (let i = 0; i < n; i++) [c2[i], c3[i], c4[i]] = clustersOf(forms[i]!, lexicon);
  }
  return { n, forms, lean: !!config.lean, norm, lower, wh, shape, suffix, cueKind, cueLemma, stem, qmark, inQuote, sentStart, sentEnd, pos, chunk, posId: tags.pos, chunkId: tags.chunk, chunkFirst, chunkLast, chunkType, ent, c2, c3, c4 };
}

function bucket(d: number): number {
  if (d <= 3) return d;
  if (d <= 5) return 4;
  if (d <= 8) return 5;
  if (d <= 12) return 6;
  if (d <= 20) return 7;
  return 8;
}

const COMMA = strHash(',');
const THAT = strHash('that');
const BOS = strHash('<s>');
const EOS = strHash('</s>');

let T = 0;
const F_BIAS = T++, F_W = T++, F_WP1 = T++, F_WN1 = T++, F_WP2 = T++, F_WN2 = T++, F_BIP = T++, F_BIN = T++;
const F_SH = T++, F_SHP = T++, F_SHN = T++, F_SUF = T++, F_CUE = T++, F_CUEP1 = T++, F_CUEN1 = T++, F_Q = T++;
const F_QP = T++, F_QN = T++, F_SPOS = T++, F_CL = T++, F_CLL = T++, F_CLC = T++, F_CR = T++, F_CRL = T++, F_CRC = T++;
const F_CLQ = T++, F_CRQ = T++, F_THAT = T++, F_SQ = T++, F_WQ = T++, F_SHQ = T++, F_CLR = T++, F_DS = T++, F_DE = T++;
const F_CUEP2 = T++, F_CUEN2 = T++, F_WSH = T++, F_QSPAN = T++, F_SFIRST = T++, F_CRW = T++, F_CLW = T++;
const F_POS = T++, F_POSP = T++, F_POSN = T++, F_POSP2 = T++, F_POSN2 = T++, F_CH = T++, F_CHP = T++, F_CHN = T++, F_POSQ = T++;
const F_CUEPOS = T++, F_CLPOS = T++, F_CRPOS = T++, F_POSPN = T++, F_CHW = T++;
const F_CPOS = T++, F_CHEAD = T++, F_CNEXT = T++, F_CPREV = T++, F_CNEXTCUE = T++, F_CPREVCUE = T++, F_CSUBJ = T++, F_CAFTER = T++;
const F_ENT = T++, F_ENTQ = T++, F_ENTPN = T++, F_ENTSUBJ = T++, F_ENTCL = T++, F_ENTCR = T++, F_ENTPREV = T++;
const F_STEM = T++, F_STEMQ = T++, F_STEMNX = T++, F_STEMPV = T++, F_STEMP1 = T++, F_STEMN1 = T++;
const F_C2 = T++, F_C4 = T++, F_C3Q = T++, F_C2P = T++, F_C2N = T++, F_C3NEXT = T++, F_C3CL = T++, F_C3CR = T++, F_C3PREV = T++;
export const TEMPLATE_COUNT = T;

/** Features of token i that depend on its text alone (for a given feature configuration). */
export function wordFeatures(a: Analysis, i: number, f: number[]): void {
  f.push(mix(F_BIAS), mix(F_W, a.wh[i]), mix(F_SH, a.shape[i]));
  if (a.suffix[i]) f.push(mix(F_SUF, a.suffix[i]));
  if (a.stem.length && a.stem[i]) f.push(mix(F_STEM, a.stem[i]));
  if (a.c2 && a.c2[i]) f.push(mix(F_C2, a.c2[i]), mix(F_C4, a.c4![i]));
}

/** Offsets k of the neighbours whose text alone gives token i features (NEIGHBOURS[k] is the token at i + k). */
export const NEIGHBOURS = [-1, 1, -2, 2] as const;

/**
 * Features of a token that depend on the text of its neighbour j = i + k alone (j outside the paragraph:
 * the boundary's); with wordFeatures, a caller can memoise their scores per text.
 */
export function neighbourFeatures(a: Analysis, j: number, k: number, f: number[]): void {
  const w = j < 0 ? BOS : j >= a.n ? EOS : a.wh[j]!;
  const st = j >= 0 && j < a.n && a.stem.length ? a.stem[j]! : 0;
  if (k === -1) {
    f.push(mix(F_WP1, w));
    if (st) f.push(mix(F_STEMP1, st));
  } else if (k === 1) {
    f.push(mix(F_WN1, w));
    if (st) f.push(mix(F_STEMN1, st));
  } else f.push(mix(k === -2 ? F_WP2 : F_WN2, w));
}

const tagId = (ids: readonly number[], k: number): number => (k < 0 ? TAG_ID_LIMIT - 2 : k >= ids.length ? TAG_ID_LIMIT - 1 : ids[k]!);

/** Key of the POS tags of tokens i - 1, i, i + 1: all posTrigramFeatures depends on. */
export function posTrigramKey(a: Analysis, i: number): number {
  return (tagId(a.posId, i - 1) * TAG_ID_LIMIT + a.posId[i]!) * TAG_ID_LIMIT + tagId(a.posId, i + 1);
}

/** Key of the chunk tags of tokens i - 1, i, i + 1: all chunkTrigramFeatures depends on. */
export function chunkTrigramKey(a: Analysis, i: number): number {
  return (tagId(a.chunkId, i - 1) * TAG_ID_LIMIT + a.chunkId[i]!) * TAG_ID_LIMIT + tagId(a.chunkId, i + 1);
}

/** Features of token i from the POS tags around it. */
export function posTrigramFeatures(a: Analysis, i: number, f: number[]): void {
  const { n, pos } = a;
  const prev = i < 1 ? BOS : pos[i - 1]!;
  const next = i + 1 >= n ? EOS : pos[i + 1]!;
  f.push(mix(F_POS, pos[i]), mix(F_POSP, prev, pos[i]), mix(F_POSN, pos[i], next), mix(F_POSPN, prev, pos[i], next));
}

/** Features of token i from the chunk tags around it. */
export function chunkTrigramFeatures(a: Analysis, i: number, f: number[]): void {
  const { n, chunk } = a;
  f.push(mix(F_CH, chunk[i]), mix(F_CHP, i < 1 ? BOS : chunk[i - 1]!, chunk[i]), mix(F_CHN, chunk[i], i + 1 >= n ? EOS : chunk[i + 1]!));
}

/**
 * Feature hashes for every token of a paragraph (or, with a sink, each token's features handed to it in
 * turn). `memoised` leaves out the features a caller scores through memos: wordFeatures, neighbourFeatures
 * and the POS and chunk trigram features.
 */
export function featurize(tokens: readonly SeqToken[], a: Analysis = analyse(tokens), sink?: (i: number, feats: readonly number[]) => void, memoised = false): number[][] {
  const { n, wh, shape, cueKind, cueLemma, qmark, inQuote, sentStart, sentEnd, pos, chunk, chunkFirst, chunkLast, chunkType, ent, c2, c3, c4, stem, lean } = a;
  const et = (k: number): number => (k < 0 || k >= n ? 9 : ent![k]! & 3);
  const cc = (arr: Int32Array, k: number): number => (k < 0 ? BOS : k >= n ? EOS : arr[k]!);
  const out: number[][] = new Array(sink ? 0 : n);
  const buffer: number[] = [];
  const pt = (k: number): number => (k < 0 ? BOS : k >= n ? EOS : pos[k]!);
  // Nearest cue candidate to the left and right inside the sentence, with commas in between.
  const leftCue = new Int32Array(n).fill(-1);
  const rightCue = new Int32Array(n).fill(-1);
  for (let i = 0, last = -1; i < n; i++) {
    if (i === sentStart[i]) last = -1;
    leftCue[i] = last;
    if (cueKind[i]) last = i;
  }
  for (let i = n - 1, last = -1; i >= 0; i--) {
    if (i === sentEnd[i]! - 1) last = -1;
    rightCue[i] = last;
    if (cueKind[i]) last = i;
  }
  const commasBefore = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) commasBefore[i + 1] = commasBefore[i]! + (wh[i] === COMMA ? 1 : 0);
  const sentHasQuote = new Uint8Array(n);
  for (let i = 0; i < n; ) {
    const e = sentEnd[i]!;
    let q = 0;
    for (let k = i; k < e; k++) if (qmark[k]) q = 1;
    for (let k = i; k < e; k++) sentHasQuote[k] = q;
    i = e;
  }
  const nextClose = new Int32Array(n + 1).fill(n);
  for (let i = n - 1; i >= 0; i--) nextClose[i] = qmark[i] === QMark.Close ? i : nextClose[i + 1]!;
  const w = (k: number): number => (k < 0 ? BOS : k >= n ? EOS : wh[k]!);
  const sh = (k: number): number => (k < 0 ? BOS : k >= n ? EOS : shape[k]!);
  const ck = (k: number): number => (k < 0 || k >= n ? 9 : cueKind[k]! ? cueLemma[k]! : 0);
  for (let i = 0; i < n; i++) {
    // With a sink, one buffer is reused for every token (inference adds the weights right away).
    const f: number[] = sink ? buffer : [];
    f.length = 0;
    const q = inQuote[i]! * 4 + qmark[i]!;
    if (!memoised) {
      wordFeatures(a, i, f);
      for (const k of NEIGHBOURS) neighbourFeatures(a, i + k, k, f);
      posTrigramFeatures(a, i, f);
      chunkTrigramFeatures(a, i, f);
    }
    if (!lean) f.push(mix(F_BIP, w(i - 1), wh[i]), mix(F_BIN, wh[i], w(i + 1)), mix(F_WSH, wh[i], sh(i - 1)));
    f.push(mix(F_SHP, sh(i - 1), shape[i]), mix(F_SHN, shape[i], sh(i + 1)));
    f.push(mix(F_POSP2, pt(i - 2), pt(i - 1)), mix(F_POSN2, pt(i + 1), pt(i + 2)));
    if (!lean) f.push(mix(F_POSQ, pos[i], q));
    f.push(mix(F_CHW, chunk[i], wh[i]));
    if (cueKind[i]) f.push(mix(F_CUEPOS, cueLemma[i], pos[i]));
    // Phrase view: the token's chunk, its head, and the chunks around it.
    const c0 = chunkFirst[i]!;
    const c1 = chunkLast[i]!;
    const ctype = chunkType[i]!;
    if (!lean) f.push(mix(F_CPOS, ctype, i === c0 ? (i === c1 ? 3 : 1) : i === c1 ? 2 : 0));
    f.push(mix(F_CHEAD, ctype, wh[c1]));
    const nx = c1 + 1 < n && sentStart[c1 + 1] === sentStart[i] ? c1 + 1 : -1;
    const pv = c0 - 1 >= 0 && sentStart[c0 - 1] === sentStart[i] ? c0 - 1 : -1;
    const nxHead = nx >= 0 ? chunkLast[nx]! : -1;
    f.push(mix(F_CNEXT, ctype, nx >= 0 ? chunkType[nx]! : EOS, nx >= 0 ? wh[nx]! : EOS));
    f.push(mix(F_CPREV, ctype, pv >= 0 ? chunkType[pv]! : BOS, pv >= 0 ? wh[pv]! : BOS));
    if (nxHead >= 0 && cueKind[nxHead]) f.push(mix(F_CNEXTCUE, ctype, cueLemma[nxHead]));
    if (pv >= 0 && cueKind[pv]) f.push(mix(F_CPREVCUE, ctype, cueLemma[pv]));
    if (cueKind[i]) {
      // For a cue word: the subject-like chunk before its phrase and what follows the phrase.
      f.push(mix(F_CSUBJ, cueLemma[i], pv >= 0 ? chunkType[pv]! : BOS, pv >= 0 ? pos[pv]! : BOS));
      f.push(mix(F_CAFTER, cueLemma[i], nx >= 0 ? chunkType[nx]! : EOS, nx >= 0 ? wh[nx]! : EOS));
    }
    f.push(mix(F_CUE, ck(i)), mix(F_CUEP1, ck(i - 1)), mix(F_CUEN1, ck(i + 1)), mix(F_CUEP2, ck(i - 2)), mix(F_CUEN2, ck(i + 2)));
    f.push(mix(F_Q, q), mix(F_QP, i > 0 ? qmark[i - 1]! + 1 : 0), mix(F_QN, i + 1 < n ? qmark[i + 1]! + 1 : 0));
    if (!lean) f.push(mix(F_WQ, wh[i], q), mix(F_SHQ, shape[i], q));
    const s0 = sentStart[i]!;
    const s1 = sentEnd[i]!;
    const spos = i === s0 ? 1 : i === s1 - 1 ? 2 : i === s1 - 2 ? 3 : 0;
    f.push(mix(F_SPOS, spos, q), mix(F_DS, bucket(i - s0)), mix(F_DE, bucket(s1 - 1 - i)), mix(F_SQ, sentHasQuote[i]! + 1, q));
    if (s0 === 0) f.push(mix(F_SFIRST));
    const l = leftCue[i]!;
    const r = rightCue[i]!;
    if (l >= 0) {
      const d = bucket(i - l);
      const commas = Math.min(3, commasBefore[i]! - commasBefore[l + 1]!);
      f.push(mix(F_CL, d, cueKind[l]), mix(F_CLL, cueLemma[l], d > 4 ? 5 : d), mix(F_CLC, commas, cueKind[l]), mix(F_CLQ, d, q));
      f.push(mix(F_CLW, cueLemma[l], wh[i]), mix(F_CLPOS, d, pos[i], pos[l]));
      if (l + 1 < n && wh[l + 1] === THAT && l + 1 < i) f.push(mix(F_THAT, 1));
      if (r >= 0) f.push(mix(F_CLR, cueKind[l], cueKind[r]));
    }
    if (r >= 0) {
      const d = bucket(r - i);
      const commas = Math.min(3, commasBefore[r]! - commasBefore[i + 1]!);
      f.push(mix(F_CR, d, cueKind[r]), mix(F_CRC, commas, cueKind[r]), mix(F_CRQ, d, q));
      if (!lean) f.push(mix(F_CRL, cueLemma[r], d > 4 ? 5 : d));
      f.push(mix(F_CRW, cueLemma[r], wh[i]), mix(F_CRPOS, d, pos[i], pos[r]));
    }
    if (l < 0 && r < 0) f.push(mix(F_CL, 99, 0));
    if (inQuote[i]) {
      // Where the quotation containing the token ends, and what follows it.
      const e = nextClose[i]!;
      if (e < n) f.push(mix(F_QSPAN, ck(e + 1) ? 1 : 0, ck(e + 2) ? 1 : 0, ck(e + 3) ? 1 : 0));
      else f.push(mix(F_QSPAN, 7));
    }
    if (ent) {
      // Named entities: sources are mostly people and organizations, and so are the subjects of cues.
      f.push(mix(F_ENT, ent[i]!), mix(F_ENTQ, ent[i]! & 3, q), mix(F_ENTPN, et(i - 1), ent[i]!, et(i + 1)));
      if (pv >= 0) f.push(mix(F_ENTPREV, ctype, et(pv)));
      if (cueKind[i]) f.push(mix(F_ENTSUBJ, cueLemma[i], et(pv), nx >= 0 ? et(nx) : 9));
      if (l >= 0) f.push(mix(F_ENTCL, bucket(i - l), ent[i]! & 3));
      if (r >= 0) f.push(mix(F_ENTCR, bucket(r - i), ent[i]! & 3));
    }
    if (stem.length) {
      // Stems: a verb seen as a cue in one form is one in the others, with the same phrases around it.
      if (stem[i]) {
        f.push(mix(F_STEMQ, stem[i], q), mix(F_STEMNX, stem[i], nx >= 0 ? chunkType[nx]! : EOS, nx >= 0 ? wh[nx]! : EOS));
        f.push(mix(F_STEMPV, stem[i], pv >= 0 ? chunkType[pv]! : BOS, pv >= 0 ? pos[pv]! : BOS));
      }
    }
    if (c2 && c3 && c4) {
      // Word clusters: unseen reporting verbs and nouns share clusters with seen ones.
      if (c2[i]) {
        f.push(mix(F_C3Q, c3[i], q));
        f.push(mix(F_C3NEXT, c3[i], nx >= 0 ? chunkType[nx]! : EOS, nx >= 0 ? wh[nx]! : EOS), mix(F_C3PREV, c3[i], pv >= 0 ? chunkType[pv]! : BOS));
      }
      f.push(mix(F_C2P, cc(c2, i - 1), c2[i]), mix(F_C2N, c2[i], cc(c2, i + 1)));
      if (l >= 0) f.push(mix(F_C3CL, c3[l], bucket(i - l) > 4 ? 5 : bucket(i - l)));
      if (r >= 0) f.push(mix(F_C3CR, c3[r], bucket(r - i) > 4 ? 5 : bucket(r - i)));
    }
    if (sink) sink(i, f);
    else out[i] = f;
  }
  return out;
}

let S = 100;
const G_L0 = S++, G_L1 = S++, G_LN1 = S++, G_LC = S++, G_RC = S++, G_LCS = S++, G_RCS = S++, G_NOCUE = S++, G_LCW = S++;
const G_LPOS = S++, G_RPOS = S++, G_RCW = S++, G_LCT = S++, G_SENTCUE = S++, G_LCQ = S++, G_RCQ = S++, G_BETW = S++, G_RCB = S++, G_LCB = S++, G_L0W = S++;
const G_ENT = S++, G_SPOS = S++, G_CHB = S++, G_SENTSP = S++, G_DE = S++, G_NW = S++, G_PW = S++, G_L2 = S++;

const SOURCE = 1;
const CUE = 2;

/**
 * Second-pass features: where the first pass put cues, sources and contents. They let the second pass
 * see the whole attribution ("this token lies between a cue and the end of its sentence"). The second
 * pass scores these on top of the first pass's scores.
 */
export function stackedFeatures(a: Analysis, p1: readonly number[], more = false, sink?: (i: number, feats: readonly number[]) => void): number[][] {
  const { n, wh, inQuote, qmark, sentStart, sentEnd, pos } = a;
  // Cue spans of the first pass.
  const type = (i: number): number => TAG_TYPE[p1[i]!]!;
  const begins = (i: number, t: number): boolean => TAG_TYPE[p1[i]!] === t && TAG_BEGINS[p1[i]!] === 1;
  const cueStart = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    if (begins(i, CUE)) cueStart[i] = i;
    else if (type(i) === CUE && i > 0) cueStart[i] = cueStart[i - 1]!;
  }
  const leftCueEnd = new Int32Array(n).fill(-1); // last token of the nearest cue ending before i
  const rightCue = new Int32Array(n).fill(-1); // first token of the nearest cue starting after i
  for (let i = 1; i < n; i++) leftCueEnd[i] = cueStart[i - 1]! >= 0 && cueStart[i]! !== cueStart[i - 1]! ? i - 1 : leftCueEnd[i - 1]!;
  for (let i = n - 2; i >= 0; i--) rightCue[i] = begins(i + 1, CUE) ? i + 1 : rightCue[i + 1]!;
  const commas = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) commas[i + 1] = commas[i]! + (wh[i] === COMMA ? 1 : 0);
  const sentCue = new Uint8Array(n);
  // Span types the first pass put in the token's sentence (bit 1 source, 2 cue, 4 content).
  const sentSpans = new Uint8Array(n);
  for (let i = 0; i < n; ) {
    const e = sentEnd[i]!;
    let c = 0;
    let t = 0;
    for (let k = i; k < e; k++) {
      if (begins(k, CUE)) c = 1;
      if (type(k)) t |= 1 << (type(k) - 1);
    }
    for (let k = i; k < e; k++) {
      sentCue[k] = c;
      sentSpans[k] = t;
    }
    i = e;
  }
  const lab = (k: number): number => (k < 0 ? 0 : k >= n ? 99 : p1[k]! + 1);
  const word = (k: number): number => (k < 0 ? BOS : k >= n ? EOS : wh[k]!);
  const srcBetween = (x: number, y: number): number => {
    for (let k = x; k < y; k++) if (begins(k, SOURCE)) return 1;
    return 0;
  };
  // With a sink, one buffer is reused for every token (inference adds the weights right away).
  const out: number[][] = new Array(sink ? 0 : n);
  const buffer: number[] = [];
  for (let i = 0; i < n; i++) {
    const f: number[] = sink ? buffer : [];
    f.length = 0;
    const q = inQuote[i]! * 4 + qmark[i]!;
    f.push(mix(G_L0, p1[i]! + 1), mix(G_L1, i > 0 ? p1[i - 1]! + 1 : 0, p1[i]! + 1), mix(G_LN1, p1[i]! + 1, i + 1 < n ? p1[i + 1]! + 1 : 0));
    f.push(mix(G_L0W, p1[i]! + 1, wh[i]), mix(G_SENTCUE, sentCue[i]! + 1, q));
    if (a.ent) f.push(mix(G_ENT, p1[i]! + 1, a.ent[i]!));
    if (more) {
      // Where the token lies in its sentence and phrase, what is next to it, and what else its sentence holds.
      const s0 = sentStart[i]!;
      const s1 = sentEnd[i]!;
      const spos = i === s0 ? 1 : i === s1 - 1 ? 2 : i === s1 - 2 ? 3 : 0;
      const cpos = i === a.chunkFirst[i] ? (i === a.chunkLast[i] ? 3 : 1) : i === a.chunkLast[i] ? 2 : 0;
      f.push(mix(G_SPOS, p1[i]! + 1, spos, q), mix(G_CHB, lab(i - 1), p1[i]! + 1, cpos), mix(G_SENTSP, type(i), sentSpans[i]!));
      f.push(mix(G_DE, type(i), bucket(s1 - 1 - i)), mix(G_NW, p1[i]! + 1, word(i + 1)), mix(G_PW, p1[i]! + 1, word(i - 1)));
      f.push(mix(G_L2, lab(i - 2), p1[i]! + 1, lab(i + 2)));
    }
    const l = leftCueEnd[i]!;
    const r = rightCue[i]!;
    if (l >= 0) {
      const same = sentStart[l] === sentStart[i] ? 1 : 2;
      const d = bucket(i - l);
      const c = Math.min(3, commas[i]! - commas[l + 1]!);
      f.push(mix(G_LC, d, same, q), mix(G_LCS, c, same), mix(G_LCW, wh[l], same), mix(G_LCQ, inQuote[l]! + 1, q, same));
      if (l + 1 < n && wh[l + 1] === THAT) f.push(mix(G_LCT, same, l + 1 === i ? 1 : 2));
      f.push(mix(G_LCB, srcBetween(l + 1, i + 1) + 1, same), mix(G_LPOS, pos[i], same, d > 2 ? 3 : d));
    }
    if (r >= 0) {
      const same = sentStart[r] === sentStart[i] ? 1 : 2;
      const d = bucket(r - i);
      const c = Math.min(3, commas[r]! - commas[i + 1]!);
      f.push(mix(G_RC, d, same, q), mix(G_RCS, c, same), mix(G_RCW, wh[r], same), mix(G_RCQ, inQuote[r]! + 1, q, same));
      f.push(mix(G_RPOS, pos[i], same, d > 2 ? 3 : d), mix(G_RCB, srcBetween(i + 1, r) + 1, same), mix(G_BETW, r > 0 ? p1[r - 1]! + 1 : 0, same));
    }
    if (l < 0 && r < 0) f.push(mix(G_NOCUE, q));
    if (sink) sink(i, f);
    else out[i] = f;
  }
  return out;
}
