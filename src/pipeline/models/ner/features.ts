import { hashString, key1, key2, key3 } from './hash.ts';
import { lexiconKey, type Lexicon } from './lexicon.ts';
import { LABELS, NUM_TAGS, tagLabel, tagPart } from './tags.ts';

/**
 * Feature extraction, shared by training and annotation. A token's features are 32-bit keys: a template id hashed
 * with the hashes of the values it combines. The first pass sees the tokens, the lexicon (clusters, gazetteers) and
 * document-level casing; the second pass adds features from the first pass's labels over the whole document.
 */

/** Typographic variants mapped to the forms newswire training text uses; digits to 0. */
export function normalizeToken(text: string): string {
  let s = text;
  if (/[\u0080-\uffff]/.test(s)) {
    s = s
      .replace(/[’‘‛`´]/g, "'")
      .replace(/[“”„«»]/g, '"')
      .replace(/[—–‐‑‒―]/g, '-')
      .replace(/…/g, '...');
  }
  if (s === '``' || s === "''") return '"';
  return s.replace(/[0-9]/g, '0');
}

/** Word shape: X upper, x lower, d digit, other characters kept; runs longer than 3 cut to 3 ("Xxxx" → "Xxxx"). */
export function wordShape(w: string): { long: string; short: string } {
  let long = '';
  let short = '';
  let prev = '';
  let run = 0;
  for (const ch of w) {
    let c: string;
    if (ch >= 'a' && ch <= 'z') c = 'x';
    else if (ch >= 'A' && ch <= 'Z') c = 'X';
    else if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch.toLowerCase() !== ch) c = 'X';
    else if (ch.toUpperCase() !== ch) c = 'x';
    else c = ch;
    if (c === prev) run++;
    else {
      run = 1;
      short += c;
    }
    if (run <= 3) long += c;
    prev = c;
  }
  return { long, short };
}

/** Casing of a word: 0 lower, 1 capitalised, 2 all caps, 3 other (digits, punctuation). */
function casing(w: string): number {
  if (!/\p{L}/u.test(w)) return 3;
  if (w === w.toLowerCase()) return 0;
  if (w === w.toUpperCase()) return w.length > 1 ? 2 : 1;
  return /^\p{Lu}/u.test(w) ? 1 : 3;
}

/** Per-word information that does not depend on context; cached per word form. */
interface WordInfo {
  key: string;
  casing: number;
  hForm: number;
  hLower: number;
  hLong: number;
  hShort: number;
  affixes: number[]; // prefix 1-4, suffix 1-4 hashes
  clusters: number[]; // cluster path prefixes, coarse to fine
  /** 1 when the lower-cased word is in the English word list, else 0. */
  dict: number;
}

const NONE = hashString('<none>');
const BOS = hashString('<s>');
const EOS = hashString('</s>');
const CLUSTER_PREFIXES = [2, 3, 4];

export interface PreparedSentence {
  words: WordInfo[];
  /** 0 an ordinary sentence; 1 a headline in capitals; 2 a headline in title case. */
  mode: number;
  /** Whether the sentence is headline-like (mode 1 or 2): its casing says little about names. */
  headline: boolean;
  /** Gazetteer features per token (key hashes, precomputed). */
  gaz: number[][];
  /** Gazetteer ids covering each token (for neighbour features). */
  gazIds: number[][];
  /** Document casing class of each token's word (see `prepareDocument`). */
  docCase: number[];
  /** Document context features of each token (see `contextFeatures`). */
  ctx: number[][];
}

/** Feature groups that can be switched off (for ablation); the model file records the set it was trained with. */
export interface FeatureConfig {
  clusters: boolean;
  gazetteers: boolean;
  /** How the word is written elsewhere in the document. */
  docCase: boolean;
  /** Whether the word is in an English word list. */
  dictionary: boolean;
  /** The words around the other mentions of a capitalised word in the document. */
  contexts: boolean;
}

export const ALL_FEATURES: FeatureConfig = { clusters: true, gazetteers: true, docCase: true, dictionary: true, contexts: true };

export class FeatureExtractor {
  private readonly cache = new Map<string, WordInfo>();

  constructor(
    readonly lexicon: Lexicon,
    readonly config: FeatureConfig = ALL_FEATURES,
  ) {}

  /** Forgets the per-word information cached so far (for measurements of cold runs). */
  clearCache(): void {
    this.cache.clear();
  }

  word(text: string): WordInfo {
    const cached = this.cache.get(text);
    if (cached) return cached;
    const form = normalizeToken(text);
    const lower = form.toLowerCase();
    const key = lexiconKey(form);
    const { long, short } = wordShape(form);
    const affixes: number[] = [];
    for (let k = 1; k <= 4; k++) affixes.push(lower.length >= k ? hashString(lower.slice(0, k)) : NONE);
    for (let k = 1; k <= 4; k++) affixes.push(lower.length >= k ? hashString(lower.slice(-k)) : NONE);
    // "Dr." and "Corp." are clustered as "dr" and "corp" (the vectors' vocabulary has no trailing periods).
    const bare = /^[^.]+\.$/.test(key) ? key.slice(0, -1) : key;
    const path = this.config.clusters ? this.lexicon.cluster(bare) : '';
    const clusters = CLUSTER_PREFIXES.map((p) => (path ? hashString(path.slice(0, p)) : NONE));
    const info: WordInfo = {
      key,
      casing: casing(form),
      hForm: hashString(form),
      hLower: hashString(lower),
      hLong: hashString(long),
      hShort: hashString(short),
      affixes,
      clusters,
      dict: this.config.dictionary && this.lexicon.isWord(key) ? 1 : 0,
    };
    if (this.cache.size > 50000) this.cache.clear();
    this.cache.set(text, info);
    return info;
  }

  /** Everything the first pass needs about a document (sentences of token texts). */
  prepareDocument(sentences: readonly (readonly string[])[]): PreparedSentence[] {
    const prepared = sentences.map((tokens) => {
      const words = tokens.map((t) => this.word(t));
      const letters = words.filter((w) => w.casing !== 3);
      const caps = letters.length >= 2 && letters.filter((w) => w.casing === 2 || (w.casing === 1 && w.key.length === 1)).length >= letters.length * 0.8;
      const long = letters.filter((w) => w.key.length >= 4);
      const title = !caps && long.length >= 3 && long.filter((w) => w.casing === 1 || w.casing === 2).length >= long.length * 0.8;
      const mode = caps ? 1 : title ? 2 : 0;
      const gaz: number[][] = words.map(() => []);
      const gazIds: number[][] = words.map(() => []);
      const initialCap = words.map((w) => w.casing === 1 || w.casing === 2);
      for (const m of this.config.gazetteers ? this.lexicon.match(words.map((w) => w.key)) : []) {
        // A lower-case phrase in mixed-case text is not a name ("bath", "reading").
        let capitalised = true;
        for (let i = m.start; i < m.end; i++) if (!initialCap[i] && words[i]!.key.length > 3) capitalised = false;
        if (!capitalised) continue;
        const len = m.end - m.start;
        for (let i = m.start; i < m.end; i++) {
          const part = len === 1 ? 3 : i === m.start ? 0 : i === m.end - 1 ? 2 : 1;
          gaz[i]!.push(key2(31, m.gazetteer, part), key3(32, m.gazetteer, part, words[i]!.casing));
          gazIds[i]!.push(m.gazetteer);
        }
      }
      return { words, mode, headline: mode !== 0, gaz, gazIds, docCase: [] as number[], ctx: [] as number[][] };
    });
    // How each word is written elsewhere in the document, outside headlines and sentence starts: a bit set of
    // casings (lower, capitalised, all caps), plus one. It tells "JAPAN" in a headline from "GET".
    const seen = new Map<string, Int32Array>();
    const counted = (s: PreparedSentence, i: number) => !s.headline && i > 0 && s.words[i]!.casing !== 3;
    for (const s of prepared) {
      s.words.forEach((w, i) => {
        if (!counted(s, i)) return;
        let c = seen.get(w.key);
        if (!c) seen.set(w.key, (c = new Int32Array(3)));
        c[w.casing]!++;
      });
    }
    for (const s of prepared) {
      s.docCase = s.words.map((w, i) => {
        const c = seen.get(w.key);
        if (!c || !this.config.docCase) return 0;
        let bits = 0;
        for (let k = 0; k < 3; k++) if (c[k]! - (counted(s, i) && w.casing === k ? 1 : 0) > 0) bits |= 1 << k;
        return bits + 1;
      });
    }
    contextFeatures(prepared, this.config.contexts);
    return prepared;
  }
}

const isCap = (w: WordInfo) => w.casing === 1 || w.casing === 2;
/** Most other mentions whose contexts a token takes. */
const MAX_CONTEXTS = 12;

/**
 * Document context (context aggregation, as in Ratinov and Roth 2009): a name's type shows in the words around its
 * mentions ("Hamas leader", "fighters of Hamas", "Hamas said"), and each mention should see them all.
 * A run of capitalised words is taken as one name; its context is the word before and the word after the run
 * (word and cluster). Every capitalised token gets the contexts of the other runs holding the same word, and the
 * context of its own run.
 */
function contextFeatures(doc: PreparedSentence[], on: boolean): void {
  const runs: { left: number[]; right: number[]; sentence: number; start: number; end: number }[] = [];
  const byWord = new Map<string, number[]>();
  doc.forEach((s, si) => {
    s.ctx = s.words.map(() => []);
    if (!on) return;
    const w = s.words;
    for (let i = 0; i < w.length; ) {
      if (!isCap(w[i]!)) {
        i++;
        continue;
      }
      let end = i + 1;
      while (end < w.length && isCap(w[end]!)) end++;
      const before = i > 0 ? w[i - 1]! : null;
      const after = end < w.length ? w[end]! : null;
      const r = runs.length;
      runs.push({
        left: [before ? before.hLower : BOS, before ? before.clusters[1]! : BOS],
        right: [after ? after.hLower : EOS, after ? after.clusters[1]! : EOS],
        sentence: si,
        start: i,
        end,
      });
      for (let k = i; k < end; k++) {
        const key = w[k]!.key;
        if (key.length < 2) continue;
        let list = byWord.get(key);
        if (!list) byWord.set(key, (list = []));
        if (list[list.length - 1] !== r) list.push(r);
      }
      i = end;
    }
  });
  runs.forEach((r, ri) => {
    const s = doc[r.sentence]!;
    for (let k = r.start; k < r.end; k++) {
      const f = s.ctx[k]!;
      f.push(key2(42, 0, r.left[0]!), key2(42, 1, r.right[0]!));
      const list = byWord.get(s.words[k]!.key);
      if (!list || list.length < 2) continue;
      const seen = new Set<number>();
      let taken = 0;
      for (const o of list) {
        if (o === ri || taken >= MAX_CONTEXTS) continue;
        const other = runs[o]!;
        taken++;
        for (const key of [key2(40, 0, other.left[0]!), key2(40, 1, other.right[0]!), key2(41, 0, other.left[1]!), key2(41, 1, other.right[1]!)]) {
          if (!seen.has(key)) {
            seen.add(key);
            f.push(key);
          }
        }
      }
    }
  });
}

/** A growable buffer of feature keys, `offsets[i]..offsets[i+1]` for token i. */
export class FeatureBuffer {
  keys = new Uint32Array(4096);
  length = 0;
  offsets: number[] = [0];

  reset(): void {
    this.length = 0;
    this.offsets = [0];
  }

  push(k: number): void {
    if (this.length === this.keys.length) {
      const next = new Uint32Array(this.keys.length * 2);
      next.set(this.keys);
      this.keys = next;
    }
    this.keys[this.length++] = k;
  }

  endToken(): void {
    this.offsets.push(this.length);
  }
}

/** First-pass features of every token of a sentence, appended to `out` (one endToken per token). */
export function firstPassFeatures(s: PreparedSentence, out: FeatureBuffer, second?: SecondPassInfo): void {
  const w = s.words;
  const n = w.length;
  const mode = s.mode;
  for (let i = 0; i < n; i++) {
    const cur = w[i]!;
    const prev = i > 0 ? w[i - 1]! : null;
    const next = i + 1 < n ? w[i + 1]! : null;
    const prev2 = i > 1 ? w[i - 2]!.hLower : i === 1 ? BOS : NONE;
    const next2 = i + 2 < n ? w[i + 2]!.hLower : i + 2 === n ? EOS : NONE;
    const pl = prev ? prev.hLower : BOS;
    const nl = next ? next.hLower : EOS;
    const ps = prev ? prev.hShort : BOS;
    const ns = next ? next.hShort : EOS;
    out.push(key1(0, 0));
    out.push(key1(1, cur.hForm));
    out.push(key1(2, cur.hLower));
    out.push(key1(3, pl));
    out.push(key1(4, nl));
    out.push(key1(5, prev2));
    out.push(key1(6, next2));
    out.push(key2(7, pl, cur.hLower));
    out.push(key2(8, cur.hLower, nl));
    out.push(key1(9, cur.hLong));
    out.push(key2(10, cur.hShort, mode));
    out.push(key3(11, ps, cur.hShort, ns));
    out.push(key2(12, ps, cur.hShort));
    out.push(key2(13, cur.hShort, ns));
    for (let k = 0; k < 8; k++) out.push(key1(14 + k, cur.affixes[k]!));
    out.push(key2(22, cur.hShort, pl));
    out.push(key2(23, cur.hShort, nl));
    for (let k = 0; k < cur.clusters.length; k++) out.push(key2(24 + k, cur.clusters[k]!, mode));
    out.push(key1(27, prev ? prev.clusters[1]! : BOS));
    out.push(key1(28, next ? next.clusters[1]! : EOS));
    out.push(key2(29, prev ? prev.clusters[2]! : BOS, cur.clusters[1]!));
    out.push(key2(30, cur.clusters[1]!, next ? next.clusters[2]! : EOS));
    for (const g of s.gaz[i]!) out.push(g);
    if (i > 0) for (const g of s.gazIds[i - 1]!) out.push(key1(33, g));
    if (i + 1 < n) for (const g of s.gazIds[i + 1]!) out.push(key1(34, g));
    out.push(key2(35, i === 0 ? 1 : 0, cur.hShort));
    out.push(key3(36, mode, cur.casing, s.docCase[i]!));
    out.push(key3(38, cur.dict, cur.casing, mode * 2 + (i === 0 ? 1 : 0)));
    out.push(key2(37, cur.hLower, s.docCase[i]!));
    for (const k of s.ctx[i]!) out.push(k);
    if (second) secondPassFeatures(second, i, out);
    out.endToken();
  }
}

// ---------------------------------------------------------------- second pass

/** What the second pass knows about one sentence from the first pass over the whole document. */
export interface SecondPassInfo {
  /** First-pass BILOU tag of each token. */
  tags: ArrayLike<number>;
  /** Per token: feature keys from document-level aggregation of first-pass labels. */
  doc: number[][];
}

/**
 * Second-pass context for every sentence of a document, from the first pass's tags (BILOU per token).
 * Features: the token's own first-pass tag and its neighbours'; how the same word is labelled elsewhere in the
 * document; where the word sits inside entities found elsewhere ("Netanyahu" inside "Benjamin Netanyahu"); and
 * matches of the document's own first-pass entities as a gazetteer.
 */
export function secondPassContext(doc: readonly PreparedSentence[], tags: readonly ArrayLike<number>[]): SecondPassInfo[] {
  // Label counts of each word over the document (entity label per token, or O), kept apart for headlines in
  // capitals, whose labels are less reliable: [0..L] ordinary sentences, [L+1..2L+1] capitals.
  const W = LABELS.length + 1;
  const counts = new Map<string, Int32Array>();
  const entities: { words: string[]; label: number; sentence: number; start: number; headline: boolean }[] = [];
  doc.forEach((s, si) => {
    const t = tags[si]!;
    s.words.forEach((w, i) => {
      if (w.casing === 3 && w.key.length < 2) return;
      let c = counts.get(w.key);
      if (!c) counts.set(w.key, (c = new Int32Array(2 * W)));
      c[(s.headline ? W : 0) + (t[i]! === 0 ? LABELS.length : tagLabel(t[i]!))]!++;
    });
    const n = s.words.length;
    let start = -1;
    for (let i = 0; i < n; i++) {
      const tag = t[i]!;
      if (tag === 0) continue;
      const part = tagPart(tag);
      if (part === 0 || part === 3) start = i;
      if (part >= 2 && start >= 0) {
        entities.push({ words: s.words.slice(start, i + 1).map((w) => w.key), label: tagLabel(tag), sentence: si, start, headline: s.headline });
        start = -1;
      }
    }
  });
  // Words inside entities: word → (label, part) set, with the entity's position to skip the token's own entity.
  const inEntity = new Map<string, { label: number; part: number; sentence: number; start: number; len: number; headline: boolean }[]>();
  const phrases = new Map<string, number>(); // entity phrase → label bit set
  const firstWords = new Map<string, number>();
  for (const e of entities) {
    const len = e.words.length;
    e.words.forEach((w, k) => {
      const part = len === 1 ? 3 : k === 0 ? 0 : k === len - 1 ? 2 : 1;
      let list = inEntity.get(w);
      if (!list) inEntity.set(w, (list = []));
      list.push({ label: e.label, part, sentence: e.sentence, start: e.start, len, headline: e.headline });
    });
    const key = e.words.join(' ');
    // Bits 0..L-1: found in ordinary sentences; L..2L-1: in headlines in capitals.
    phrases.set(key, (phrases.get(key) ?? 0) | (1 << (e.label + (e.headline ? LABELS.length : 0))));
    firstWords.set(e.words[0]!, Math.max(firstWords.get(e.words[0]!) ?? 0, len));
  }
  return doc.map((s, si) => {
    const t = tags[si]!;
    const n = s.words.length;
    const feats: number[][] = s.words.map(() => []);
    for (let i = 0; i < n; i++) {
      const w = s.words[i]!;
      const f = feats[i]!;
      f.push(key1(50, t[i]!));
      f.push(key2(51, i > 0 ? t[i - 1]! : NUM_TAGS, t[i]!));
      f.push(key2(52, t[i]!, i + 1 < n ? t[i + 1]! : NUM_TAGS));
      const c = counts.get(w.key);
      if (c) {
        const own = (s.headline ? W : 0) + (t[i]! === 0 ? LABELS.length : tagLabel(t[i]!));
        const context = (s.headline ? 2 : 0) + (w.casing === 0 ? 0 : 1);
        for (let g = 0; g < 2; g++) {
          let total = 0;
          for (let l = 0; l < W; l++) total += c[g * W + l]! - (g * W + l === own ? 1 : 0);
          if (total === 0) continue;
          for (let l = 0; l < W; l++) {
            const k = c[g * W + l]! - (g * W + l === own ? 1 : 0);
            if (k > 0) f.push(key3(53 + g, l, Math.ceil((4 * k) / total), context));
          }
        }
      }
      const list = inEntity.get(w.key);
      if (list && w.casing !== 0) {
        const done = new Set<number>();
        for (const e of list) {
          if (e.sentence === si && e.start <= i && i < e.start + e.len) continue; // the token's own entity
          const code = e.label * 8 + e.part * 2 + (e.headline ? 1 : 0);
          if (done.has(code)) continue;
          done.add(code);
          f.push(key3(55, e.label, e.part, (e.headline ? 2 : 0) + (s.headline ? 1 : 0)));
        }
      }
    }
    // The document's first-pass entities as a gazetteer.
    for (let i = 0; i < n; i++) {
      const max = firstWords.get(s.words[i]!.key);
      if (!max || s.words[i]!.casing === 0) continue;
      for (let len = Math.min(max, n - i); len >= 1; len--) {
        const mask = phrases.get(s.words.slice(i, i + len).map((w) => w.key).join(' '));
        if (!mask) continue;
        for (let b = 0; b < 2 * LABELS.length; b++) {
          if (!(mask & (1 << b))) continue;
          for (let k = i; k < i + len; k++) {
            const part = len === 1 ? 3 : k === i ? 0 : k === i + len - 1 ? 2 : 1;
            feats[k]!.push(key3(56, b % LABELS.length, part, (b >= LABELS.length ? 2 : 0) + (s.headline ? 1 : 0)));
          }
        }
        break;
      }
    }
    return { tags: t, doc: feats };
  });
}

/** Appends a token's second-pass features. */
function secondPassFeatures(info: SecondPassInfo, i: number, out: FeatureBuffer): void {
  for (const k of info.doc[i]!) out.push(k);
}
