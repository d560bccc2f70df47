import { datelines } from '../dateline.ts';
import type { Doc, Sentence, Stage, Token } from '../types.ts';

/**
 * Tokens and sentences. Tokenisation follows the conventions of newswire corpora (CoNLL, PTB):
 * possessive "'s", "n't" and the clitics "'ll", "'re", "'ve", "'d", "'m" are split off, hyphenated words and
 * dotted abbreviations ("U.S.") stay whole, punctuation is one token per mark.
 */

/** Abbreviations whose final period does not end a sentence. Lower-cased, without the period. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'maj',
  'st', 'jr', 'sr', 'inc', 'corp', 'ltd', 'co', 'bros', 'vs', 'no', 'nos', 'vol', 'pp', 'fig', 'approx', 'est',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'ave', 'blvd', 'rd', 'mt', 'ft', 'ind', 'rev', 'hon', 'pres', 'supt', 'dept', 'univ', 'assn', 'gov', 'atty', 'del', 'amb', 'det', 'cpl', 'pvt', 'fr', 'msgr', 'reps', 'sens', 'gens', 'coun', 'const', 'insp', 'cllr', 'supt',
]);

// One alternation, tried left to right at each position (sticky).
const TOKEN_RE = new RegExp(
  [
    /https?:\/\/[^\s<>"”]+[^\s<>"”.,;:!?)\]]/.source, // URL
    /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.source, // e-mail
    /[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|gov|edu|io|info|co\.uk|org\.uk|gov\.uk|ac\.uk)(?![\p{L}\p{N}])/u.source, // domain name
    /[DRI]-(?:[A-Z]\.){2}(?!\p{L})|[DRI]-[A-Z][a-z]{1,4}\.(?!\p{L})/u.source, // party and state: D-N.Y., R-Ky., I-Vt.
    /(?:\p{L}\.){2,}(?!\p{L})/u.source, // dotted abbreviation: U.S., U.N., p.m.
    /\d+(?:[.,:/]\d+)+(?!\d)/.source, // number with parts: 60,000, 3.5, 10:30, 1/2
    /\d+(?:st|nd|rd|th|s)?(?![\p{L}\d-])/u.source, // integer, ordinal, 1990s
    /[\p{L}\p{M}\p{N}]+(?:[-'’&][\p{L}\p{M}\p{N}]+)*\.?/u.source, // word (maybe with abbreviation period)
    /\.{2,}|…|--+|[—–]|''|``/.source, // multi-character punctuation
    /\S/.source, // any other mark
  ].map((s) => `(?:${s})`).join('|'),
  'uy',
);

const WS_RE = /\s+/y;

export interface RawToken {
  start: number;
  end: number;
}

/** Splits `text` between `from` and `to` into token spans. */
export function tokenize(text: string, from = 0, to = text.length): RawToken[] {
  const out: RawToken[] = [];
  let i = from;
  while (i < to) {
    WS_RE.lastIndex = i;
    if (WS_RE.exec(text)) {
      i = WS_RE.lastIndex;
      if (i >= to) break;
    }
    TOKEN_RE.lastIndex = i;
    const m = TOKEN_RE.exec(text);
    if (!m) {
      i++;
      continue;
    }
    let end = Math.min(i + m[0].length, to);
    let word = text.slice(i, end);
    // A trailing period belongs to the word only for known abbreviations and single capitals ("J. Smith")
    // (also after a digit, "230-to-198." and "COVID-19." ending sentences, but not inside "top10.com").
    const afterDigit = /\p{N}\.$/u.test(word) && !/\p{L}/u.test(text[end] ?? '');
    if (word.length > 1 && word.endsWith('.') && (/\p{L}\.$/u.test(word) || afterDigit) && !/^(?:\p{L}\.){2,}$/u.test(word) && !/^[DRI]-/.test(word)) {
      const stem = word.slice(0, -1);
      // ("No." and "Nos." only before a number: "she said no." ends a sentence.)
      const numberSign = /^nos?$/i.test(stem) && !/^\s*\d/.test(text.slice(end, end + 3));
      // ("X." after "on" is the network that was Twitter, ending the sentence: "one wrote on X. Fellow musician …")
      const network = stem === 'X' && /\b(?:on|to|via)\s+$/.test(text.slice(Math.max(0, i - 5), i));
      if (!((ABBREVIATIONS.has(stem.toLowerCase()) && !numberSign) || (/^\p{Lu}$/u.test(stem) && !network))) {
        end--;
        word = stem;
      }
    }
    // Split clitics: possessive 's / ’s, n't, and 'll 're 've 'd 'm ("we'll" → "we" "'ll").
    const clitic = /(?:['’](?:[sSdDmM]|ll|LL|re|RE|ve|VE)|[nN]['’][tT])$/.exec(word);
    if (clitic && clitic.index > 0 && word.length > clitic[0].length) {
      out.push({ start: i, end: end - clitic[0].length });
      out.push({ start: end - clitic[0].length, end });
    } else {
      out.push({ start: i, end });
    }
    i = end;
  }
  return out;
}

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
const ENDERS = new Set(['.', '!', '?', '…', '...']);

/**
 * Whether a straight quotation mark opens a quotation: space (or the text's start) before it, a word
 * right after it (`… searching. "We will …`), where a closing one follows its last word (`… it." We`).
 */
function opensQuotation(text: string, t: RawToken): boolean {
  const mark = text.slice(t.start, t.end);
  if (mark !== '"' && mark !== "'") return false;
  return (t.start === 0 || /\s/.test(text[t.start - 1]!)) && t.end < text.length && !/\s/.test(text[t.end]!);
}

function endsSentence(text: string, toks: RawToken[], k: number): boolean {
  const t = toks[k]!;
  const word = text.slice(t.start, t.end);
  const next = toks[k + 1];
  if (!next) return true;
  // A line break inside a block separates sentences (captions, list items).
  if (text.slice(t.end, next.start).includes('\n')) return true;
  if (!ENDERS.has(word)) {
    if (!(CLOSERS.has(word) && !opensQuotation(text, t) && k > 0 && ENDERS.has(text.slice(toks[k - 1]!.start, toks[k - 1]!.end)))) return false;
  }
  const nextWord = text.slice(next.start, next.end);
  // The closer ends it instead (but a straight mark that opens the next quotation is no closer).
  if (CLOSERS.has(nextWord) && nextWord !== "'" && nextWord !== '’' && !opensQuotation(text, next)) return false;
  if (next.start === t.end && !/^["“‘(]/.test(nextWord)) return false; // no space: "3.5", "?!"
  return /^[\p{Lu}\p{N}"“‘'([]/u.test(nextWord);
}

export function splitSentences(doc: Doc): void {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const text = doc.body;
  // A dateline is no sentence of its own: the period of a state's abbreviation in it ends none
  // ("McALLEN, Texas (AP) —", "SALEM, Ore. (AP) — Officials said …").
  const filed = datelines(doc);
  const inDateline = (t: RawToken): boolean => filed.some(([x, y]) => t.start >= x && t.end < y);
  doc.blocks.forEach((block, b) => {
    const raw = tokenize(text, block.start, block.end);
    let first = 0;
    for (let k = 0; k < raw.length; k++) {
      if (!endsSentence(text, raw, k) || (k + 1 < raw.length && inDateline(raw[k]!))) continue;
      const s = sentences.length;
      const tokenStart = tokens.length;
      for (let j = first; j <= k; j++) {
        const r = raw[j]!;
        tokens.push({ start: r.start, end: r.end, text: text.slice(r.start, r.end), sentence: s });
      }
      sentences.push({ start: raw[first]!.start, end: raw[k]!.end, tokenStart, tokenEnd: tokens.length, block: b });
      first = k + 1;
    }
  });
  doc.tokens = tokens;
  doc.sentences = sentences;
}

export const tokensStage: Stage = { name: 'tokens', run: splitSentences };
