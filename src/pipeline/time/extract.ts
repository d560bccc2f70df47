/**
 * The time-expression engine: runs the pattern rules over a text, keeps the longest non-overlapping
 * matches, then reads each one in document order against the reference date. Pure: the reference date
 * is a parameter, nothing reads the clock.
 */
import type { Span, TimeExpression } from '../types.ts';
import { addDays, fmtDate, parseYMD, weekday, type YMD } from './calendar.ts';
import { daysBetween, parseValue } from './resolve.ts';
import { RULES } from './rules.ts';
import { tenseAt, type Tense } from './tense.ts';
import type { Context, Cue, Rule } from './types.ts';

/** One scan of a sentence finds which classes of cue words it holds; rules needing none of them are skipped. */
const CUES: readonly [Cue, string][] = [
  ['month', 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec'],
  ['weekday', 'mon|tue|wed|thu|fri|sat|sun'],
  ['unit', 'sec|min|hour|hr|day|night|week|fortnight|month|quarter|period|year|yr|decade|centur|millenni'],
  ['deictic', "today|tonight|tomorrow|yesterday|morning|afternoon|evening|night|overnight|noon|midnight|midday|o'clock|o’clock"],
  ['vague', 'now|current|present|recent|lately|past|future|soon|term|run|these days|nowadays|someday|later'],
  ['frequency', 'hourly|daily|nightly|weekly|biweekly|fortnightly|monthly|bimonthly|quarterly|yearly|annual|biannually|semi'],
  ['holiday', 'christmas|new year|boxing|valentine|halloween|easter|good friday|thanksgiving|independence|fourth of july|july fourth|labor day|labour day|memorial|king day|king jr|mlk|presidents|washington|veterans|remembrance|armistice|election day|mother|father|patrick|saint patrick|women|may day|bastille|canada day|australia day|anzac'],
  ['season', 'spring|summer|autumn|fall|winter'],
  ['spelled', 'nineteen|eighteen|two thousand|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties'],
  ['fiscal', 'fiscal|fy'],
  ['period', 'q1|q2|q3|q4|h1|h2|half'],
];
const CUE_BIT = new Map<Cue, number>(CUES.map(([c], i) => [c, 1 << i]));
const DIGIT_BIT = 1 << CUES.length;
CUE_BIT.set('digit', DIGIT_BIT);
/** Every cue prefix, longest first, with the classes of all the cues it starts with ("weekly": unit and frequency). */
const CUE_WORDS = [...new Set(CUES.flatMap(([, w]) => w.split('|')))].sort((a, b) => b.length - a.length);
const CUE_WORD_MASK = new Map<string, number>(
  CUE_WORDS.map((w) => [w, CUES.reduce((m, [c, list]) => (list.split('|').some((x) => w.startsWith(x)) ? m | CUE_BIT.get(c)! : m), 0)]),
);
const CUE_RE = new RegExp(`\\b(?:${CUE_WORDS.join('|')})|\\d`, 'g');

function cueMask(lowerChunk: string): number {
  let mask = 0;
  CUE_RE.lastIndex = 0;
  for (let m = CUE_RE.exec(lowerChunk); m; m = CUE_RE.exec(lowerChunk)) mask |= CUE_WORD_MASK.get(m[0]) ?? DIGIT_BIT;
  return mask;
}

const RULE_MASKS: readonly number[] = RULES.map((r) => (r.cues ? r.cues.reduce((m, c) => m | CUE_BIT.get(c)!, 0) : -1));

interface Candidate {
  start: number;
  end: number;
  rule: Rule;
  order: number;
  m: RegExpExecArray;
}

const ALNUM = /[A-Za-z0-9]/;
/** Rules whose dates are written out in full: without a publication date they can anchor the rest. */
const ABSOLUTE_RULES = new Set(['date-mdy', 'date-dmy', 'iso', 'numeric-date']);
/** A full date this close to the start of the text is taken for a dateline. */
const DATELINE_REACH = 300;
/** How far from an expression the tense of its clause is looked for. */
const TENSE_REACH = 240;

/** Sentence spans when the caller has none: split after . ! ? followed by space and a capital, and at line breaks. */
export function roughSentences(text: string): Span[] {
  const out: Span[] = [];
  const re = /[.!?]["'”’)]*\s+(?=["'“‘(]*[A-Z])|\n+/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // "Oct. 7", "Mr. Smith", "U.S. Army": a short abbreviation does not end a sentence.
    if (m[0][0] === '.' && /(?:^|[\s(])(?:[A-Z][a-z]{0,3}|[A-Za-z](?:\.[A-Za-z])+)$/.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    const end = m.index + (m[0][0] === '\n' ? 0 : 1);
    if (end > start) out.push({ start, end });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/**
 * Runs every rule over each chunk (sentence) whose lower-cased text passes the rule's cheap `needs` test:
 * most sentences hold no cue of most rules, so most of the text is never scanned by most rules.
 */
function candidates(text: string, chunks: readonly Span[]): Candidate[] {
  const lower = text.toLowerCase();
  const out: Candidate[] = [];
  for (const chunk of chunks) {
    const lowerChunk = lower.slice(chunk.start, chunk.end);
    const mask = cueMask(lowerChunk);
    if (mask === 0) continue;
    let chunkText: string | null = null;
    RULES.forEach((rule, order) => {
      if ((RULE_MASKS[order]! & mask) === 0) return;
      if (rule.needs && !rule.needs.test(lowerChunk)) return;
      chunkText ??= text.slice(chunk.start, chunk.end);
      const re = rule.re;
      re.lastIndex = 0;
      for (let m = re.exec(chunkText); m; m = re.exec(chunkText)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        m.index += chunk.start;
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
        // Not a part of a hyphenated word ("pre-2006", "2006-born"), unless one end of a range ("2009-2011").
        if (start > 1 && text[start - 1] === '-' && ALNUM.test(text[start - 2]!) && !(rule.rangeEnd && /\d/.test(text[start - 2]!))) continue;
        if (text[end] === '-' && ALNUM.test(text[end + 1] ?? '') && !(rule.rangeEnd && /\d/.test(text[end + 1]!))) continue;
        out.push({ start, end, rule, order, m });
      }
    });
  }
  return out;
}

/**
 * A date that opens the text as a dateline: "WASHINGTON, March 12 (Xinhua) --", "Friday, January 4, 2019" on a
 * line of its own.
 */
function isDateline(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start);
  if (!/^\s*(?:[A-Z][A-Z.'’ -]+(?:,\s*[A-Z][A-Za-z.'’ ]+)?,\s*)?$/.test(before)) return false;
  return /^[ \t]*(?:\([^)\n]{1,40}\)[ \t]*)?(?:--|—|–|_|:|\n)/.test(text.slice(end, end + 50));
}

/**
 * The time of a report rather than of the events reported: "police said Tuesday", "officials told reporters on
 * Monday", "Tuesday's statement said". Such dates are not the narrative's reference time for "the next day"
 * or "that day", which look back to the events.
 */
const REPORT_VERB = 'said|says|told|tells|announced|announces|reported|reports|confirmed|stated|added|wrote|tweeted|posted|noted|warned|insisted|claimed|denied|acknowledged|explained|disclosed|revealed|testified|argued|alleged';
const REPORT_BEFORE = new RegExp(`\\b(?:${REPORT_VERB})(?:\\s+(?:reporters|journalists|lawmakers|parliament|the\\s+\\w+|a\\s+\\w+(?:\\s+\\w+)?|\\w+))?\\s+(?:on\\s+|late\\s+|early\\s+)?$`, 'i');
const REPORT_AFTER = new RegExp(`^(?:['’]s\\s+(?:statement|announcement|report|remarks|briefing|press\\s+conference)|,?\\s+(?:${REPORT_VERB})\\b)`, 'i');

function isReportTime(text: string, start: number, end: number): boolean {
  return REPORT_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || REPORT_AFTER.test(text.slice(end, end + 30));
}

/**
 * The start of a state that lasts until now ("has burnt 14,000 hectares since it was sparked by lightning on Sunday
 * night", "missing since Sunday"): background to the story, not the time it has reached; like a report's time, such a
 * day is the reference of "that night" or a clock time without a day only when no time of the events comes before.
 */
const SINCE_BEFORE = /\bsince\b[^.;:!?,()“”"—–]*$/i;

function aloneOnLine(text: string, start: number, end: number): boolean {
  const ls = text.lastIndexOf('\n', start - 1) + 1;
  let le = text.indexOf('\n', end);
  if (le < 0) le = text.length;
  return /^[\s,.]*$/.test(text.slice(ls, start)) && /^[\s,.]*$/.test(text.slice(end, le));
}

/** Longest first (then rule order), without overlaps; returned in text order. */
function select(cands: Candidate[], length: number): Candidate[] {
  const sorted = [...cands].sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order || a.start - b.start);
  const used = new Uint8Array(length);
  const taken: Candidate[] = [];
  for (const c of sorted) {
    let free = true;
    for (let k = c.start; k < c.end; k++) {
      if (used[k]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    used.fill(1, c.start, c.end);
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
  const published_ = parseYMD(published);
  // The story's own date: the publication date, unless a wire dateline a few days earlier says otherwise.
  let ref: YMD | null = published_;
  const sentences = options.sentences && options.sentences.length ? options.sentences : roughSentences(text);
  const chosen = select(candidates(text, sentences), text.length);
  const resolved: { start: number; end: number; value: string; sentence: number; aside: boolean; absolute: boolean; report: boolean; since: boolean }[] = [];
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
        // No publication date: a dateline (a full date in the first lines) stands for it; else the latest full date.
        const written = resolved.filter((r) => r.start < c.start && r.absolute);
        const dateline = written.find((r) => r.start < DATELINE_REACH);
        const pick = dateline ?? written.at(-1);
        return pick ? parseValue(pick.value)!.ymd : null;
      },
      // The clause around the expression: its sentence, at most a few hundred characters either side.
      tense: () =>
        tense === undefined
          ? (tense = tenseAt(text, Math.max(Math.min(sent.start, c.start), c.start - TENSE_REACH), Math.min(Math.max(sent.end, c.end), c.end + TENSE_REACH), c.start, c.end))
          : tense,
      previous: (test, maxDistance = Infinity, events = false, before) => {
        if (maxDistance === 0) {
          // Same sentence, nearest on either side (after the expression, only up to `before`).
          let best: { d: number; v: string } | null = null;
          for (const r of resolved) {
            if (r.sentence !== sIdx || r.aside || !test(r.value) || (before !== undefined && r.start > c.start && r.end > before)) continue;
            const d = r.start < c.start ? c.start - r.end : r.start - c.end;
            if (!best || d < best.d) best = { d, v: r.value };
          }
          return best ? best.v : null;
        }
        // The latest event time; the time of a report only when no event time precedes.
        let found: { start: number; value: string } | null = null;
        let report: { start: number; value: string } | null = null;
        for (const r of resolved) {
          if (r.start >= c.start || r.end > (before ?? c.start) || r.aside || c.start - r.end > maxDistance || !test(r.value)) continue;
          if ((r.report || r.since) && events) {
            if (!report || r.start > report.start) report = r;
          } else if (!found || r.start > found.start) found = r;
        }
        const pick = found ?? report;
        return pick ? pick.value : null;
      },
    };
    const reading = c.rule.read(c.m, cx);
    if (!reading) return;
    if (i === 0 && published_ && isDateline(text, c.start, c.end)) {
      const d = parseYMD(reading.value);
      const back = d && /^\d{4}-\d{2}-\d{2}$/.test(reading.value) ? daysBetween(published_, d) : -1;
      if (d && back > 0 && back <= 3) ref = d;
    }
    out[i] = { start: c.start, end: c.end, text: text.slice(c.start, c.end), type: reading.type, value: reading.value };
    if (options.debug) Object.assign(out[i]!, { rule: c.rule.name });
    resolved.push({
      start: c.start,
      end: c.end,
      value: reading.value,
      sentence: sIdx,
      aside: !!reading.aside,
      absolute: ABSOLUTE_RULES.has(c.rule.name) && /^\d{4}-\d{2}-\d{2}/.test(reading.value),
      // Reports are dated to the day ("said Tuesday"); "reported third-quarter profit" names the period reported on.
      // A date on a line of its own or opening the text (a dateline) dates the report too.
      report: /^\d{4}-\d{2}-\d{2}$/.test(reading.value) && (isReportTime(text, c.start, c.end) || aloneOnLine(text, c.start, c.end) || (i === 0 && isDateline(text, c.start, c.end))),
      since: /^\d{4}-\d{2}-\d{2}/.test(reading.value) && SINCE_BEFORE.test(text.slice(Math.max(sent.start, c.start - 80), c.start)),
    });
  };

  // Late rules borrow their day from the others, unless they name it ("9 p.m. on March 12", which "the next morning"
  // after it goes by).
  const late = (c: Candidate): boolean => !!c.rule.late && !c.m.groups?.dw && !c.m.groups?.dmon;
  chosen.forEach((c, i) => {
    if (!late(c)) readOne(c, i);
  });
  resolved.sort((a, b) => a.start - b.start);
  chosen.forEach((c, i) => {
    if (late(c)) readOne(c, i);
  });
  orderRanges(text, out);
  coordinated(text, out);
  if (ref) pastPerfectMonths(text, ref, chosen, out, sentences.length ? (p) => sentences[sentenceOf(p)]!.start : () => 0);
  return out.filter((x): x is TimeExpression => x !== null);
}

/** "had been serviced in June", "had been going off … since August": a past perfect up to the month, no later verb. */
const PAST_PERFECT_BEFORE = /\bhad(?:n['’]t)?\s+(?!to\b)[^.;!?]{0,120}$/i;
const FINITE_AFTER_HAD = /\b(?:is|are|am|will|would|has|have|says|said|told|was|were)\b/i;

/**
 * A month named without a year in the past perfect lies before a moment in the past; when the story tells of a day in
 * an earlier year than the reference ("sank on the night of Oct. 17 last year"), that day is the moment, and the month
 * is the one before it ("testified that the alarm had been going off since August" is last year's August, not this
 * year's). Only a day 30 to 550 days before the reference counts, the one nearest the month in the text.
 */
function pastPerfectMonths(text: string, ref: YMD, chosen: readonly Candidate[], out: (TimeExpression | null)[], sentenceStart: (pos: number) => number): void {
  const story: { start: number; ymd: YMD }[] = [];
  out.forEach((x) => {
    const d = x && /^\d{4}-\d{2}-\d{2}$/.test(x.value) ? parseYMD(x.value) : null;
    if (x && d && d.y < ref.y && daysBetween(ref, d) >= 30 && daysBetween(ref, d) <= 550 && !isReportTime(text, x.start, x.end)) story.push({ start: x.start, ymd: d });
  });
  if (story.length === 0) return;
  out.forEach((x, i) => {
    if (!x || chosen[i]!.rule.name !== 'month' || !/^\d{4}-\d{2}$/.test(x.value) || +x.value.slice(0, 4) !== ref.y) return;
    // ("January of this year", "May that year" name their year.)
    if (/^(?:last|next|this|past|coming)\b/i.test(x.text) || /^,?\s+(?:of\s+)?(?:this|last|next|that|the\s+same)\s+year\b/i.test(text.slice(x.end, x.end + 24))) return;
    const before = text.slice(Math.max(sentenceStart(x.start), x.start - 160), x.start);
    const had = PAST_PERFECT_BEFORE.exec(before);
    if (!had || FINITE_AFTER_HAD.test(had[0].slice(3))) return;
    const d = story.reduce((a, b) => (Math.abs(b.start - x.start) < Math.abs(a.start - x.start) ? b : a)).ymd;
    const mo = +x.value.slice(5, 7);
    x.value = `${String(mo <= d.m ? d.y : d.y - 1).padStart(4, '0')}-${x.value.slice(5, 7)}`;
  });
}

/** "from June to September", "between December and March 2025", "Monday-Friday": the two ends of a range. */
const RANGE_BETWEEN = /^\s*(?:-|–|—|to|through|until|till|and)\s*$/i;
const RANGE_OPENER = /\b(?:from|between)\s+$/i;
const MONTH_OR_DAY = /^(\d{4})-(\d{2})(-\d{2})?$/;
const DEICTIC = /\b(?:last|this|next|past|coming|previous|current|today|yesterday|tomorrow|ago)\b/i;
const WEEKDAY_NAME = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b/i;

/**
 * The end of a range comes after its start: a month or day named without a year takes the year that puts it
 * after the other end ("from November to February" spans the new year), or before an end whose year is written.
 */
function orderRanges(text: string, out: (TimeExpression | null)[]): void {
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i];
    const b = out[i + 1];
    if (!a || !b || a.type !== 'date' || b.type !== 'date') continue;
    const gap = text.slice(a.end, b.start);
    if (!RANGE_BETWEEN.test(gap)) continue;
    if (!RANGE_OPENER.test(text.slice(Math.max(0, a.start - 10), a.start)) && !/^\s*(?:-|–|—|through)\s*$/i.test(gap)) continue;
    // ("between January 2021 and last month": an end named from the reference date keeps its own year.)
    if (DEICTIC.test(a.text) || DEICTIC.test(b.text)) continue;
    const ma = MONTH_OR_DAY.exec(a.value);
    const mb = MONTH_OR_DAY.exec(b.value);
    if (!ma || !mb || !!ma[3] !== !!mb[3]) continue;
    if (WEEKDAY_NAME.test(a.text) || WEEKDAY_NAME.test(b.text)) {
      // "Wednesday through Friday": the first such weekday after the start.
      const da = parseYMD(a.value);
      const db = parseYMD(b.value);
      if (da && db && WEEKDAY_NAME.test(a.text) && WEEKDAY_NAME.test(b.text) && b.value < a.value && !/\d/.test(b.text)) {
        b.value = fmtDate(addDays(da, (weekday(db) - weekday(da) + 7) % 7));
      }
      continue;
    }
    const aYear = /\b\d{4}\b/.test(a.text);
    const bYear = /\b\d{4}\b/.test(b.text);
    const md = (m: RegExpExecArray): string => `${m[2]}${m[3] ?? ''}`;
    if (!bYear && (aYear || b.value < a.value)) {
      b.value = `${+ma[1]! + (md(mb) < md(ma) ? 1 : 0)}-${b.value.slice(5)}`;
    } else if (bYear && !aYear) {
      a.value = `${+mb[1]! - (md(ma) > md(mb) ? 1 : 0)}-${a.value.slice(5)}`;
    }
  }
}

/**
 * What joins the members of a list: "and", "or", a comma, "and in" ("in July and in August"); not a comma before "and in"
 * or "and on", which more often joins two clauses ("Sales fell in March, and in April prices will rise").
 */
const LIST_JOIN = /^\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or|&)\s+(?:(?:on|in)\s+)?)$/i;
const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?/i;

/** The kind of a date that a list may share an anchor over: a bare weekday, a month, a month with its day. */
function listKind(x: TimeExpression): 'weekday' | 'month' | 'day' | null {
  if (x.type !== 'date') return null;
  if (/^\d{4}-\d{2}$/.test(x.value) && MONTH_NAME.test(x.text)) return 'month';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(x.value)) return null;
  if (WEEKDAY_NAME.test(x.text) && !MONTH_NAME.test(x.text)) return 'weekday';
  if (MONTH_NAME.test(x.text) && /\d/.test(x.text)) return 'day';
  return null;
}

/**
 * Members of a list of months or days share their anchor: each one after the first is read from the one before it,
 * not from the reference date on its own, so that the tense window does not split the list ("bookings for July and
 * August were down", told in June, are this year's July and August; "will play on Friday and Saturday", told on a
 * Saturday, is the Saturday after that Friday). A month comes in the year of the one before it, or the next year when it
 * comes more than half a year earlier in the calendar ("December and January"); a weekday read more than three days
 * before the one before it, or a week after it, is the first such day after it. A member with a year of its own ("July and August 2025") gives it to those before it instead; one
 * named from the reference date ("Monday and next Friday") keeps its own reading.
 */
function coordinated(text: string, out: (TimeExpression | null)[]): void {
  const items = out.filter((x): x is TimeExpression => x !== null);
  let i = 0;
  while (i < items.length) {
    const kind = listKind(items[i]!);
    let j = i;
    while (j + 1 < items.length && kind !== null && listKind(items[j + 1]!) === kind && LIST_JOIN.test(text.slice(items[j]!.end, items[j + 1]!.start))) j++;
    // A list ends with "and" or "or": members joined by commas alone after the last of them are not in it.
    while (j > i && !/\b(?:and|or)\b|&/i.test(text.slice(items[j - 1]!.end, items[j]!.start))) j--;
    if (j > i) shareAnchor(items.slice(i, j + 1), kind!);
    i = j + 1;
  }
}

const OWN_YEAR = /\b\d{4}\b|['’]\d\d\b/;

/** Reads each member of a list after the first from the one before it (see `coordinated`). */
function shareAnchor(list: TimeExpression[], kind: 'weekday' | 'month' | 'day'): void {
  if (kind === 'weekday') {
    for (let k = 1; k < list.length; k++) {
      const a = parseYMD(list[k - 1]!.value);
      const b = parseYMD(list[k]!.value);
      if (!a || !b || DEICTIC.test(list[k]!.text) || /\d/.test(list[k]!.text)) continue;
      // ("statements made Friday and Thursday": a day just before the one named first keeps its reading.)
      const gap = daysBetween(b, a);
      if (gap < -3 || gap > 6) list[k]!.value = fmtDate(addDays(a, (weekday(b) - weekday(a) + 7) % 7 || 7));
    }
    return;
  }
  const year = (x: TimeExpression): number => +x.value.slice(0, 4);
  const md = (x: TimeExpression): string => x.value.slice(5);
  const own = (x: TimeExpression): boolean => OWN_YEAR.test(x.text) || DEICTIC.test(x.text);
  // A year written on a later member goes back to the members before it that have none.
  for (let k = list.length - 1; k > 0; k--) {
    const b = list[k]!;
    const a = list[k - 1]!;
    if (OWN_YEAR.test(b.text) && !own(a)) a.value = `${String(year(b) - (md(a) > md(b) ? 1 : 0)).padStart(4, '0')}-${md(a)}`;
  }
  for (let k = 1; k < list.length; k++) {
    const a = list[k - 1]!;
    const b = list[k]!;
    if (own(b)) continue;
    const back = +md(a).slice(0, 2) - +md(b).slice(0, 2);
    b.value = `${String(year(a) + (back > 6 ? 1 : 0)).padStart(4, '0')}-${md(b)}`;
  }
}
