import type { Doc, Quote } from '../../types.ts';

/**
 * Quotations in single quotation marks (‘…’, or '…' typed straight), as British papers print them. The right single
 * mark is also the apostrophe, and the straight one is both marks and the apostrophe, so the marks are paired with
 * care, paragraph by paragraph; and only in a text that uses no double quotation marks at all (where both are used,
 * the single ones are quotations inside quotations).
 *
 * The quote stage then reads the text as if the paired marks were double ones: each is one UTF-16 unit, as “ and
 * ” are, so every offset is the same in both texts (see singleQuoteView, withOriginalText).
 */

/** Double quotation marks, also as typewriters and wire services pair single ones (``…'', ''…''). */
const DOUBLE_MARKS = /[“”"«»„]|''|``/;

/**
 * Whether a straight mark at token i may open a quotation: it starts a word ("'We", after a space, a paragraph's
 * start or an opening bracket or dash), and is not one of the apostrophes that do ("'90s", "rock 'n' roll", "'em").
 */
function opensStraight(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const prev = doc.tokens[i - 1];
  const next = doc.tokens[i + 1];
  if (!next || next.start !== t.end || next.sentence !== t.sentence || !/^\p{L}/u.test(next.text)) return false;
  if (prev && prev.end === t.start && !/^[([{—–-]$/.test(prev.text)) return false;
  if (/^(?:n|em|tis|twas|cause|til)$/i.test(next.text)) return false;
  return true;
}

/** Whether the right mark at token i is an apostrophe rather than a closing quotation mark. */
function isApostrophe(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const prev = doc.tokens[i - 1];
  const next = doc.tokens[i + 1];
  const gluedPrev = !!prev && prev.end === t.start;
  const gluedNext = !!next && next.start === t.end && next.sentence === t.sentence;
  // "rock ’n’ roll", "’em": a mark glued to the word after it.
  if (gluedNext && /^[\p{L}\p{N}]/u.test(next.text)) return true;
  // "the workers’ union": after a plural or a name in -s, before a lower-case word.
  return gluedPrev && /s$/i.test(prev.text) && !!next && !gluedNext && /^\p{Ll}/u.test(next.text) && next.sentence === t.sentence;
}

/**
 * Token indices of the single marks that open and close quotations: a left mark, or a straight one starting a word
 * (not one before a number, "‘90s"), and the first right or straight mark after it in the paragraph that ends a word
 * and is no apostrophe. A left mark left open at the end of
 * its paragraph counts only when the next paragraph opens with one (a quotation running on).
 */
export function singleQuotationMarks(doc: Doc): Map<number, 'open' | 'close'> {
  const roles = new Map<number, 'open' | 'close'>();
  const toks = doc.tokens;
  const blockOf = (i: number): number => doc.sentences[toks[i]!.sentence]!.block;
  let open = -1;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const straight = t.text === "'";
    const opens = straight ? opensStraight(doc, i) : t.text === '‘';
    if (open >= 0 && blockOf(open) !== blockOf(i)) {
      // The quotation ran to the end of its paragraph: it runs on if this paragraph opens with a left mark.
      if (opens && (i === 0 || blockOf(i - 1) !== blockOf(i))) roles.set(open, 'open');
      open = -1;
    }
    if (opens) {
      const next = toks[i + 1];
      if (next && next.start === t.end && /^\p{N}/u.test(next.text)) continue;
      open = i;
    } else if ((t.text === '’' || (straight && toks[i - 1]?.end === t.start)) && open >= 0 && !isApostrophe(doc, i)) {
      roles.set(open, 'open');
      roles.set(i, 'close');
      open = -1;
    }
  }
  return roles;
}

/**
 * The document as the quote stage should read it when it quotes with single marks: the same document with the
 * paired marks turned into double ones (null when there is nothing to turn).
 */
export function singleQuoteView(doc: Doc): Doc | null {
  if ((!doc.body.includes('‘') && !doc.body.includes("'")) || DOUBLE_MARKS.test(doc.body)) return null;
  const roles = singleQuotationMarks(doc);
  if (roles.size === 0) return null;
  const chars = doc.body.split('');
  const tokens = doc.tokens.map((t, i) => {
    const role = roles.get(i);
    if (!role) return t;
    const mark = role === 'open' ? '“' : '”';
    chars[t.start] = mark;
    return { ...t, text: mark };
  });
  return { ...doc, body: chars.join(''), tokens };
}

/** Quotes found in a view, with their texts taken from the document itself. */
export function withOriginalText(doc: Doc, view: Doc, quotes: readonly Quote[]): Quote[] {
  const slice = (a: number, b: number): string => doc.body.slice(a, b);
  return quotes.map((q) => {
    const speaker = q.speaker;
    const spokenName = speaker && speaker.start != null && speaker.end != null && speaker.name === view.body.slice(speaker.start, speaker.end);
    return {
      ...q,
      text: slice(q.start, q.end),
      cue: q.cue ? { ...q.cue, text: slice(q.cue.start, q.cue.end) } : null,
      speaker: speaker && spokenName ? { ...speaker, name: slice(speaker.start!, speaker.end!) } : speaker,
    };
  });
}
