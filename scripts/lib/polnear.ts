import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { SeqToken } from '../../src/pipeline/models/quotes/features.ts';
import { LABELS } from '../../src/pipeline/models/quotes/perceptron.ts';
import { entityCodes } from '../../src/pipeline/models/quotes/attribution.ts';
import { defaultNerModel } from '../../src/pipeline/models/ner/model.ts';
import { createDoc } from '../../src/pipeline/run.ts';
import { recognizeEntities } from '../../src/pipeline/stages/ner.ts';
import { splitSentences } from '../../src/pipeline/stages/tokens.ts';
import type { Doc } from '../../src/pipeline/types.ts';

/**
 * Readers for the PolNeAR attribution corpus: the brat standoff folders (text/ + attributions/) and the
 * token-BIO JSON lines used by CofeNet. Both become labelled paragraphs (sequences) for the tagger.
 */

export type SpanType = 'source' | 'cue' | 'content';
export const SPAN_TYPES: readonly SpanType[] = ['source', 'cue', 'content'];

export interface LabelledSequence {
  /** Article (or annotation file) id. */
  doc: string;
  tokens: SeqToken[];
  labels: string[];
}

export interface BratSpan {
  id: string;
  type: SpanType;
  fragments: [number, number][];
}

export interface BratAttribution {
  source: string | null;
  cue: string | null;
  content: string[];
}

export interface BratDocument {
  /** Annotation file name without extension (article name + annotator id). */
  id: string;
  article: string;
  text: string;
  spans: BratSpan[];
  attributions: BratAttribution[];
}

const TYPE_OF: Record<string, SpanType> = { Source: 'source', Cue: 'cue', Content: 'content' };

export function parseAnn(ann: string): { spans: BratSpan[]; attributions: BratAttribution[] } {
  const spans: BratSpan[] = [];
  const attributions: BratAttribution[] = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    if (line.startsWith('T') && cols.length >= 2) {
      const [type, ...rest] = cols[1]!.split(' ');
      const t = TYPE_OF[type!];
      if (!t) continue;
      const fragments = rest.join(' ').split(';').map((p) => p.split(' ').map(Number) as [number, number]);
      spans.push({ id: cols[0]!, type: t, fragments });
    } else if (line.startsWith('E') && cols.length >= 2) {
      const a: BratAttribution = { source: null, cue: null, content: [] };
      for (const part of cols[1]!.trim().split(/\s+/)) {
        const [role, id] = part.split(':');
        if (!id) continue;
        if (role === 'Source') a.source = id;
        else if (role === 'Cue') a.cue = id;
        else if (role?.startsWith('Content')) a.content.push(id);
      }
      attributions.push(a);
    }
  }
  return { spans, attributions };
}

export function readBratSplit(dir: string): BratDocument[] {
  const annDir = join(dir, 'attributions');
  const out: BratDocument[] = [];
  for (const f of readdirSync(annDir).filter((x) => x.endsWith('.ann')).sort()) {
    const id = f.slice(0, -4);
    const article = id.replace(/_[^_]+$/, '');
    const text = readFileSync(join(dir, 'text', `${article}.txt`), 'utf8');
    const { spans, attributions } = parseAnn(readFileSync(join(annDir, f), 'utf8'));
    out.push({ id, article, text, spans, attributions });
  }
  return out;
}

/** The article as the product tokenises it (blocks, sentences, tokens), with the NER stage's name mentions. */
export function bratDoc(text: string): Doc {
  const doc = createDoc({ body: text });
  splitSentences(doc);
  recognizeEntities(defaultNerModel(), doc);
  return doc;
}

/** Token-level BIO labels (over doc.tokens) for the brat spans: each fragment is one span. */
export function bratLabels(doc: Doc, spans: readonly BratSpan[]): string[] {
  const labels = new Array<string>(doc.tokens.length).fill('O');
  const toks = doc.tokens;
  const ordered = spans.flatMap((s) => s.fragments.map((f) => ({ type: s.type, start: f[0], end: f[1] }))).sort((a, b) => a.start - b.start);
  for (const fr of ordered) {
    let first = true;
    let lastBlock = -1;
    for (let i = lowerBound(toks, fr.start); i < toks.length && toks[i]!.start < fr.end; i++) {
      const t = toks[i]!;
      if (t.end <= fr.start || labels[i] !== 'O') continue;
      const block = doc.sentences[t.sentence]!.block;
      if (block !== lastBlock) first = true;
      labels[i] = `${first ? 'B' : 'I'}-${fr.type}`;
      first = false;
      lastBlock = block;
    }
  }
  return labels;
}

function lowerBound(toks: readonly { end: number }[], pos: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Paragraph sequences of a tokenised document. */
export function docSequences(doc: Doc): { tokens: SeqToken[]; index: number[] }[] {
  const out: { tokens: SeqToken[]; index: number[] }[] = [];
  for (let b = 0; b < doc.blocks.length; b++) out.push({ tokens: [], index: [] });
  const ents = entityCodes(doc);
  doc.tokens.forEach((t, i) => {
    const s = doc.sentences[t.sentence]!;
    const seq = out[s.block]!;
    const prev = i > 0 ? doc.tokens[i - 1]! : null;
    seq.tokens.push({ text: t.text, sentence: t.sentence, spaceBefore: !prev || prev.end < t.start, entity: ents[i]! & 3, entityStart: ents[i]! > 3 });
    seq.index.push(i);
  });
  return out.filter((s) => s.tokens.length > 0);
}

export function bratSequences(docs: readonly BratDocument[]): LabelledSequence[] {
  const out: LabelledSequence[] = [];
  const cache = new Map<string, Doc>();
  for (const d of docs) {
    let doc = cache.get(d.article);
    if (!doc) {
      doc = bratDoc(d.text);
      cache.set(d.article, doc);
    }
    const labels = bratLabels(doc, d.spans);
    for (const seq of docSequences(doc)) out.push({ doc: d.id, tokens: seq.tokens, labels: seq.index.map((i) => labels[i]!) });
  }
  return out;
}

const ENDERS = new Set(['.', '?', '!', '...', '…']);
const CLOSERS = new Set(["''", '”', '"', "'", '’', ')', '-RRB-']);

/** Sentence ids for pre-tokenised text: a sentence ends at . ? ! (and closing marks after them) before a capital, digit or opening mark. */
export function tokenSentences(words: readonly string[]): number[] {
  const ids = new Array<number>(words.length);
  let s = 0;
  for (let i = 0; i < words.length; i++) {
    ids[i] = s;
    const w = words[i]!;
    const prev = i > 0 ? words[i - 1]! : '';
    const next = words[i + 1];
    if (next === undefined) continue;
    const ends = ENDERS.has(w) || (CLOSERS.has(w) && ENDERS.has(prev));
    if (!ends || CLOSERS.has(next)) continue;
    if (/^[\p{Lu}\d"“`(]/u.test(next) || next === '``') s++;
  }
  return ids;
}

const NER_TYPES: Record<string, number> = { PER: 1, ORG: 2, LOC: 3 };

/** Entity codes (type + 4 × begins) of pre-tokenised words, by the NER model over their sentences. */
function tokenEntities(words: readonly string[], sentenceIds: readonly number[]): Uint8Array {
  const codes = new Uint8Array(words.length);
  const starts: number[] = [];
  const sentences: string[][] = [];
  words.forEach((w, i) => {
    if (i === 0 || sentenceIds[i] !== sentenceIds[i - 1]) {
      starts.push(i);
      sentences.push([]);
    }
    sentences[sentences.length - 1]!.push(w);
  });
  defaultNerModel().recognize(sentences).forEach((spans, si) => {
    for (const sp of spans) {
      const type = NER_TYPES[sp.label];
      if (!type) continue;
      for (let k = sp.start; k < sp.end; k++) codes[starts[si]! + k] = type + (k === sp.start ? 4 : 0);
    }
  });
  return codes;
}

export function readCofenet(path: string): LabelledSequence[] {
  const out: LabelledSequence[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const item = JSON.parse(line) as { tokens: string[]; labels: string[]; id: string };
    const sent = tokenSentences(item.tokens);
    const ents = tokenEntities(item.tokens, sent);
    out.push({
      doc: item.id,
      tokens: item.tokens.map((text, i) => ({ text, sentence: sent[i]!, spaceBefore: true, entity: ents[i]! & 3, entityStart: ents[i]! > 3 })),
      labels: item.labels.map((l) => (LABELS as readonly string[]).includes(l) ? l : 'O'),
    });
  }
  return out;
}

/** A PolNeAR split folder (text/ + attributions/) or a CofeNet .jsonl file. */
export function readData(path: string): { kind: 'brat' | 'jsonl'; sequences: LabelledSequence[]; docs: BratDocument[] } {
  if (statSync(path).isDirectory()) {
    const docs = readBratSplit(path);
    return { kind: 'brat', sequences: bratSequences(docs), docs };
  }
  return { kind: 'jsonl', sequences: readCofenet(path), docs: [] };
}
