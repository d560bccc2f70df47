import type { Doc } from '../../types.ts';

/**
 * Quotations marked by double quotation marks (“…”, "…", «…»), found over the whole body. A quotation
 * left open at the end of a paragraph continues when the next paragraph opens with a quotation mark
 * (the newswire convention for quotes running over several paragraphs).
 */

export interface Quotation {
  /** Token index of the opening mark and of the closing mark (inclusive); close is -1 when unclosed. */
  open: number;
  close: number;
  /** Token index of the last token of the quotation (the closing mark, or the last token before the paragraph end). */
  last: number;
  /** Blocks the quotation covers. */
  firstBlock: number;
  lastBlock: number;
}

const OPENERS = new Set(['“', '«', '„', '``']);
const CLOSERS = new Set(['”', '»', "''"]);

export function isQuoteMark(text: string): boolean {
  return text === '"' || OPENERS.has(text) || CLOSERS.has(text);
}

/** Opening or closing role of each double quotation mark token, by the mark's shape and its spacing. */
export function quoteMarkRoles(doc: Doc): Map<number, 'open' | 'close'> {
  const roles = new Map<number, 'open' | 'close'>();
  const toks = doc.tokens;
  let open = false;
  let block = -1;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const b = doc.sentences[t.sentence]!.block;
    if (b !== block) {
      block = b;
      open = false;
    }
    if (!isQuoteMark(t.text)) continue;
    let role: 'open' | 'close';
    if (OPENERS.has(t.text)) role = 'open';
    else if (CLOSERS.has(t.text)) role = 'close';
    else {
      const prev = toks[i - 1];
      const next = toks[i + 1];
      const gluedPrev = !!prev && prev.end === t.start && doc.sentences[prev.sentence]!.block === b;
      const gluedNext = !!next && next.start === t.end && doc.sentences[next.sentence]!.block === b;
      role = open ? 'close' : gluedPrev && !gluedNext ? 'close' : 'open';
    }
    roles.set(i, role);
    open = role === 'open';
  }
  return roles;
}

export function findQuotations(doc: Doc): Quotation[] {
  const roles = quoteMarkRoles(doc);
  const toks = doc.tokens;
  const blockOf = (i: number): number => doc.sentences[toks[i]!.sentence]!.block;
  const lastTokenOfBlock = new Map<number, number>();
  toks.forEach((t, i) => lastTokenOfBlock.set(doc.sentences[t.sentence]!.block, i));
  const firstTokenOfBlock = new Map<number, number>();
  for (let i = toks.length - 1; i >= 0; i--) firstTokenOfBlock.set(blockOf(i), i);
  const out: Quotation[] = [];
  const marks = [...roles.entries()].sort((a, b) => a[0] - b[0]);
  let cur: Quotation | null = null;
  for (let m = 0; m < marks.length; m++) {
    const [i, role] = marks[m]!;
    const b = blockOf(i);
    if (cur && b !== cur.lastBlock) {
      // The open quotation reached the end of its paragraph: it continues only if this paragraph opens with a mark.
      const continues = role === 'open' && firstTokenOfBlock.get(b) === i && b === cur.lastBlock + 1;
      if (continues) {
        cur.lastBlock = b;
        cur.last = lastTokenOfBlock.get(b)!;
        continue;
      }
      out.push(cur);
      cur = null;
    }
    if (role === 'open') {
      if (cur) out.push(cur); // a second opening mark: the first quotation was never closed
      cur = { open: i, close: -1, last: lastTokenOfBlock.get(b)!, firstBlock: b, lastBlock: b };
    } else if (cur) {
      cur.close = i;
      cur.last = i;
      out.push(cur);
      cur = null;
    }
  }
  if (cur) out.push(cur);
  return out;
}
