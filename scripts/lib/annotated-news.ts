import type { ConllDocument } from '../../src/pipeline/models/ner/conll.ts';
import type { Label, LabelSpan } from '../../src/pipeline/models/ner/tags.ts';
import { createDoc } from '../../src/pipeline/run.ts';
import { splitSentences, tokenize } from '../../src/pipeline/stages/tokens.ts';

/**
 * Hand-annotated news articles in a readable inline format (data/eval/wikinews-ner/):
 *
 *   # comment lines start with '#'
 *   @@ https://en.wikinews.org/wiki/...       (starts an article: its address)
 *   @@ 2019-01-04                              (its date)
 *   Title with a [[Name|ORG]] in it             (first non-empty line: the title)
 *
 *   Body paragraphs, separated by blank lines, with names marked [[Angela Merkel|PER]].
 *
 * Labels are PER, ORG and LOC (CoNLL-2003 guidelines). Articles are tokenized and split into sentences by the
 * product's own tokenizer, and the title is the first sentence of the document, so scores are those of the
 * recognizer as the product runs it.
 */

export interface AnnotatedArticle {
  url: string;
  date: string;
  title: string;
  body: string;
  /** Character spans in the title and in the body. */
  titleSpans: CharSpan[];
  bodySpans: CharSpan[];
}

export interface CharSpan {
  start: number;
  end: number;
  label: Label;
}

const MARK = /\[\[([^[\]|][^\]|]*)\|(PER|ORG|LOC|MISC)\]\]/g;

/** Removes the marks of one text, returning the plain text and the marked character spans. */
export function unmark(marked: string): { text: string; spans: CharSpan[] } {
  let text = '';
  const spans: CharSpan[] = [];
  let last = 0;
  for (const m of marked.matchAll(MARK)) {
    text += marked.slice(last, m.index);
    const start = text.length;
    text += m[1]!;
    spans.push({ start, end: text.length, label: m[2] as Label });
    last = m.index + m[0].length;
  }
  text += marked.slice(last);
  if (/\[\[|\]\]/.test(text)) throw new Error(`malformed mark near: ${text.slice(text.search(/\[\[|\]\]/), text.search(/\[\[|\]\]/) + 60)}`);
  return { text, spans };
}

export function parseAnnotatedNews(file: string): AnnotatedArticle[] {
  const out: AnnotatedArticle[] = [];
  const blocks = file.split(/^@@ (?=\S+\n@@ )/m).slice(1);
  for (const block of blocks) {
    const lines = block.split('\n').filter((l) => !l.startsWith('#'));
    const url = lines[0]!.trim();
    const date = lines[1]!.replace(/^@@ /, '').trim();
    let i = 2;
    while (i < lines.length && !lines[i]!.trim()) i++;
    const title = unmark(lines[i]!.trim());
    const body = unmark(lines.slice(i + 1).join('\n').trim());
    out.push({ url, date, title: title.text, body: body.text, titleSpans: title.spans, bodySpans: body.spans });
  }
  return out;
}

/** Serializes articles back to the inline format (for tools that draft or check annotations). */
export function formatAnnotatedNews(articles: readonly AnnotatedArticle[]): string {
  const mark = (text: string, spans: readonly CharSpan[]) => {
    let s = '';
    let last = 0;
    for (const sp of [...spans].sort((a, b) => a.start - b.start)) {
      s += text.slice(last, sp.start) + `[[${text.slice(sp.start, sp.end)}|${sp.label}]]`;
      last = sp.end;
    }
    return s + text.slice(last);
  };
  return articles.map((a) => `@@ ${a.url}\n@@ ${a.date}\n${mark(a.title, a.titleSpans)}\n\n${mark(a.body, a.bodySpans)}\n`).join('\n');
}

/** Token spans of character spans within one sentence's tokens; a span must start and end on token edges. */
function tokenSpans(tokens: readonly { start: number; end: number }[], spans: readonly CharSpan[], where: string): LabelSpan[] {
  const out: LabelSpan[] = [];
  for (const sp of spans) {
    const first = tokens.findIndex((t) => t.start === sp.start);
    const last = tokens.findIndex((t) => t.end === sp.end);
    if (first < 0 || last < first) throw new Error(`${where}: annotation at ${sp.start}-${sp.end} does not fall on token edges`);
    out.push({ start: first, end: last + 1, label: sp.label });
  }
  return out;
}

/** An article as a CoNLL-style document: the title sentence first, then the body's sentences. */
export function toConllDocument(a: AnnotatedArticle): ConllDocument {
  const doc = createDoc({ body: a.body, title: a.title });
  splitSentences(doc);
  const sentences: ConllDocument = [];
  const titleTokens = tokenize(a.title);
  if (titleTokens.length) {
    const words = titleTokens.map((t) => a.title.slice(t.start, t.end));
    sentences.push({ words, tags: [], spans: tokenSpans(titleTokens, a.titleSpans, `${a.url} title`) });
  }
  for (const s of doc.sentences) {
    const tokens = doc.tokens.slice(s.tokenStart, s.tokenEnd);
    const inside = a.bodySpans.filter((sp) => sp.start >= s.start && sp.end <= s.end);
    sentences.push({ words: tokens.map((t) => t.text), tags: [], spans: tokenSpans(tokens, inside, a.url) });
  }
  const placed = sentences.reduce((n, s) => n + s.spans.length, 0);
  if (placed !== a.bodySpans.length + a.titleSpans.length) throw new Error(`${a.url}: an annotation crosses a sentence boundary`);
  return sentences;
}
