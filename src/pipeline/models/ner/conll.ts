import { iobToSpans, type LabelSpan } from './tags.ts';

/** A CoNLL-2003 document: sentences of tokens with their gold entity spans. */
export interface ConllSentence {
  words: string[];
  tags: string[];
  spans: LabelSpan[];
}
export type ConllDocument = ConllSentence[];

/**
 * Parses a CoNLL-format file (token first, NER tag last on each line; blank lines between sentences;
 * `-DOCSTART-` lines between documents). A file without -DOCSTART- lines is one document.
 */
export function parseConll(text: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllDocument = [];
  let words: string[] = [];
  let tags: string[] = [];
  const endSentence = () => {
    if (words.length) doc.push({ words, tags, spans: iobToSpans(tags) });
    words = [];
    tags = [];
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) {
      endSentence();
      continue;
    }
    const cols = line.split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      endSentence();
      if (doc.length) docs.push(doc);
      doc = [];
      continue;
    }
    words.push(cols[0]!);
    tags.push(cols.length > 1 ? cols[cols.length - 1]! : 'O');
  }
  endSentence();
  if (doc.length) docs.push(doc);
  return docs;
}
