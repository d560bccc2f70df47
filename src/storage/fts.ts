import { QueryError } from './errors.ts';

/**
 * Turns what a user typed into a safe FTS5 query, so a search can never be an SQL or FTS syntax error.
 * Understood: words (all must match), "exact phrases", OR between two terms, -word or -"phrase" to exclude,
 * and word* for a prefix. Everything else is taken as words: punctuation separates words (as the index
 * tokenizer does), so "U.S." is the phrase "u s", and FTS5 operators such as NEAR, AND or ^ lose their meaning.
 */
interface Term {
  text: string;
  prefix: boolean;
  negated: boolean;
  or: boolean;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

function quote(words: string[], prefix: boolean): string {
  return `"${words.join(' ').replace(/"/g, '""')}"${prefix ? '*' : ''}`;
}

export function toFtsQuery(input: string): string {
  const terms: Term[] = [];
  let pendingOr = false;
  const re = /(-?)"([^"]*)"?|(\S+)/g;
  for (let m = re.exec(input); m; m = re.exec(input)) {
    let negated = m[1] === '-';
    let raw: string;
    let prefix = false;
    if (m[2] !== undefined) raw = m[2];
    else {
      raw = m[3]!;
      if (raw === 'OR') {
        pendingOr = terms.length > 0;
        continue;
      }
      if (raw.startsWith('-') && raw.length > 1) {
        negated = true;
        raw = raw.slice(1);
      }
      prefix = raw.endsWith('*');
    }
    const words = raw.match(WORD);
    if (!words) continue;
    terms.push({ text: quote(words, prefix), prefix, negated, or: pendingOr && !negated });
    pendingOr = false;
  }
  // Clauses of OR-ed terms, AND-ed together; excluded terms are subtracted from the whole.
  const clauses: string[][] = [];
  const excluded: string[] = [];
  for (const t of terms) {
    if (t.negated) excluded.push(t.text);
    else if (t.or && clauses.length) clauses[clauses.length - 1]!.push(t.text);
    else clauses.push([t.text]);
  }
  if (!clauses.length) {
    throw new QueryError('invalid_query', excluded.length
      ? 'A search needs at least one word to look for besides the excluded ones.'
      : 'The search has no words to look for.');
  }
  let q = clauses.map((c) => (c.length > 1 ? `(${c.join(' OR ')})` : c[0]!)).join(' AND ');
  if (excluded.length) q = `(${q}) NOT (${excluded.join(' OR ')})`;
  return q;
}
