import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { ALL_FEATURES, FeatureBuffer, FeatureExtractor, firstPassFeatures, secondPassContext, type FeatureConfig, type PreparedSentence, type SecondPassInfo } from './features.ts';
import { Lexicon, lexiconKey } from './lexicon.ts';
import { harmonize } from './postprocess.ts';

const FIRST_NAMES = ['person-first'];
/** Every list of the lexicon that names someone or something. */
/** Gazetteers of organizations' names: a word in them is no common word inside a body's name ("… and Google"). */
const ORG_LISTS = ['organization', 'organization-known', 'organization-brand', 'organization-company-word'];
const NAME_LISTS = ['person-first', 'person-last', 'place-country', 'place-city', 'place-town', 'place-region', 'organization', 'organization-known', 'organization-brand', 'organization-company-word'];
import { LinearModel } from './linear.ts';
import { bilouToSpans, NUM_TAGS, TAG_NAMES, type LabelSpan } from './tags.ts';

/**
 * The named-entity recognizer: two linear-chain models over the same token features. The first pass tags each
 * sentence; the second pass adds features from the first pass's labels over the whole document (how a word is
 * labelled elsewhere, the document's own entities as a gazetteer) and tags again.
 */

export const MODEL_URL = new URL('../../../../data/models/ner.bin.gz', import.meta.url);
const MAGIC = 'BYLINE-NER\u0001';

export interface ModelInfo {
  version: 1;
  created: string;
  tags: readonly string[];
  /** Feature groups the model was trained with. */
  features: FeatureConfig;
  /** Free-form training facts recorded by the trainer (data, epochs, dev score). */
  training: Record<string, unknown>;
}

export class NerModel {
  readonly extractor: FeatureExtractor;
  private readonly buf = new FeatureBuffer();
  private em = new Float32Array(256 * NUM_TAGS);

  constructor(
    readonly lexicon: Lexicon,
    readonly pass1: LinearModel,
    readonly pass2: LinearModel | null,
    readonly info: ModelInfo,
  ) {
    this.extractor = new FeatureExtractor(lexicon, { ...ALL_FEATURES, ...info.features });
  }

  /** Tags one sentence with one pass. */
  tagSentence(model: LinearModel, s: PreparedSentence, second?: SecondPassInfo): Int8Array {
    const n = s.words.length;
    this.buf.reset();
    firstPassFeatures(s, this.buf, second);
    if (this.em.length < n * NUM_TAGS) this.em = new Float32Array(n * NUM_TAGS * 2);
    model.emissions(this.buf.keys, this.buf.offsets, n, this.em);
    return model.decode(this.em, n);
  }

  /** BILOU tags for every sentence of a document (sentences of token texts). */
  tagDocument(sentences: readonly (readonly string[])[]): Int8Array[] {
    return this.tagPrepared(this.extractor.prepareDocument(sentences));
  }

  private tagPrepared(doc: PreparedSentence[]): Int8Array[] {
    const first = doc.map((s) => this.tagSentence(this.pass1, s));
    if (!this.pass2) return first;
    const ctx = secondPassContext(doc, first);
    return doc.map((s, i) => this.tagSentence(this.pass2!, s, ctx[i]));
  }

  /** Entity spans (token ranges) for every sentence of a document. */
  recognize(sentences: readonly (readonly string[])[]): LabelSpan[][] {
    const doc = this.extractor.prepareDocument(sentences);
    const spans = this.tagPrepared(doc).map((tags, si) => bilouToSpans(tags).filter((sp) => !commonWordAtStart(doc[si]!, sp, sentences[si]!, (w) => this.lexicon.inGazetteer(w, NAME_LISTS))));
    return harmonize(
      sentences,
      spans,
      doc.map((s) => s.headline),
      (w) => this.lexicon.inGazetteer(w, FIRST_NAMES),
      (w) => this.lexicon.isWord(lexiconKey(w)) && !this.lexicon.inGazetteer(w, ORG_LISTS),
    );
  }

  // ------------------------------------------------------------ files

  serialize(): Buffer {
    const passes = [this.pass1, ...(this.pass2 ? [this.pass2] : [])];
    const parts: Buffer[] = [];
    const meta = passes.map((m) => {
      let max = 0;
      for (const w of m.weights) max = Math.max(max, Math.abs(w));
      const scale = max / 32767 || 1;
      const q = new Int16Array(m.weights.length);
      for (let i = 0; i < q.length; i++) q[i] = Math.round(m.weights[i]! / scale);
      parts.push(Buffer.from(m.keys.buffer, m.keys.byteOffset, m.keys.byteLength));
      parts.push(Buffer.from(q.buffer));
      parts.push(Buffer.from(m.transitions.buffer, m.transitions.byteOffset, m.transitions.byteLength));
      return { rows: m.rows, scale };
    });
    const header = Buffer.from(JSON.stringify({ ...this.info, tags: TAG_NAMES, passes: meta }), 'utf8');
    const len = Buffer.alloc(4);
    len.writeUInt32LE(header.length);
    return gzipSync(Buffer.concat([Buffer.from(MAGIC, 'latin1'), len, header, ...parts]), { level: 9 });
  }

  static deserialize(file: Buffer, lexicon: Lexicon): NerModel {
    const raw = gunzipSync(file);
    if (raw.subarray(0, MAGIC.length).toString('latin1') !== MAGIC) throw new Error('not a Byline NER model file');
    let pos = MAGIC.length;
    const hlen = raw.readUInt32LE(pos);
    pos += 4;
    const header = JSON.parse(raw.subarray(pos, pos + hlen).toString('utf8')) as ModelInfo & { passes: { rows: number; scale: number }[] };
    pos += hlen;
    if (header.tags.join(' ') !== TAG_NAMES.join(' ')) throw new Error('NER model tag set differs from this code');
    const take = (bytes: number): ArrayBuffer => {
      const ab = new ArrayBuffer(bytes);
      new Uint8Array(ab).set(raw.subarray(pos, pos + bytes));
      pos += bytes;
      return ab;
    };
    const models = header.passes.map(({ rows, scale }) => {
      const keys = new Uint32Array(take(rows * 4));
      const q = new Int16Array(take(rows * NUM_TAGS * 2));
      const weights = new Float32Array(q.length);
      for (let i = 0; i < q.length; i++) weights[i] = q[i]! * scale;
      const transitions = new Float32Array(take((NUM_TAGS + 1) * NUM_TAGS * 4));
      return new LinearModel(keys, weights, transitions);
    });
    const { passes: _passes, ...info } = header;
    return new NerModel(lexicon, models[0]!, models[1] ?? null, info);
  }

  static load(url: URL = MODEL_URL, lexicon: Lexicon = Lexicon.load()): NerModel {
    return NerModel.deserialize(readFileSync(url), lexicon);
  }
}

/**
 * A lone English word that starts a sentence, and that the article writes in lower case inside sentences and never
 * capitalised, is no name ("Story 8 begins here … the end of story 8").
 */
function commonWordAtStart(s: PreparedSentence, span: LabelSpan, raw: readonly string[], known: (word: string) => boolean): boolean {
  // (After a dateline's dash too: "LISBON (AFP) — Buses stopped …".)
  const first = span.start === 0 || (span.start >= 2 && /^(?:—|–|-|--)$/.test(raw[span.start - 1]!) && raw[span.start - 2] === ')');
  if (!first || span.end !== span.start + 1 || s.headline) return false;
  const w = s.words[span.start]!;
  const seen = s.docCase[span.start]! - 1; // bit 0: lower case elsewhere, bit 1: capitalised inside a sentence
  if (span.start === 0 && w.dict === 1 && w.casing === 1 && seen > 0 && (seen & 1) === 1 && (seen & 2) === 0) return true;
  // A plural common noun opening the sentence ("Buses stopped on Thursday", "Officials said"), written nowhere else
  // capitalised inside a sentence, before a lower-case word.
  // (Not a known name: "Rogers said", "Wales has".)
  return w.dict === 1 && w.casing === 1 && (seen <= 0 || (seen & 2) === 0) && /[^s]s$/.test(w.key) && /^\p{Ll}/u.test(raw[span.start + 1] ?? '') && !known(raw[span.start]!);
}

let shared: NerModel | null = null;

/** The shipped model, loaded on first use and kept for the life of the process. */
export function defaultNerModel(): NerModel {
  shared ??= NerModel.load();
  return shared;
}
