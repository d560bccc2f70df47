/**
 * The time-expression engine: runs the pattern rules over a text, keeps the longest non-overlapping
 * matches, then reads each one in document order against the reference date. Pure: the reference date
 * is a parameter, nothing reads the clock.
 */
import type { Span, TimeExpression } from '../types.ts';
import { parseYMD, type YMD } from './calendar.ts';
import { parseValue } from './resolve.ts';
import { RULES } from './rules.ts';
import { tenseAt, type Tense } from './tense.ts';
import type { Context, Rule } from './types.ts';

interface Candidate {
  start: number;
  end: number;
  rule: Rule;
  order: number;
  m: RegExpExecArray;
}

const ALNUM = /[A-Za-z0-9]/;

/** Sentence spans when the caller has none: split after . ! ? followed by space and a capital, and at line breaks. */
export function roughSentences(text: string): Span[] {
  const out: Span[] = [];
  const re = /[.!?]["'”’)]*\s+(?=["'“‘(]*[A-Z0-9])|\n+/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + (m[0][0] === '\n' ? 0 : 1);
    if (end > start) out.push({ start, end });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

function candidates(text: string): Candidate[] {
  const lower = text.toLowerCase();
  const out: Candidate[] = [];
  RULES.forEach((rule, order) => {
    if (rule.needs && !rule.needs.test(lower)) return;
    const re = rule.re;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (rule.accept && !rule.accept(m, text)) continue;
      let start = m.index;
      let end = m.index + m[0].length;
      if (rule.trim) {
        const [a, b] = rule.trim(m);
        start = m.index + a;
        end = m.index + b;
      }
      while (start < end && /\s/.test(text[start]!)) start++;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      if (end <= start) continue;
      // Not a part of a hyphenated word ("pre-2006", "2006-born").
      if (start > 1 && text[start - 1] === '-' && ALNUM.test(text[start - 2]!)) continue;
      if (text[end] === '-' && ALNUM.test(text[end + 1] ?? '')) continue;
      out.push({ start, end, rule, order, m });
    }
  });
  return out;
}

/** Longest first (then rule order), without overlaps; returned in text order. */
function select(cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order || a.start - b.start);
  const taken: Candidate[] = [];
  for (const c of sorted) {
    if (taken.some((t) => c.start < t.end && t.start < c.end)) continue;
    taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start);
}

export interface FindOptions {
  /** Sentence spans of the text (from the tokens stage); computed roughly when absent. */
  sentences?: readonly Span[];
  /** Adds the name of the rule that found each expression (`rule`), for error analysis. */
  debug?: boolean;
}

/**
 * Finds and normalizes the time expressions of `text`. `published` (YYYY-MM-DD or null) anchors relative
 * expressions; without it they are anchored to the latest full date mentioned before them, or left
 * underspecified ("XXXX-XX-XX", "XXXX-WXX-2", "XXXX-10").
 */
export function findTimeExpressions(text: string, published: string | null, options: FindOptions = {}): TimeExpression[] {
  const ref: YMD | null = parseYMD(published);
  const sentences = options.sentences && options.sentences.length ? options.sentences : roughSentences(text);
  const chosen = select(candidates(text));
  const resolved: { start: number; end: number; value: string; sentence: number; aside: boolean }[] = [];
  const out: (TimeExpression | null)[] = new Array(chosen.length).fill(null);

  const sentenceOf = (pos: number): number => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid]!.start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  const readOne = (c: Candidate, i: number): void => {
    const sIdx = sentences.length ? sentenceOf(c.start) : -1;
    const sent = sIdx >= 0 ? sentences[sIdx]! : { start: 0, end: text.length };
    let tense: Tense | undefined;
    const cx: Context = {
      text,
      start: c.start,
      end: c.end,
      published: ref,
      anchor: () => {
        if (ref) return ref;
        for (let k = resolved.length - 1; k >= 0; k--) {
          const r = resolved[k]!;
          if (r.start < c.start && !r.aside && /^\d{4}-\d{2}-\d{2}/.test(r.value)) return parseValue(r.value)!.ymd;
        }
        return null;
      },
      tense: () => (tense === undefined ? (tense = tenseAt(text, Math.min(sent.start, c.start), Math.max(sent.end, c.end), c.start, c.end)) : tense),
      previous: (test, maxDistance = Infinity) => {
        if (maxDistance === 0) {
          // Same sentence, nearest on either side.
          let best: { d: number; v: string } | null = null;
          for (const r of resolved) {
            if (r.sentence !== sIdx || r.aside || !test(r.value)) continue;
            const d = r.start < c.start ? c.start - r.end : r.start - c.end;
            if (!best || d < best.d) best = { d, v: r.value };
          }
          return best ? best.v : null;
        }
        let found: { start: number; value: string } | null = null;
        for (const r of resolved) {
          if (r.start >= c.start || r.aside || c.start - r.end > maxDistance || !test(r.value)) continue;
          if (!found || r.start > found.start) found = r;
        }
        return found ? found.value : null;
      },
    };
    const reading = c.rule.read(c.m, cx);
    if (!reading) return;
    out[i] = { start: c.start, end: c.end, text: text.slice(c.start, c.end), type: reading.type, value: reading.value };
    if (options.debug) Object.assign(out[i]!, { rule: c.rule.name });
    resolved.push({ start: c.start, end: c.end, value: reading.value, sentence: sIdx, aside: !!reading.aside });
  };

  chosen.forEach((c, i) => {
    if (!c.rule.late) readOne(c, i);
  });
  resolved.sort((a, b) => a.start - b.start);
  chosen.forEach((c, i) => {
    if (c.rule.late) readOne(c, i);
  });
  return out.filter((x): x is TimeExpression => x !== null);
}
