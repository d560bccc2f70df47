/**
 * The pattern rules. Each rule is a regular expression over the text (built from the shared pieces
 * below) and a reader that turns the match into a TimeML type and value, using the context (reference
 * date, tense, earlier expressions). Extents follow the TimeML guidelines: leading prepositions stay out,
 * determiners and modifiers ("the past decade", "last week", "nearly two years", "a year ago") stay in.
 */
import { addDays, daysInMonth, easter, fmtDate, fmtMonth, fmtWeek, fmtYear, isValid, nthWeekday, pad, parseYMD, quarterOf, weekday, type YMD } from './calendar.ts';
import { durationValue, MONTHS, ORDINALS, PARTS_OF_DAY, parseNumber, parseOrdinal, SEASONS, unitOf, WEEKDAYS, type Unit } from './lexicon.ts';
import { formatAt, monthDayValue, monthValue, parseValue, periodValue, relative, shift, unknownAt, weekdayValue, yearByWeekday, type Granularity } from './resolve.ts';
import type { Context, Reading, Rule } from './types.ts';

// ---------------------------------------------------------------------------------------------------
// Pieces
const _ = '(?:[ \\t\\u00a0]+|[ \\t\\u00a0]*\\n[ \\t\\u00a0]*)'; // white space without a blank line
const L = '(?<![\\w])';
const R = '(?![\\w])';
const MONTH_FULL = 'january|february|march|april|may|june|july|august|september|october|november|december';
const MONTH_ABBR = '(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?';
const MONTH = `(?:${MONTH_FULL}|${MONTH_ABBR})`;
const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\\.)';
const DAYNUM = '(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?';
const YEAR4 = '(?:1[0-9]|20)\\d\\d';
const ONES = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
/** Years said in words, as in broadcast transcripts: "nineteen ninety-six", "two thousand and one". */
const SPELLED_YEAR = `(?:(?:nineteen|eighteen)${_}(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:${ONES}))?|${TEENS}|hundred|oh[- ](?:${ONES}))|two${_}thousand(?:${_}(?:and${_})?(?:${TEENS}|${ONES}))?)`;
const YEAR_ANY = `(?:(?:1[0-9]|20)\\d\\d|${SPELLED_YEAR})`;
const NUMWORD_SMALL = 'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const NUMWORD_TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const NUMWORD = `(?:(?:${NUMWORD_TENS})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|${NUMWORD_SMALL})`;
const NUMDIG = '\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?';
const HALF = `(?:${_}(?:(?:and${_})?a${_}half|and${_}half|1/2)|½)`;
const NUM =
  `(?:(?:${NUMDIG}|${NUMWORD}(?:${_}(?:hundred|thousand))?|a${_}(?:hundred|thousand))${HALF}?` +
  `|a${_}couple${_}of|a${_}couple|couple${_}of|a${_}few|a${_}dozen|a${_}half|half${_}an?|an?|several|few|many|some|a${_}number${_}of|dozens${_}of|hundreds${_}of|thousands${_}of|one${_}and${_}a${_}half)`;
/** The upper bound of a range of counts, "two to three (weeks)", "3-4 (hours)", "five or six (years)": the lower one is the value. */
const NUM_UPPER = `(?:${_}?(?:-|–)${_}?|${_}(?:to|or)${_})(?:${NUMDIG}|${NUMWORD})`;
const UNIT_WORD = '(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?|yrs?|decades?|century|centuries|millenni(?:um|a))';
const UNIT_ADJ = `(?:(?:more|additional|extra|further|straight|consecutive|full|long|whole|short|trading|business|working|calendar|school|solid|successive)${_})`;
const PREMOD = `(?:(?:about|around|approximately|roughly|nearly|almost|more${_}than|less${_}than|fewer${_}than|at${_}least|at${_}most|up${_}to|no${_}more${_}than|no${_}less${_}than|not${_}more${_}than|close${_}to|well${_}over|upwards${_}of|some)${_})`;
/** Bounds that belong to a duration's extent ("more than four hours"); approximations ("about") stay outside. */
const BOUND = `(?:(?:nearly|almost|more${_}than|less${_}than|fewer${_}than|at${_}least|at${_}most|up${_}to|no${_}more${_}than|no${_}less${_}than|not${_}more${_}than|well${_}over|upwards${_}of)${_})`;
const POD = '(?:morning|afternoon|evening|night)';
const SEASON = '(?:spring|summer|autumn|fall|winter)';

const re = (s: string): RegExp => new RegExp(s, 'gi');

/** A year written in digits or words. */
function parseYear(raw: string): number {
  const s = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d{4}$/.test(s)) return +s;
  const m = /^(nineteen|eighteen) (.+)$/.exec(s);
  if (m) {
    const century = m[1] === 'nineteen' ? 19 : 18;
    if (m[2] === 'hundred') return century * 100;
    const rest = m[2]!.replace(/^oh[- ]/, '');
    return century * 100 + parseNumber(rest);
  }
  const t = /^two thousand(?: (?:and )?(.+))?$/.exec(s);
  if (t) return 2000 + (t[1] ? parseNumber(t[1]) : 0);
  return NaN;
}
const grp = (m: RegExpExecArray, name: string): string | undefined => m.groups?.[name];
const lower = (s: string | undefined): string => (s ?? '').toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ');

function monthNum(s: string): number {
  return MONTHS[lower(s).replace(/\.$/, '')] ?? 0;
}
function dayNum(s: string): number {
  return parseInt(s, 10);
}
function weekdayNum(s: string): number {
  return WEEKDAYS[lower(s).replace(/\.$/, '')] ?? 0;
}
const DATE_VALUE = /^\d{4}-\d{2}-\d{2}/;

/** Words before a capitalised "May", "March" … that make it a month. */
const MONTH_CUE_BEFORE = /(?:^|[^\w])(?:in|on|since|by|until|till|before|after|during|of|from|to|through|throughout|last|next|this|early|late|mid|end|start|beginning|middle|between|and|or|until|around|about|as|for|past|that|each|every|the|[0-9]{1,2}(?:st|nd|rd|th)?)\s*$/i;

function monthWordOk(word: string, text: string, index: number, hasNumber: boolean): boolean {
  const w = word.replace(/\.$/, '');
  const lw = w.toLowerCase();
  if (!/^[A-Z]/.test(w)) return false; // "may", "march", "august" in lower case are not months
  if (lw === 'may' || lw === 'march' || lw === 'jan' || lw === 'mar') {
    // "Theresa May 21" is a name and a number; after a comma it is a date ("WILLISTON, North Dakota, May 21 (Reuters)").
    if (hasNumber) return !(lw === 'may' && /^[A-Z]/.test(precedingWord(text, index)) && /[A-Za-z]\s+$/.test(text.slice(Math.max(0, index - 4), index)) && !/^(?:In|On|Since|By|Until|Before|After|During|From|Through|Last|Next|This|Early|Late|Mid|The)$/.test(precedingWord(text, index)));
    return MONTH_CUE_BEFORE.test(text.slice(Math.max(0, index - 20), index));
  }
  if (!hasNumber && w.length <= 4 && !word.endsWith('.') && lw !== 'june' && lw !== 'july') return false; // "Dec" alone
  return true;
}

/**
 * A capitalised word in mid-sentence is a name or a title ("VOA Today", "High Noon", "This Week",
 * "60 Minutes", the "Daily Telegraph"), not a time expression.
 */
function titleCase(text: string, wordStart: number): boolean {
  if (!/^[A-Z][a-z]/.test(text.slice(wordStart, wordStart + 2))) return false;
  const before = text.slice(Math.max(0, wordStart - 4), wordStart);
  return !/(?:^|[.!?:;…\]]["'”’)]*\s+|\n\s*|["“‘(`'[]\s*|—\s*|--\s*)$/.test(before) && wordStart > 0;
}

function precedingWord(text: string, index: number): string {
  const m = /([\w’'.-]+)\W*$/.exec(text.slice(Math.max(0, index - 30), index));
  return m ? m[1]! : '';
}

function followingWord(text: string, index: number): string {
  const m = /^\W*([\w’'-]+)/.exec(text.slice(index, index + 30));
  return m ? m[1]! : '';
}

// ---------------------------------------------------------------------------------------------------
// Readers shared by several rules

function date(value: string): Reading {
  return { type: 'date', value };
}

function withPartOfDay(value: string, pod: string | undefined): Reading {
  if (!pod) return date(value);
  const code = PARTS_OF_DAY[lower(pod)];
  return { type: 'time', value: `${value}T${code}` };
}

/** Granularity of a calendar unit word. */
function granOf(unit: Unit): Granularity | null {
  switch (unit.key) {
    case 'day':
      return 'day';
    case 'week':
    case 'weekend':
    case 'fortnight':
      return 'week';
    case 'month':
      return 'month';
    case 'quarter':
      return 'quarter';
    case 'year':
      return 'year';
    case 'decade':
      return 'decade';
    case 'century':
      return 'century';
    default:
      return null;
  }
}

const isYearish = (v: string): boolean => /^\d{4}(?:$|-)/.test(v);
const isDayValue = (v: string): boolean => DATE_VALUE.test(v);

/** "Christmas weekend that year", "March 3 that same year", "June of that year": a time in the year named before. */
const THAT_YEAR_AFTER = /^(?:\s+(?:weekend|holidays?|season|break|period|eve|morning|afternoon|evening|night))?,?\s+(?:of\s+)?that\s+(?:same\s+)?year\b/i;
function thatYear(cx: Context): number | null {
  if (!THAT_YEAR_AFTER.test(cx.text.slice(cx.end, cx.end + 40))) return null;
  const prev = cx.previous(isYearish, 3000);
  return prev ? +prev.slice(0, 4) : null;
}

/** "a year ago / earlier": reporting periods shift by a year at their own granularity (a quarter a year before). */
function yearBefore(cx: Context, years: number, sign: number, dctBased: boolean): Reading {
  const prev = cx.previous((v) => /^\d{4}-(?:Q[1-4]|H[12])$/.test(v), 1500);
  if (prev && Math.abs(years) === 1) {
    const p = parseValue(prev)!;
    return { type: 'date', value: formatAt(shift(p.ymd, p.gran, sign * (p.gran === 'quarter' ? 4 : 2)), p.gran), aside: true };
  }
  const a = dctBased ? cx.anchor() : anchorFor(cx, isYearish);
  return { type: 'date', value: a ? fmtYear(a.y + sign * years) : 'XXXX', aside: true };
}

/**
 * In a clause in the past tense, a date after the reference date (a plan mentioned on the way: "his next court
 * appearance on April 5") is not the time the narrative has reached.
 */
function narrative(cx: Context, test: (v: string) => boolean): (v: string) => boolean {
  const a = cx.anchor();
  if (!a || cx.tense() !== 'past') return test;
  const limit = fmtDate(a);
  return (v) => test(v) && !(DATE_VALUE.test(v) && v.slice(0, 10) > limit);
}

/** The reference for an anaphoric expression ("the following day"): the latest matching value, else the anchor. */
function anchorFor(cx: Context, test: (v: string) => boolean, events = false): YMD | null {
  const prev = cx.previous(events ? narrative(cx, test) : test, Infinity, events);
  if (prev) {
    const p = parseValue(prev);
    if (p) return p.ymd;
  }
  return cx.anchor();
}

/** A month and day without a year; a weekday given with it ("Monday, Oct. 26") picks the year. */
function monthDayWithWeekday(cx: Context, mo: number, d: number, wd: string | undefined): string {
  const a = cx.anchor();
  if (a && wd) {
    const y = yearByWeekday(a, mo, d, weekdayNum(wd));
    if (y !== null) return fmtDate({ y, m: mo, d });
  }
  return monthDayValue(a, mo, d, cx.tense());
}

// ---------------------------------------------------------------------------------------------------
// Rules

const rules: Rule[] = [];
const add = (r: Rule): void => {
  rules.push(r);
};

// --- Explicit calendar dates -------------------------------------------------------------------

/** A full date from the `yr`, `mon` and `day` groups, or null when there is no such day. */
function readYearMonthDay(m: RegExpExecArray) {
  const y = +grp(m, 'yr')!;
  const mo = monthNum(grp(m, 'mon')!);
  const d = dayNum(grp(m, 'day')!);
  return isValid(y, mo, d) ? date(fmtDate({ y, m: mo, d })) : null;
}

// "Tuesday, October 22, 2024", "Oct. 7, 2023", "October 7 2023"
add({
  name: 'date-mdy',
  cues: ['month'],
  needs: /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?)\s+\d/,
  re: re(`${L}(?:(?<wd>${WEEKDAY}),?${_})?(?<mon>${MONTH})${_}(?<day>${DAYNUM}),?${_}(?<yr>${YEAR4})${R}(?![,.]\\d)`),
  accept: (m, text) => monthWordOk(m.groups!.mon!, text, m.index + (m[0].length - m[0].slice(m[0].toLowerCase().indexOf(lower(m.groups!.mon!).slice(0, 3))).length), true),
  read: readYearMonthDay,
});

// "7 October 2023", "the 7th of October, 2023"
add({
  name: 'date-dmy',
  cues: ['month'],
  needs: /\d\s*(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/,
  re: re(`${L}(?:(?<wd>${WEEKDAY}),?${_})?(?:the${_})?(?<day>${DAYNUM})(?:${_}of)?${_}(?<mon>${MONTH}),?${_}(?<yr>${YEAR4})${R}(?![,.]\\d)`),
  accept: (m) => /^[A-Z]/.test(m.groups!.mon!),
  read: readYearMonthDay,
});

// "October 1", "Oct. 22nd", "Tuesday, October 22": the year comes from the anchor and the tense.
add({
  name: 'date-md',
  cues: ['month'],
  needs: /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?)\s+\d/,
  re: re(`${L}(?:(?<wd>${WEEKDAY}),?${_})?(?<mon>${MONTH})${_}(?<day>${DAYNUM})${R}(?!${_}?(?:[.,:/]\\d|%|percent|million|billion|(?:${_}(?:per${_}?cent|points?|people|votes))))`),
  accept: (m, text) => {
    const mon = m.groups!.mon!;
    const at = m.index + m[0].lastIndexOf(mon, m[0].length - m.groups!.day!.length);
    return monthWordOk(mon, text, at, true);
  },
  read: (m, cx) => {
    const mo = monthNum(grp(m, 'mon')!);
    const d = dayNum(grp(m, 'day')!);
    if (!isValid(2000, mo, d)) return null;
    // "March 3-5, 2025", "April 24 and 25, 2009": the year after the second day is the first one's too.
    const shared = RANGE_YEAR_AFTER.exec(cx.text.slice(cx.end, cx.end + 24));
    if (shared) return isValid(+shared[1]!, mo, d) ? date(fmtDate({ y: +shared[1]!, m: mo, d })) : null;
    const named = thatYear(cx);
    if (named !== null) return isValid(named, mo, d) ? date(fmtDate({ y: named, m: mo, d })) : null;
    // "June 3 last year", "March 12 next year": the year is named after the day.
    const rel = /^,?\s+(last|this|next)\s+year\b/i.exec(cx.text.slice(cx.end, cx.end + 16));
    const a = cx.anchor();
    if (rel && a) {
      const y = a.y + (rel[1]!.toLowerCase() === 'last' ? -1 : rel[1]!.toLowerCase() === 'next' ? 1 : 0);
      return isValid(y, mo, d) ? date(fmtDate({ y, m: mo, d })) : null;
    }
    return date(monthDayWithWeekday(cx, mo, d, grp(m, 'wd')));
  },
  rangeEnd: true,
});

/** The rest of a day range that ends with a year: "-5, 2025", " and 25, 2009". */
const RANGE_YEAR_AFTER = new RegExp(`^${_}?(?:and|to|through|-|–)${_}?(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?,?${_}(${YEAR4})(?![\\w,.]\\d)`, 'i');

// "April 24 and 25", "between March 3 and 5", "March 3-5, 2025": the second day takes the first one's month
add({
  name: 'date-md-second',
  cues: ['month'],
  needs: /\d\s*(?:and|or|to|through|-|–)\s*\d/,
  re: re(`(?<=${L}(?<mon>${MONTH})${_}${DAYNUM}${_}?(?:and|or|to|through|-|–)${_}?)(?<day>${DAYNUM})(?:,?${_}(?<yr>${YEAR4}))?${R}(?![,.]?${_}?(?:\\d|${MONTH}|percent|%|million|billion))`),
  accept: (m) => /^[A-Z]/.test(m.groups!.mon!),
  read: (m, cx) => {
    const mo = monthNum(grp(m, 'mon')!);
    const d = dayNum(grp(m, 'day')!);
    const yr = grp(m, 'yr');
    if (yr) return isValid(+yr, mo, d) ? date(fmtDate({ y: +yr, m: mo, d })) : null;
    if (!isValid(2000, mo, d)) return null;
    // The first day of the range decides the year.
    const first = cx.previous(isDayValue, 0);
    if (first && /^\d{4}/.test(first) && +first.slice(5, 7) === mo) return date(`${first.slice(0, 4)}-${pad(mo)}-${pad(d)}`);
    return date(monthDayValue(cx.anchor(), mo, d, cx.tense()));
  },
  rangeEnd: true,
});

// "22 October", "the 7th of October"
add({
  name: 'date-dm',
  cues: ['month'],
  needs: /\d\s*(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/,
  re: re(`${L}(?:(?<wd>${WEEKDAY}),?${_})?(?:the${_})?(?<day>${DAYNUM})(?:${_}of)?${_}(?<mon>${MONTH})${R}`),
  accept: (m, text) => {
    const mon = m.groups!.mon!;
    if (!/^[A-Z]/.test(mon)) return false;
    if (/^(?:may|march)$/i.test(mon) && !/(?:st|nd|rd|th)$|of$/i.test(m[0].slice(0, m[0].length - mon.length).trim())) {
      // "5 May" is a date; "5 may" is not; "5 March" fine unless followed by a verb-like word.
      return !/^(?:be|have|not|also|still)$/i.test(followingWord(text, m.index + m[0].length));
    }
    return true;
  },
  read: (m, cx) => {
    const mo = monthNum(grp(m, 'mon')!);
    const d = dayNum(grp(m, 'day')!);
    if (!isValid(2000, mo, d)) return null;
    return date(monthDayWithWeekday(cx, mo, d, grp(m, 'wd')));
  },
});

// "October 2023", "May of 2006", "Sept. 1998"
add({
  name: 'month-year',
  cues: ['month'],
  needs: /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?),?\s+(?:of\s+)?(?:\d{4}|nineteen|eighteen|two thousand)/,
  re: re(`${L}(?:(?<mod>early|mid|late|the${_}(?:end|beginning|start|middle)${_}of)[- ]?${_}?)?(?<mon>${MONTH}),?${_}(?:of${_})?(?<yr>${YEAR_ANY})${R}(?![,.]\\d)`),
  accept: (m) => /^[A-Z]/.test(m.groups!.mon!),
  read: (m) => {
    const y = parseYear(grp(m, 'yr')!);
    return Number.isNaN(y) ? null : date(fmtMonth(y, monthNum(grp(m, 'mon')!)));
  },
});

// ISO dates and date-times: "2024-10-22", "2024-10-22T14:30"
add({
  name: 'iso',
  cues: ['digit'],
  needs: /\d{4}-\d/,
  re: re(`${L}(?<y>${YEAR4})-(?<m>[01]\\d)-(?<d>[0-3]\\d)(?:[T ](?<h>[0-2]\\d):(?<mi>[0-5]\\d)(?::[0-5]\\d)?(?<z>Z)?)?${R}`),
  read: (m) => {
    const x = { y: +grp(m, 'y')!, m: +grp(m, 'm')!, d: +grp(m, 'd')! };
    if (!isValid(x.y, x.m, x.d)) return null;
    const h = grp(m, 'h');
    return h ? { type: 'time', value: `${fmtDate(x)}T${h}:${grp(m, 'mi')}${grp(m, 'z') ? 'Z' : ''}` } : date(fmtDate(x));
  },
});

// Numeric dates: "10/22/2024", "7/8/07" (month first unless that is impossible), "22.10.2024"
add({
  name: 'numeric-date',
  cues: ['digit'],
  needs: /\d[/.]\d/,
  re: re(`${L}(?<a>[0-3]?\\d)(?<sep>[/.])(?<b>[0-3]?\\d)\\k<sep>(?<y>${YEAR4}|\\d\\d)${R}(?![/.]\\d)`),
  read: (m) => {
    const a = +grp(m, 'a')!;
    const b = +grp(m, 'b')!;
    let y = +grp(m, 'y')!;
    if (grp(m, 'y')!.length === 2) y += y < 50 ? 2000 : 1900;
    const dotted = grp(m, 'sep') === '.';
    let [mo, d] = dotted ? [b, a] : [a, b];
    if (!isValid(y, mo, d)) [mo, d] = [d, mo];
    return isValid(y, mo, d) ? date(fmtDate({ y, m: mo, d })) : null;
  },
});

// --- Years, decades, centuries --------------------------------------------------------------------

const COUNT_NOUNS =
  'people|persons|troops|soldiers|residents|votes|voters|miles|kilometers|kilometres|km|meters|metres|feet|ft|tons|tonnes|barrels|points|units|cars|jobs|dollars|euros|pounds|yen|shares|pages|words|employees|workers|members|students|children|deaths|cases|homes|houses|acres|hectares|calories|degrees|mph|kph|km/h|hours|hrs|seconds|minutes|days|weeks|months|years|percent|per|pc|copies|rounds|seats|delegates|signatures|patients|passengers|vehicles|aircraft|planes|ships|rockets|missiles|flights|games|goals|runs|yards|laps|feet|inches|pounds|lbs|kg|kilograms|grams|liters|litres|gallons|bottles|items|tickets|users|accounts|customers|stores|outlets|dealers|dealerships|plants|locations|sites|projects|companies|firms|banks|cities|countries|states|towns|villages|schools|hospitals|beds|rooms|m|cm|mm|ha|sq|square|gb|mb|tb|mw|kw|gw|bn|mn|million|billion|trillion|thousand|hundred';
const COUNT_AFTER = new RegExp(`^${_}(?:${COUNT_NOUNS})(?![\\w])`, 'i');
const ID_BEFORE = /(?:\b(?:no|nos|number|resolution|article|section|chapter|rule|flight|route|highway|road|room|suite|apartment|apt|unit|page|pages|p|pp|model|version|vol|volume|issue|code|id|line|platform|gate|bus|tram|train|item|case|file|patent|bill|act|law|order|decree|motion|amendment|exhibit|table|figure|fig|level|grade|size|tier|class|type|series|mark|mk|team|squad|player|jersey|interstate|us|sr|psalm|ps|verse|call|phone|tel|fax|box|po|zip|postcode|est|estimated|over|some|about|nearly|almost|around|approximately|than|least|to)\.?\s*$)|[$£€¥#№]\s*$|\d[\d,.]*\s*(?:-|to|and|or)?\s*$/i;

function yearOk(m: RegExpExecArray, text: string): boolean {
  const y = +m.groups!.yr!;
  const start = m.index + m[0].indexOf(m.groups!.yr!);
  const end = start + m.groups!.yr!.length;
  const before = text.slice(Math.max(0, start - 25), start);
  const after = text.slice(end, end + 25);
  if (/^(?:[,.:]\d|\s*%|\s*(?:-|–|to)\s*\d{1,3}(?!\d))/.test(after)) return false; // 2,006; 20.06; 2006-7 scores
  if (/^\s*(?:[ap]\.?m\b|hours?\b|hrs\b|GMT|UTC)/i.test(after)) return false; // military / clock times
  if (/^ [A-Z]{1,3}\d{1,4}\b/.test(after)) return false; // an asteroid's or comet's designation: "2011 QX17"
  if (COUNT_AFTER.test(after)) return false;
  // "the number of 1400", "a toll of 1200": a count, no year.
  if (/\b(?:number|total|tally|toll|count|figure|sum|estimate)\s+of\s+$/i.test(before)) return false;
  const yearBefore4 = /(?:^|[^\d,.])(?:1[0-9]|20)\d\d\s*(?:-|–|to|and|or|through|until|,)\s*$/.test(before);
  if (ID_BEFORE.test(before) && !yearBefore4) {
    // "(No. 2006)", "$2006", "Resolution 1701" – but "from 2006 to 2008", "to 2010" are years.
    if (!/\b(?:to|than|over|about|around|some|nearly|almost|approximately|least|estimated|est)\s*$/i.test(before)) return false;
    if (/\d[\d,.]*\s*(?:-|to|and|or)?\s*$/.test(before)) return false;
    if (/\b(?:over|some|about|nearly|almost|around|approximately|than|least)\s*$/i.test(before) && !/\b(?:before|after|since|until|by|in|of|from|between)\b[^.]*$/i.test(before.slice(-8))) {
      // "about 1995" is a year only with a temporal preposition in front ("in about 1995").
      if (!/\b(?:in|from|since|until|by|before|after|around)\s+(?:about|around|approximately|some)\s*$/i.test(before)) return false;
    }
  }
  // A capitalised word right before is usually a name with a number ("Windows 2000", "Flight 1549").
  const prev = /([A-Za-z][\w'’.-]*)\s*$/.exec(before);
  // "the agency's 2028 mission" is a year; "Windows 2000" is a name.
  if (prev && /^[A-Z]/.test(prev[1]!) && before.endsWith(' ') && !before.endsWith('  ') && !/['’]s$/.test(prev[1]!)) {
    const w = prev[1]!.toLowerCase().replace(/\.$/, '');
    const known = /^(?:in|on|since|by|until|till|before|after|during|of|from|to|through|the|fiscal|fy|year|spring|summer|autumn|fall|winter|early|late|mid|end|and|or|between|around|about|circa|ca|c|for|at|as|unlike|like|until|whereas|while|compared|including|except|than|but|since|so|yet|also|only|then|with|within|without|per|its|their|his|her|our|my|your|this|that|these|those|a|an)$/.test(w);
    if (!known && !(w in MONTHS) && !(w in WEEKDAYS)) return false;
  }
  if (y < 1800) {
    // Old years need a temporal preposition ("in 1492", "since 1066").
    if (!/\b(?:in|since|by|until|before|after|from|to|between|of|year|during|circa|c\.)\s*$/i.test(before)) return false;
  }
  return true;
}

// "2006", "(2006)", "in 1989", "the year 2000"
add({
  name: 'year',
  cues: ['digit'],
  needs: /\d{4}/,
  re: re(`${L}(?:(?<the>the${_}year)${_})?(?<yr>${YEAR4})${R}(?!['’]?s\\b)`),
  accept: yearOk,
  read: (m) => date(grp(m, 'yr')!),
});

/**
 * The two years of a written range, "2009-2011", "2009–11", "1995/96": the second, in full, or its last two
 * digits after the first's century, must come after the first and not far (an ISO month "2010-05" is not a range).
 */
function yearRange(first: string, second: string, sep = '-'): [number, number] | null {
  const a = +first;
  let b = +second;
  if (second.length === 2) {
    b = Math.floor(a / 100) * 100 + b;
    if (b <= a) b += 100;
  }
  if (b <= a || b - a > 30) return null;
  if (second.length === 2 && +second <= 12 && b - a > 1 && sep.trim() === '-') return null; // "2009-05" reads as a month
  return [a, b];
}
const RANGE_SEP = '[ \\t]?[-–—/][ \\t]?';

// "2009-2011", "the 2019-20 season", "1995/96": each year is an expression of its own, as in TimeML
add({
  name: 'year-range',
  cues: ['digit'],
  needs: /\d{4}\s?[-–—/]\s?\d\d/,
  re: re(`(?<![\\w$£€#.,/-])(?<yr>${YEAR4})(?=(?<sep>${RANGE_SEP})(?<yr2>${YEAR4}|\\d\\d)(?![\\w%/-]|[.,]\\d))`),
  accept: (m, text) => {
    if (!yearRange(m.groups!.yr!, m.groups!.yr2!, m.groups!.sep)) return false;
    const end = m.index + m[0].length + (/^\s?[-–—/]\s?\d+/.exec(text.slice(m.index + m[0].length)) ?? [''])[0].length;
    return !COUNT_AFTER.test(text.slice(end, end + 25)) && !/^\s*(?:[ap]\.?m\b|hours?\b|GMT|UTC)/i.test(text.slice(end, end + 10));
  },
  read: (m) => date(grp(m, 'yr')!),
  rangeEnd: true,
});

add({
  name: 'year-range-second',
  cues: ['digit'],
  needs: /\d{4}\s?[-–—/]\s?\d\d/,
  re: re(`(?<=(?<![\\w$£€#.,/-])(?<yr>${YEAR4})(?<sep>${RANGE_SEP}))(?<yr2>${YEAR4}|\\d\\d)(?![\\w%/-]|[.,]\\d)`),
  accept: (m, text) => {
    if (!yearRange(m.groups!.yr!, m.groups!.yr2!, m.groups!.sep)) return false;
    const end = m.index + m[0].length;
    return !COUNT_AFTER.test(text.slice(end, end + 25)) && !/^\s*(?:[ap]\.?m\b|hours?\b|GMT|UTC)/i.test(text.slice(end, end + 10));
  },
  read: (m) => date(String(yearRange(grp(m, 'yr')!, grp(m, 'yr2')!, grp(m, 'sep'))![1])),
  rangeEnd: true,
});

// "nineteen ninety-six", "the year two thousand", "in two thousand and one"
add({
  name: 'spelled-year',
  cues: ['spelled'],
  needs: /nineteen|eighteen|thousand/,
  re: re(`${L}(?:(?<the>the${_}year)${_})?(?<yr>${SPELLED_YEAR})${R}(?!-\\w)`),
  accept: (m, text) => {
    const end = m.index + m[0].length;
    if (COUNT_AFTER.test(text.slice(end, end + 25))) return false;
    if (/^two/i.test(m.groups!.yr!) && !m.groups!.the) {
      // "two thousand" is a year only after a temporal preposition.
      return /\b(?:in|since|by|until|from|before|after|during|of)\s+$/i.test(text.slice(Math.max(0, m.index - 10), m.index));
    }
    return true;
  },
  read: (m) => {
    const y = parseYear(grp(m, 'yr')!);
    return Number.isNaN(y) ? null : date(fmtYear(y));
  },
});

// "fiscal 1989", "fiscal year 2019", "FY2019", "FY 2019-20" (the year it ends in is taken as written)
add({
  name: 'fiscal-year',
  cues: ['fiscal'],
  needs: /fiscal|fy/,
  re: re(`${L}(?:(?:the${_})?fiscal(?:${_}year)?${_}|FY${_}?)(?<yr>${YEAR4}|['’]?\\d\\d)${R}(?![,.]\\d)`),
  read: (m) => {
    let y = grp(m, 'yr')!.replace(/['’]/, '');
    if (y.length === 2) y = String(+y < 50 ? 2000 + +y : 1900 + +y);
    return date(y);
  },
});

const DECADE_WORDS: Record<string, number> = {
  twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9,
};

// "the 1990s", "the mid-1990s", "the '80s", "the seventies", "1990s"
add({
  name: 'decade',
  cues: ['digit', 'spelled'],
  needs: /\d0['’]?s\b|(?:twen|thir|for|fif|six|seven|eigh|nine)ties\b/,
  re: re(
    `${L}(?:(?<the>the)${_})?(?:(?<mod>early|mid|late)[- ]?${_}?)?(?:(?<full>(?:1[0-9]|20)\\d0)['’]?s|(?<short>['’]\\d0s|\\d0['’]s|\\d0s)|(?<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))${R}`,
  ),
  accept: (m, text) => {
    if (m.groups!.full) return true;
    // "the 70s" / "the seventies" need "the" (otherwise ages: "in his 70s"; temperatures stay ambiguous),
    // or another decade just before ("the 70s and 80s").
    if (!m.groups!.the && !/\d0['’]?s\s+(?:and|or|to|through)\s+$/i.test(text.slice(Math.max(0, m.index - 16), m.index))) return false;
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    return !/\b(?:his|her|their|its|my|your|our)\s*$/i.test(before) && !/\bdegrees?\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12));
  },
  read: (m, cx) => {
    const full = grp(m, 'full');
    if (full) return date(full.slice(0, 3));
    const d = grp(m, 'short') ? +grp(m, 'short')!.replace(/\D/g, '')[0]! : DECADE_WORDS[lower(grp(m, 'word'))]!;
    // A two-digit decade belongs to the last century unless it is at most the anchor's decade in this one.
    const a = cx.anchor();
    const centuryNow = a ? Math.floor(a.y / 100) : 19;
    const decadeNow = a ? Math.floor((a.y % 100) / 10) : 9;
    const century = d <= decadeNow && d <= 2 ? centuryNow : centuryNow - (d <= decadeNow ? 0 : 1);
    return date(`${century}${d}`);
  },
  // "the" stays outside the extent ("in the [1990s]", "the [early 1990s]").
  trim: (m) => [m.groups!.the ? m[0].length - m[0].slice(m.groups!.the.length).trimStart().length : 0, m[0].length],
});

// "the 21st century", "the nineteenth century", "this century", "the last century"
add({
  name: 'century',
  cues: ['unit'],
  needs: /century/,
  re: re(`${L}(?:(?:the${_})?(?:(?<mod>early|mid|late)[- ]?${_}?)?(?<ord>\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|twenty-second)|(?<rel>this|last|next|the${_}(?:last|past|previous|next|coming|current)))[- ]century${R}`),
  read: (m, cx) => {
    const ord = grp(m, 'ord');
    if (ord) {
      const n = parseOrdinal(ord);
      return Number.isNaN(n) || n < 1 ? null : date(pad(n - 1));
    }
    const rel = lower(grp(m, 'rel')).replace(/^the /, '');
    if (/^(?:past|last)$/.test(rel) && /^the/i.test(m[0])) return { type: 'duration', value: 'P100Y' };
    const n = rel === 'this' || rel === 'current' ? 0 : rel === 'next' || rel === 'coming' ? 1 : -1;
    return date(relative(cx.anchor(), 'century', n));
  },
});

// --- Quarters, halves, seasons --------------------------------------------------------------------

const QUARTER_ORD = '(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)';
const YEAR_TAIL = `(?:${_}(?:of${_})?(?:(?:(?:fiscal(?:${_}year)?${_}|FY${_}?))?(?<yr2>${YEAR4})|FY${_}?(?<fy2>\\d\\d)|(?<relyr>this|last|next|the${_}(?:current|previous|past|same|following|next|fiscal)|the)${_}(?:fiscal${_})?year))`;

function quarterIndex(s: string): number {
  const w = lower(s);
  if (w === 'final' || w === 'last') return 4;
  return parseOrdinal(w);
}

/** The year of a year named in the paragraph or the one before, else the anchor. */
function yearInReach(cx: Context): YMD | null {
  const before = cx.text.slice(0, cx.start);
  const breaks = [...before.matchAll(/\n\s*\n/g)];
  const from = breaks.length >= 2 ? breaks[breaks.length - 2]!.index! : 0;
  const prev = cx.previous(isYearish, cx.start - from);
  return prev ? parseValue(prev)?.ymd ?? cx.anchor() : cx.anchor();
}

function yearFromTail(m: RegExpExecArray, cx: Context): number | null | 'unknown' {
  const y2 = grp(m, 'yr2') ?? grp(m, 'yr1');
  if (y2) return +y2;
  const fy = grp(m, 'fy2');
  if (fy) return +fy < 50 ? 2000 + +fy : 1900 + +fy;
  const rel = grp(m, 'relyr');
  if (rel === undefined) return null;
  const r = lower(rel).replace(/^the /, '');
  // "the first half of the year": a year named in this paragraph or the one before, else the reference year (a year
  // named paragraphs earlier is no longer the one under discussion).
  const a = r === 'the' ? yearInReach(cx) : r === 'same' || r === 'fiscal' ? anchorFor(cx, isYearish) : cx.anchor();
  if (!a) return 'unknown';
  if (r === 'last' || r === 'previous' || r === 'past') return a.y - 1;
  if (r === 'next' || r === 'following') return a.y + 1;
  return a.y;
}

// "the third quarter", "third-quarter", "the fourth quarter of 2005", "this year's third quarter", "Q3 2024"
add({
  name: 'quarter',
  cues: ['unit', 'period'],
  needs: /quarter|q[1-4]/,
  re: re(
    `${L}(?:the${_})?(?:(?<relyr1>this|last|next)${_}year['’]s${_}|(?:fiscal${_})?(?<yr1>${YEAR4})['’]?s?${_})?(?:(?:the${_})?(?:fiscal(?:-|${_}))?(?<ord>${QUARTER_ORD})[- ](?:fiscal[- ])?(?:quarter|qtr\\.?)|(?<q>Q[1-4]))${YEAR_TAIL}?${R}(?![- ](?:century|half))`,
  ),
  accept: (m) => {
    const g = m.groups!;
    if (g.q) return /^Q/.test(g.q);
    // "last quarter" without a year is the one before this (quarter-rel), not the fourth.
    return !(lower(g.ord) === 'last' && !/^the\b/i.test(m[0]) && !g.yr1 && !g.yr2 && !g.fy2 && !g.relyr && !g.relyr1);
  },
  read: (m, cx) => {
    const q = grp(m, 'q') ? +grp(m, 'q')!.slice(1) : quarterIndex(grp(m, 'ord')!);
    if (!(q >= 1 && q <= 4)) return null;
    const rel1 = grp(m, 'relyr1');
    let y = yearFromTail(m, cx);
    if (rel1) {
      const a = cx.anchor();
      y = a ? a.y + (lower(rel1) === 'last' ? -1 : lower(rel1) === 'next' ? 1 : 0) : 'unknown';
    }
    if (y === 'unknown') return date(`XXXX-Q${q}`);
    if (y !== null) return date(`${fmtYear(y)}-Q${q}`);
    // No year: the anchor and the tense (reports are about the quarter just ended or the current one).
    return date(periodValue(cx.anchor(), 'Q', q, cx.tense()));
  },
});

// "the 1988 period", "the 1989 quarter": that year's part of the reporting period under discussion
add({
  name: 'year-period',
  cues: ['digit'],
  needs: /\d{4}\s+(?:period|quarter)/,
  re: re(`${L}the${_}(?<yr>${YEAR4})${_}(?:period|quarter)${R}`),
  read: (m, cx) => {
    const prev = cx.previous((v) => /^\d{4}-Q[1-4]$/.test(v), 1500);
    return date(prev ? `${grp(m, 'yr')}-${prev.slice(5)}` : grp(m, 'yr')!);
  },
});

/** "ended Sept. 30", "ending in June", "through March 31, 2024" after "the quarter". */
const QUARTER_ENDED = new RegExp(`^${_}(?:ended|ending|that${_}ended|to|through)(?:${_}(?:in|on))?${_}(?<mon>${MONTH})(?:${_}(?<day>${DAYNUM}))?(?:,?${_}(?<yr>${YEAR4}))?${R}`, 'i');

// "the quarter", "the latest quarter", "last quarter", "this quarter", "the year-earlier quarter", "the fourth quarters" …
add({
  name: 'quarter-rel',
  cues: ['unit'],
  needs: /quarter|period/,
  re: re(`${L}(?:(?<the>the)${_})?(?<rel>latest|last|this|next|current|past|previous|prior|same|year-earlier|year-ago|comparable|recent|just-ended|just${_}ended)?${_}?(?<unit>quarter|(?<=(?:latest|same|year-earlier|year-ago|comparable|corresponding)${_})period)${R}(?!${_}(?:of|century|mile|point|percent|final|finals|-final|-finals)\\b)`),
  accept: (m) => !!(m.groups!.the || m.groups!.rel),
  read: (m, cx) => {
    const rel = lower(grp(m, 'rel'));
    const a = cx.anchor();
    // "the quarter ended June 30": the calendar quarter in which it ended, unless the text has already named
    // the quarter under discussion (fiscal quarters are numbered by their company).
    const ended = QUARTER_ENDED.exec(cx.text.slice(cx.end, cx.end + 40));
    if (ended && !rel && lower(grp(m, 'unit')) === 'quarter' && !cx.previous((v) => /^\d{4}-Q[1-4]$/.test(v), 2000)) {
      const mo = monthNum(ended[1]!);
      const v = ended[3] ? `${ended[3]}-${pad(mo)}` : monthValue(a, mo, 'past');
      return date(/^\d{4}/.test(v) ? `${v.slice(0, 4)}-Q${quarterOf(mo)}` : 'XXXX-QX');
    }
    const prev = cx.previous((v) => /^\d{4}-Q[1-4]$/.test(v), 2000);
    // "the same period", "the latest period" are quarters only when quarters are being reported.
    if (lower(grp(m, 'unit')) === 'period' && !prev) return null;
    const base = prev ? parseValue(prev)!.ymd : null;
    const cur = a ? formatAt(a, 'quarter') : 'XXXX-QX';
    const before = a ? formatAt(shift(a, 'quarter', -1), 'quarter') : 'XXXX-QX';
    switch (rel) {
      case 'year-earlier':
      case 'year-ago':
        return { ...date(base ? formatAt(shift(base, 'year', -1), 'quarter') : a ? formatAt(shift(shift(a, 'quarter', -1), 'year', -1), 'quarter') : 'XXXX-QX'), aside: true };
      case 'this':
      case 'current':
        return date(cur);
      case 'next':
        return date(a ? formatAt(shift(a, 'quarter', 1), 'quarter') : 'XXXX-QX');
      case 'last':
      case 'latest':
      case 'past':
      case 'previous':
      case 'prior':
      case 'recent':
      case 'just-ended':
      case 'just ended':
        if (grp(m, 'the') && (rel === 'previous' || rel === 'prior') && base) return date(formatAt(shift(base, 'quarter', -1), 'quarter'));
        return date(before);
      default: {
        // "the quarter", "the same quarter": the quarter under discussion; told in the past, one that has ended
        // (not "the fourth quarter" an outlook spoke of since: "… about the fourth quarter," … "the quarter showed").
        const tense = cx.tense();
        const ended = a && base && tense === 'past' && formatAt(base, 'quarter') >= cur ? cx.previous((v) => /^\d{4}-Q[1-4]$/.test(v) && v < cur, 2000) : null;
        if (ended) return date(ended);
        if (base) return date(formatAt(base, 'quarter'));
        return date(tense === 'future' ? cur : before);
      }
    }
  },
});

const HALF_YEAR_CONTEXT = /\b(?:sales|revenues?|profits?|earnings|losses|growth|econom\w*|output|inflation|demand|prices|deliveries|production|orders|GDP|fiscal|quarters?|year|percent|forecast|results)\b|%/i;
const HALF_GAME_CONTEXT = /\b\d{1,2}-\d{1,2}\b|\b(?:scored|led|trailed|goals?|match|game|halftime|half-time|minutes?|penalty|kick|innings|touchdown|striker|keeper|referee)\b/i;

// "the first half of 2009", "the second half of this year", "H1 2024"
add({
  name: 'half',
  cues: ['period', 'unit'],
  needs: /half|h[12]/,
  re: re(`${L}(?:(?<the>the${_})?(?<ord>first|second|latter|last)${_}half(?:${YEAR_TAIL})?|(?<h>H[12])${_}(?<yr1>${YEAR4}))${R}`),
  accept: (m, text) => {
    const g = m.groups!;
    if (g.h || g.yr2 || g.relyr) return true;
    // "the first half" alone is the year's in a report on business or the economy, not a match's half.
    if (!g.the) return false;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    if (/^\s*(?:of|-|\w)/i.test(after)) return false;
    const around = text.slice(Math.max(0, m.index - 160), m.index + m[0].length + 160);
    return HALF_YEAR_CONTEXT.test(around) && !HALF_GAME_CONTEXT.test(around);
  },
  read: (m, cx) => {
    const h = grp(m, 'h') ? +grp(m, 'h')!.slice(1) : lower(grp(m, 'ord')) === 'first' ? 1 : 2;
    const y = yearFromTail(m, cx);
    if (y === null) return date(periodValue(cx.anchor(), 'H', h, cx.tense()));
    if (y === 'unknown') return date(`XXXX-H${h}`);
    return date(`${fmtYear(y)}-H${h}`);
  },
});

// "the last three months of 2025", "the first six months of last year": a quarter or a half of a named year, one value
// (as "the last half of 1989" is 1989-H2); other counts of months stay durations ("the first nine months", P9M).
add({
  name: 'months-of-year',
  cues: ['unit'],
  needs: /months\s+of/,
  re: re(`${L}the${_}(?<ord>first|opening|last|final|closing)${_}(?<n>three|3|six|6)${_}months${YEAR_TAIL}${R}`),
  accept: (m) => {
    const g = m.groups!;
    return !!(g.yr2 || g.fy2 || (g.relyr && !/^the$/i.test(g.relyr)));
  },
  read: (m, cx) => {
    const y = yearFromTail(m, cx);
    const first = /^(?:first|opening)$/i.test(grp(m, 'ord')!);
    const code = /^(?:three|3)$/i.test(grp(m, 'n')!) ? (first ? 'Q1' : 'Q4') : first ? 'H1' : 'H2';
    if (y === null || y === 'unknown') return date(`XXXX-${code}`);
    return date(`${fmtYear(y)}-${code}`);
  },
});

// "this summer", "last fall", "the winter of 2006", "spring 2009", "in the spring", "early summer"
add({
  name: 'season',
  cues: ['season'],
  needs: /spring|summer|autumn|fall|winter/,
  re: re(
    `${L}(?:(?:the${_})?(?:(?<yr1>${YEAR4})${_}))?(?:(?<rel>this|last|next|past|coming|the${_}(?:past|coming|last|next|previous|following))${_})?(?:(?<mod>early|late|mid)[- ]?${_}?)?(?:the${_})?(?<s>${SEASON})(?:${_}(?:of${_})?(?<yr>${YEAR_ANY}))?${R}(?![- ](?:break|semester|term|session|collection|olympics|games|camp|school|season|time|rain|storm|weather|training|meeting|fashion|line))`,
  ),
  accept: (m, text) => {
    const g = m.groups!;
    if (g.yr || g.yr1 || g.rel || g.mod) return true;
    // A bare season ("spring", "the fall") needs a temporal preposition before it.
    const before = text.slice(Math.max(0, m.index - 16), m.index);
    return /\b(?:in|into|during|by|until|till|since|through|throughout|over|before|after|this|last|next|early|late|each|every|from|to)\s+(?:the\s+)?$/i.test(before) && !/fall/i.test(g.s!) || /\b(?:in|into|during|by|until|since|this|last|next)\s+(?:the\s+)?$/i.test(before);
  },
  trim: (m) => {
    // "the" before the season alone is kept; nothing to trim.
    return [0, m[0].length];
  },
  read: (m, cx) => {
    const code = SEASONS[lower(grp(m, 's'))]!;
    const yr = grp(m, 'yr') ?? grp(m, 'yr1');
    if (yr) return date(`${fmtYear(parseYear(yr))}-${code}`);
    const rel = lower(grp(m, 'rel')).replace(/^the /, '').replace(/\s+/g, ' ');
    const a = cx.anchor();
    if (!a) return date(`XXXX-${code}`);
    const which = rel === 'last' || rel === 'past' || rel === 'previous' ? 'last' : rel === 'next' || rel === 'coming' || rel === 'following' ? 'next' : rel === 'this' ? 'this' : null;
    return date(seasonValue(a, code, which, cx.tense()));
  },
});

const SEASON_CODES = ['SP', 'SU', 'FA', 'WI'];

/**
 * A season named without a year. Seasons are counted as three-month periods (spring = March to May …,
 * winter = December to February, labelled with the year of its December); "last" is the latest one before
 * the current season, "next" the first after it, otherwise the tense picks the side (the nearest by default).
 */
function seasonValue(a: YMD, code: string, which: 'last' | 'next' | 'this' | null, tense: ReturnType<Context['tense']>): string {
  const index = (y: number, mo: number): number => (mo === 12 ? y * 4 + 3 : mo <= 2 ? (y - 1) * 4 + 3 : y * 4 + Math.floor((mo - 3) / 3));
  const cur = index(a.y, a.m);
  const ci = SEASON_CODES.indexOf(code);
  const before = cur - ((cur - ci + 400) % 4); // the latest such season up to the current one
  const after = before === cur ? cur : before + 4;
  let p: number;
  if (which === 'last') p = before === cur ? cur - 4 : before;
  else if (which === 'next') p = after === cur ? cur + 4 : after;
  else if (tense === 'future') p = after;
  else if (tense === 'past') p = before;
  else p = cur - before <= after - cur ? before : after;
  return `${fmtYear(Math.floor(p / 4))}-${code}`;
}

// --- Months without a day -------------------------------------------------------------------------

// "August", "last May", "early June", "mid-October", "the end of November", "late last month" is elsewhere.
add({
  name: 'month',
  cues: ['month'],
  needs: /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?)/,
  re: re(`${L}(?:(?<rel>last|next|this|past|coming)${_})?(?:(?<mod>early|mid|late|the${_}(?:end|beginning|start|middle|first${_}half|second${_}half|rest)${_}of)(?:-|${_}))?(?<mon>${MONTH_FULL}|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.)${R}(?!${_}?-?\\d)`),
  accept: (m, text) => {
    const mon = m.groups!.mon!;
    const at = m.index + m[0].length - mon.length;
    if (!/^[A-Z]/.test(mon)) return false;
    const lw = mon.toLowerCase();
    if (lw === 'may' || lw === 'march') {
      if (m.groups!.rel || m.groups!.mod) return true;
      if (!MONTH_CUE_BEFORE.test(text.slice(Math.max(0, at - 20), at))) return false;
      // "in May" yes, "Theresa May" no; "the March" only before a year/of.
      return !/^(?:the|a)$/i.test(precedingWord(text, at));
    }
    // A capitalised month name after "of the"/"the" is often a name ("the August issue" is still a month).
    return true;
  },
  read: (m, cx) => {
    const mo = monthNum(grp(m, 'mon')!);
    const rel = lower(grp(m, 'rel'));
    const a = cx.anchor();
    const ofYear = /^\s+of\s+(this|last|next)\s+year\b/i.exec(cx.text.slice(cx.end, cx.end + 24));
    if (ofYear && a && !rel) {
      // "October of next year": the year is its own expression, but it fixes the month's.
      const r = ofYear[1]!.toLowerCase();
      return date(fmtMonth(a.y + (r === 'last' ? -1 : r === 'next' ? 1 : 0), mo));
    }
    const named = rel ? null : thatYear(cx);
    if (named !== null) return date(fmtMonth(named, mo));
    // "last February" said in March is a year back ("last month" would have been said); likewise "next".
    if (rel === 'last' || rel === 'past') return date(a ? fmtMonth(mo < a.m - 1 ? a.y : a.y - 1, mo) : `XXXX-${pad(mo)}`);
    if (rel === 'next' || rel === 'coming') return date(a ? fmtMonth(mo > a.m + 1 ? a.y : a.y + 1, mo) : `XXXX-${pad(mo)}`);
    return date(monthValue(a, mo, rel === 'this' ? 'future' : cx.tense()));
  },
});

// "early 2006", "mid-1996", "late 2006", "the end of 1990", "the beginning of 2009"
add({
  name: 'year-mod',
  cues: ['digit'],
  needs: /(?:early|mid|late|of)[\s-]+\d{4}/,
  re: re(`${L}(?:early|mid|late|the${_}(?:end|beginning|start|middle|close|first${_}half|second${_}half|rest|remainder|turn|spring|summer|fall|autumn|winter)${_}of)(?:-|${_})(?<yr>${YEAR4})${R}(?![,.]\\d|['’]?s\\b)`),
  read: (m) => date(grp(m, 'yr')!),
});

// "January this year", "June last year", "early March next year"
add({
  name: 'month-relyear',
  cues: ['month'],
  needs: /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?)\s+(?:this|last|next)\s+year/,
  re: re(`${L}(?:(?:early|mid|late)(?:-|${_}))?(?<mon>${MONTH_FULL}|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.)${_}(?<rel>this|last|next)${_}year${R}`),
  accept: (m) => /^[A-Z]/.test(m.groups!.mon!),
  read: (m, cx) => {
    const a = cx.anchor();
    const rel = lower(grp(m, 'rel'));
    const mo = monthNum(grp(m, 'mon')!);
    if (!a) return date(`XXXX-${pad(mo)}`);
    return date(fmtMonth(a.y + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0), mo));
  },
});

// "the week of March 6"
add({
  name: 'week-of-date',
  cues: ['month'],
  needs: /week of/,
  re: re(`${L}the${_}week${_}of${_}(?<mon>${MONTH})${_}(?<day>${DAYNUM})(?:,?${_}(?<yr>${YEAR4}))?${R}`),
  read: (m, cx) => {
    const mo = monthNum(grp(m, 'mon')!);
    const d = dayNum(grp(m, 'day')!);
    const v = grp(m, 'yr') ? `${grp(m, 'yr')}-${pad(mo)}-${pad(d)}` : monthDayValue(cx.anchor(), mo, d, cx.tense());
    const p = parseYMD(v);
    return date(p ? fmtWeek(p) : 'XXXX-WXX');
  },
});

// "For the week, the index fell", "the week's most active session": the week (or month) of the day under discussion
add({
  name: 'the-week',
  cues: ['unit'],
  needs: /the (?:week|month)\b/,
  late: true,
  re: re(`${L}the${_}(?<unit>week|month)${R}(?=['’]s|${_}?[,.;]|${_}(?:the|a|an|its|their|\\w+ed|was|were|had|ended|closed|rose|fell)\\b)(?!${_}(?:of|before|after|ended|ending|to|through|earlier|later|following|when|that|which|in|ahead|long)\\b)`),
  accept: (m, text) => {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 3);
    return /\b(?:for|during|over|throughout|of)\s+$/i.test(before) || /^['’]s/.test(after);
  },
  read: (m, cx) => {
    const unit = lower(grp(m, 'unit')) as 'week' | 'month';
    // The week or month just named ("the previous month ... the month's stories"), else that of the day in focus.
    const named = cx.previous((v) => parseValue(v)?.gran === unit, 400);
    if (named) return date(named);
    const p = parseYMD(dayInFocus(cx));
    if (!p) return date(unit === 'week' ? 'XXXX-WXX' : 'XXXX-XX');
    return date(unit === 'week' ? fmtWeek(p) : fmtMonth(p.y, p.m));
  },
});

// "the week ended March 16", "the week to Friday": the week that ends on that day
add({
  name: 'week-ended',
  cues: ['unit'],
  needs: /week\s+(?:ended|ending|to|through)\s/,
  re: re(`${L}the${_}week(?=${_}(?:ended|ending|to|through)${_}(?:on${_})?(?:(?<mon>${MONTH})${_}(?<day>${DAYNUM})(?:,?${_}(?<yr>${YEAR4}))?|(?<wd>${WEEKDAY}))${R})`),
  accept: (m) => !m.groups!.mon || /^[A-Z]/.test(m.groups!.mon),
  read: (m, cx) => {
    const g = m.groups!;
    let end: YMD | null;
    if (g.wd) end = parseYMD(weekdayValue(cx.anchor(), weekdayNum(g.wd), null, 'past'));
    else {
      const mo = monthNum(g.mon!);
      const d = dayNum(g.day!);
      end = parseYMD(g.yr ? `${g.yr}-${pad(mo)}-${pad(d)}` : monthDayValue(cx.anchor(), mo, d, 'past'));
    }
    return date(end ? fmtWeek(end) : 'XXXX-WXX');
  },
});

// "the last week of March", "the first week of June 2009"
add({
  name: 'week-of-month',
  cues: ['month'],
  needs: /week/,
  re: re(`${L}the${_}(?<ord>first|second|third|fourth|last|final)${_}week${_}of${_}(?<mon>${MONTH_FULL})(?:,?${_}(?<yr>${YEAR4}))?${R}`),
  read: (m, cx) => {
    const mo = monthNum(grp(m, 'mon')!);
    const a = cx.anchor();
    const y = grp(m, 'yr') ? +grp(m, 'yr')! : a ? +monthValue(a, mo, cx.tense()).slice(0, 4) : null;
    if (y === null) return date('XXXX-WXX');
    const ord = lower(grp(m, 'ord'));
    const n = ORDINALS[ord]!;
    const day = n > 0 ? { y, m: mo, d: Math.min(1 + (n - 1) * 7 + 3, daysInMonth(y, mo)) } : { y, m: mo, d: daysInMonth(y, mo) - 3 };
    return date(fmtWeek(day));
  },
});

// --- Holidays -------------------------------------------------------------------------------------

type Holiday = (y: number) => YMD;
const HOLIDAYS: [RegExp, Holiday][] = [
  [/^christmas eve$/, (y) => ({ y, m: 12, d: 24 })],
  [/^christmas(?: day)?$/, (y) => ({ y, m: 12, d: 25 })],
  [/^boxing day$/, (y) => ({ y, m: 12, d: 26 })],
  [/^new year's eve$/, (y) => ({ y, m: 12, d: 31 })],
  [/^new year's(?: day)?$/, (y) => ({ y, m: 1, d: 1 })],
  [/^valentine's day$/, (y) => ({ y, m: 2, d: 14 })],
  [/^halloween$/, (y) => ({ y, m: 10, d: 31 })],
  [/^(?:easter|easter sunday)$/, (y) => easter(y)],
  [/^easter monday$/, (y) => addDays(easter(y), 1)],
  [/^good friday$/, (y) => addDays(easter(y), -2)],
  [/^thanksgiving(?: day)?$/, (y) => nthWeekday(y, 11, 4, 4)],
  [/^(?:independence day|the fourth of july|july fourth)$/, (y) => ({ y, m: 7, d: 4 })],
  [/^labou?r day$/, (y) => nthWeekday(y, 9, 1, 1)],
  [/^memorial day$/, (y) => nthWeekday(y, 5, 1, -1)],
  [/^(?:martin luther king(?: jr\.?)? day|mlk day)$/, (y) => nthWeekday(y, 1, 1, 3)],
  [/^(?:presidents['’]? day|washington['’]s birthday)$/, (y) => nthWeekday(y, 2, 1, 3)],
  [/^(?:veterans['’]? day|remembrance day|armistice day)$/, (y) => ({ y, m: 11, d: 11 })],
  [/^election day$/, (y) => addDays(nthWeekday(y, 11, 1, 1), 1)],
  [/^mother['’]s day$/, (y) => nthWeekday(y, 5, 7, 2)],
  [/^father['’]s day$/, (y) => nthWeekday(y, 6, 7, 3)],
  [/^(?:st\.? patrick['’]s day|saint patrick['’]s day)$/, (y) => ({ y, m: 3, d: 17 })],
  [/^(?:international )?women['’]s day$/, (y) => ({ y, m: 3, d: 8 })],
  [/^may day$/, (y) => ({ y, m: 5, d: 1 })],
  [/^bastille day$/, (y) => ({ y, m: 7, d: 14 })],
  [/^canada day$/, (y) => ({ y, m: 7, d: 1 })],
  [/^australia day$/, (y) => ({ y, m: 1, d: 26 })],
  [/^anzac day$/, (y) => ({ y, m: 4, d: 25 })],
];

add({
  name: 'holiday',
  cues: ['holiday'],
  needs: /christmas|year['’]s|boxing|valentine|halloween|easter|good friday|thanksgiving|independence day|fourth of july|july fourth|labou?r day|memorial day|king(?: jr\.?)? day|mlk day|presidents['’]? day|washington['’]s birthday|veterans['’]? day|remembrance day|armistice day|election day|mother['’]s day|father['’]s day|patrick['’]s day|women['’]s day|may day|bastille day|canada day|australia day|anzac day/,
  re: re(`${L}(?:(?<eve>the${_}eve${_}of)${_})?(?<h>christmas(?:${_}(?:day|eve))?|new${_}year['’]s(?:${_}(?:day|eve))?|boxing${_}day|valentine['’]s${_}day|halloween|easter(?:${_}(?:sunday|monday))?|good${_}friday|thanksgiving(?:${_}day)?|independence${_}day|the${_}fourth${_}of${_}july|july${_}fourth|labou?r${_}day|memorial${_}day|martin${_}luther${_}king(?:${_}jr\\.?)?${_}day|mlk${_}day|presidents['’]?${_}day|washington['’]s${_}birthday|veterans['’]?${_}day|remembrance${_}day|armistice${_}day|election${_}day|mother['’]s${_}day|father['’]s${_}day|(?:st\\.?|saint)${_}patrick['’]s${_}day|(?:international${_})?women['’]s${_}day|may${_}day|bastille${_}day|canada${_}day|australia${_}day|anzac${_}day)(?:,?${_}(?<yr>${YEAR4}))?${R}`),
  accept: (m) => /^[A-Z]/.test(m.groups!.h!.replace(/^the\s+/i, '')),
  // "the eve of" belongs to the expression; "the" before a name like "the Fourth of July" too.
  read: (m, cx) => {
    const name = lower(grp(m, 'h'));
    const h = HOLIDAYS.find(([r]) => r.test(name));
    if (!h) return null;
    const a = cx.anchor();
    // "the eve of Independence Day": the day before.
    const day = (y: number): YMD => (grp(m, 'eve') ? addDays(h[1](y), -1) : h[1](y));
    // Canada keeps Thanksgiving on the second Monday of October: a story filed from Canada means that one.
    if (/^thanksgiving/.test(name) && canadianDateline(cx.text)) {
      const ca = (y: number): YMD => (grp(m, 'eve') ? addDays(nthWeekday(y, 10, 1, 2), -1) : nthWeekday(y, 10, 1, 2));
      if (grp(m, 'yr')) return date(fmtDate(ca(+grp(m, 'yr')!)));
      const named = thatYear(cx);
      if (named !== null) return date(fmtDate(ca(named)));
      if (!a) return date('XXXX-10');
      const first = ca(a.y);
      const y = +monthDayValue(a, first.m, first.d, cx.tense()).slice(0, 4);
      return date(fmtDate(ca(y)));
    }
    if (grp(m, 'yr')) return date(fmtDate(day(+grp(m, 'yr')!)));
    const named = thatYear(cx);
    if (named !== null) return date(fmtDate(day(named)));
    if (!a) return date(`XXXX-${fmtDate(day(2001)).slice(5)}`);
    const thisYear = h[1](a.y);
    const y = +monthDayValue(a, thisYear.m, thisYear.d, cx.tense()).slice(0, 4);
    return date(fmtDate(day(y)));
  },
});

/**
 * A dateline from Canada opening a paragraph in the first lines: a province after the place ("KAMLOOPS, B.C. —",
 * "HALIFAX, N.S. (CP) —") or a Canadian city known by its name alone ("CALGARY —", "TORONTO (Reuters) -").
 */
const CANADIAN_DATELINE = new RegExp(
  String.raw`(?:^|
)[ 	]*(?:\p{Lu}[\p{Lu} .'’-]+,\s*(?:B\.C\.|Alta\.|Sask\.|Man\.|Ont\.|Que\.|N\.B\.|N\.S\.|P\.E\.I\.|Nfld\.|N\.L\.|Y\.T\.|N\.W\.T\.|Nunavut|British Columbia|Alberta|Saskatchewan|Manitoba|Ontario|Quebec|New Brunswick|Nova Scotia|Newfoundland(?: and Labrador)?|Prince Edward Island|Yukon|Northwest Territories)|TORONTO|MONTREAL|MONTRÉAL|VANCOUVER|CALGARY|EDMONTON|OTTAWA|WINNIPEG|HALIFAX|REGINA|SASKATOON|QUEBEC CITY|QUÉBEC CITY|FREDERICTON|CHARLOTTETOWN|WHITEHORSE|YELLOWKNIFE|IQALUIT)(?:,\s*[\p{L}.]+(?:\s+\d{1,2}(?:,\s*\d{4})?)?)?\s*(?:\([^)]{1,40}\)\s*)?[—–-]\s`,
  'u',
);
let canadianCache: { text: string; yes: boolean } | null = null;
function canadianDateline(text: string): boolean {
  if (canadianCache?.text !== text) canadianCache = { text, yes: CANADIAN_DATELINE.test(text.slice(0, 1500)) };
  return canadianCache.yes;
}

// --- Deictic days and parts of days ---------------------------------------------------------------

const GENERIC_TODAY = /^['’]s\s+(?:(?:young|modern|fast-changing|changing|global|digital|\w+-\w+)\s+)?(?:world|youth|young|society|societies|generation|generations|children|kids|teenagers|students|parents|women|men|people|consumers|economy|technology|technologies|culture|standards|computers|personal\s+computers|cars|music|politics|media|market|markets|environment|climate|age|times|era)\b/i;

/** A relative pronoun before "today" and a verb of state after it: "that today have no …", "who today live …". */
const GENERIC_TODAY_AROUND = /\b(?:that|which|who|where)\s+$/i;
const GENERIC_TODAY_VERB = /^\s+(?:still\s+)?(?:have|has|lack|lacks|live|lives|remain|remains|own|owns|employ|employs|account|accounts|make\s+up|makes\s+up|number|numbers|cannot|can['’]t|do\s+not|don['’]t|does\s+not|doesn['’]t)\b/i;

const DAY_WORDS: Record<string, number> = { today: 0, tonight: 0, tomorrow: 1, yesterday: -1, 'the day before yesterday': -2, 'the day after tomorrow': 2 };

// "today", "yesterday morning", "late yesterday", "tomorrow night", "tonight", "the day after tomorrow"
add({
  name: 'deictic-day',
  cues: ['deictic'],
  needs: /today|tonight|tomorrow|yesterday/,
  re: re(`${L}(?:(?<pre>early|late|earlier|later)${_})?(?<w>today|tonight|tomorrow|yesterday|the${_}day${_}before${_}yesterday|the${_}day${_}after${_}tomorrow)(?:${_}(?<pod>morning|afternoon|evening|night))?${R}(?!-)`),
  accept: (m, text) =>
    !titleCase(text, m.index + m[0].length - m[0].trimStart().length + (m.groups!.pre ? m[0].indexOf(m.groups!.w!) : 0)) &&
    // "today's youth", "today's world": the present in general, not the day.
    !GENERIC_TODAY.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40)),
  read: (m, cx) => {
    const w = lower(grp(m, 'w'));
    // "towns that today have no broadband", "people who today live abroad": nowadays, the present in general.
    if (w === 'today' && !grp(m, 'pre') && !grp(m, 'pod') && GENERIC_TODAY_AROUND.test(cx.text.slice(Math.max(0, cx.start - 12), cx.start)) && GENERIC_TODAY_VERB.test(cx.text.slice(cx.end, cx.end + 30)))
      return date('PRESENT_REF');
    const a = (DAY_WORDS[w]! >= -1 && DAY_WORDS[w]! <= 1 ? spokenOn(cx) : null) ?? cx.anchor();
    const value = relative(a, 'day', DAY_WORDS[w]!);
    if (w === 'tonight') return { type: 'time', value: `${value}TNI` };
    return withPartOfDay(value, grp(m, 'pod'));
  },
});

// "this morning", "last night", "this afternoon", "tomorrow evening" (the latter above)
add({
  name: 'deictic-pod',
  cues: ['deictic'],
  needs: /morning|afternoon|evening|night/,
  re: re(`${L}(?:(?<pre>early|late|earlier|later)${_})?(?<rel>this|last|tomorrow|yesterday)${_}(?<pod>morning|afternoon|evening|night)${R}`),
  read: (m, cx) => {
    const rel = lower(grp(m, 'rel'));
    const pod = lower(grp(m, 'pod'));
    const n = rel === 'last' ? (pod === 'night' || pod === 'evening' ? -1 : -1) : rel === 'yesterday' ? -1 : rel === 'tomorrow' ? 1 : 0;
    return withPartOfDay(relative(spokenOn(cx) ?? cx.anchor(), 'day', n), pod);
  },
});

/**
 * The day a quotation was spoken, for its "today", "tonight", "yesterday", "this morning": the latest day the story
 * has told of before the paragraph's quotations open, when the quotation's frame names no day of its own: "The governor toured
 * the damage on Thursday afternoon. … “What I saw today is heartbreaking,” she told reporters" (published on Friday)
 * is Thursday. Only a day up to six days before the reference date; null otherwise.
 */
const FRAME_DAY = /\b(?:today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}(?:st|nd|rd|th)?)\b/i;

function spokenOn(cx: Context): YMD | null {
  const a = cx.anchor();
  if (!a) return null;
  const para = Math.max(cx.text.lastIndexOf('\n', cx.start), 0);
  const before = cx.text.slice(para, cx.start);
  const opened = Math.max(before.lastIndexOf('“'), before.lastIndexOf('"') >= 0 && (before.match(/"/g)?.length ?? 0) % 2 === 1 ? before.lastIndexOf('"') : -1);
  if (opened < 0 || before.lastIndexOf('”') > opened) return null;
  // The frame after the quotation, up to the end of its sentence, names no day ("…,” she said Thursday).
  const rest = cx.text.slice(cx.end, cx.end + 400);
  const close = rest.search(/[”"]/);
  if (close < 0) return null;
  const frame = /^[^.!?\n]*/.exec(rest.slice(close + 1))![0];
  if (FRAME_DAY.test(frame)) return null;
  // The day is told before the paragraph's quotations open (not one said inside them: "“I informed John Bolton last
  // night …,” wrote Trump, “… which was given to me this morning.”").
  const open = para + before.search(/[“"]/);
  // (A day a frame names since then leaves it open: "“We are sorry,” Tsai said Friday. “Today …”".)
  const frames = cx.text.slice(open, para + opened).replace(/“[^”]*”|"[^"]*"/g, ' ');
  if (FRAME_DAY.test(frames)) return null;
  const told = cx.previous(isDayValue, cx.start - open + 1500, false, open);
  const d = told ? parseYMD(told.slice(0, 10)) : null;
  if (!d) return null;
  const back = (Date.UTC(a.y, a.m - 1, a.d) - Date.UTC(d.y, d.m - 1, d.d)) / 86_400_000;
  return back >= 1 && back <= 6 ? d : null;
}

const HABITUAL = /\b(?:usually|often|always|generally|typically|normally|sometimes|rarely|seldom|never|every|each|tend\s+to|used\s+to)\b/i;

/** The text of the sentence around an expression, roughly: up to the sentence ends on either side. */
function sentenceAround(cx: Context): string {
  const before = cx.text.slice(Math.max(0, cx.start - 200), cx.start);
  const after = cx.text.slice(cx.end, cx.end + 200);
  const b = before.search(/[.!?]\s+[^.!?]*$/);
  const a = after.search(/[.!?](?:\s|$)/);
  return `${b >= 0 ? before.slice(b + 1) : before} ${a >= 0 ? after.slice(0, a) : after}`;
}

/** The day under discussion: a day named in the sentence, else the latest event day in the last few paragraphs, else the reference day. */
function dayInFocus(cx: Context): string {
  const day = cx.previous(isDayValue, 0) ?? cx.previous(narrative(cx, isDayValue), 3000, true) ?? relative(cx.anchor(), 'day', 0);
  return day.slice(0, 10);
}

/** A negated present, future or modal before "overnight" in its sentence: the idiom "not … overnight" (not at once). */
const NOT_AT_ONCE = /\b(?:won['’]t|will\s+not|wouldn['’]t|can['’]t|cannot|can\s+not|doesn['’]t|does\s+not|don['’]t|do\s+not|isn['’]t|is\s+not|aren['’]t|are\s+not|['’]re\s+not|['’]s\s+not|not\s+going\s+to|never)\b[^.!?;]*$/i;

// "overnight": the night before the day under discussion ("shares fell overnight in Asia"), or the coming one
add({
  name: 'overnight',
  cues: ['deictic'],
  needs: /overnight/,
  late: true,
  re: re(`${L}overnight${R}(?!-)`),
  accept: (m, text) =>
    // "an overnight success", "almost overnight" (suddenly) are not nights.
    !/^\s+(?:success|sensation|star|celebrity|hit|millionaire|fame)\b/i.test(text.slice(m.index + 9, m.index + 30)) &&
    !/\b(?:almost|virtually|nearly|practically|seemingly|literally)\s+$/i.test(text.slice(Math.max(0, m.index - 14), m.index)) &&
    !titleCase(text, m.index) &&
    // "won't happen overnight", "we're not going to throw him into a new system overnight": at once, no night.
    !NOT_AT_ONCE.test(text.slice(Math.max(0, m.index - 100), m.index)),
  read: (m, cx) => {
    // "units were staffed by a single guard overnight", told of a month or a year with no day: no night in particular.
    if (!cx.previous(isDayValue, 0) && (HABITUAL.test(sentenceAround(cx)) || cx.previous((v) => !!parseValue(v) && parseValue(v)!.gran !== 'day', 0)))
      return { type: 'time', value: 'XXXX-XX-XXTNI' };
    const day = dayInFocus(cx);
    const p = parseYMD(day);
    if (!p) return { type: 'time', value: 'XXXX-XX-XXTNI' };
    // After an afternoon, an evening or a night of that day ("up from 1,500 hectares Saturday afternoon. … overnight"),
    // the night that follows it.
    const from = cx.previous(isDayValue, 0) ?? cx.previous(narrative(cx, isDayValue), 3000, true) ?? '';
    const late = /T(?:AF|EV|NI|1[2-9]:\d\d|2[0-4]:\d\d)/.test(from) && from.startsWith(day);
    return { type: 'time', value: `${fmtDate(cx.tense() === 'future' || late ? p : addDays(p, -1))}TNI` };
  },
});

// "by mid-afternoon", "in the morning", "in morning trading", "late in the evening": a part of the day under discussion
add({
  name: 'part-of-day',
  cues: ['deictic'],
  needs: /morning|afternoon|evening/,
  late: true,
  re: re(`(?:${L}mid[- ]?(?<mid>morning|afternoon|day)(?:${_}(?<dw>yesterday|today|tomorrow|${WEEKDAY}))?|(?<=${L}(?:in|during|by|until|till|through|throughout|since|from|early${_}in|late${_}in|later${_}in|earlier${_}in)${_})the${_}(?<the>morning|afternoon|evening)|(?<trading>morning|afternoon|evening)(?=${_}(?:trading|trade|session|deals|dealings)\\b))${R}(?!-)`),
  accept: (m, text) => {
    const g = m.groups!;
    const word = g.mid ?? g.the ?? g.trading!;
    // "Imus in the Morning" is a title.
    if (/^[A-Z]/.test(word) && titleCase(text, m.index + m[0].lastIndexOf(word))) return false;
    return !(g.the && /^\s+(?:of|after|before|when|that|which)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10)));
  },
  read: (m, cx) => {
    const g = m.groups!;
    const pod = lower(g.mid ?? g.the ?? g.trading);
    const code = pod === 'day' ? 'MI' : PARTS_OF_DAY[pod]!;
    // "mid-afternoon yesterday", "mid-morning Tuesday": the day is given.
    const dw = lower(g.dw);
    if (dw) {
      const day = dw in DAY_WORDS ? relative(cx.anchor(), 'day', DAY_WORDS[dw]!) : weekdayValue(cx.anchor(), weekdayNum(dw), null, cx.tense());
      return { type: 'time', value: `${day}T${code}` };
    }
    // "Owls call in the evening", "they usually come in the morning": a habit, not a day.
    const tense = cx.tense();
    if (!cx.previous(isDayValue, 0) && (tense === 'present' || HABITUAL.test(sentenceAround(cx)))) return { type: 'time', value: `XXXX-XX-XXT${code}` };
    return { type: 'time', value: `${dayInFocus(cx)}T${code}` };
  },
});

// "later in the day", "during the day": the day under discussion
add({
  name: 'the-day',
  cues: ['unit'],
  needs: /(?:in|during) the day\b/,
  late: true,
  re: re(`(?<=${L}(?:earlier|later|early|late)${_}in${_}|${L}during${_})the${_}day${R}(?!${_}(?:of|before|after|when|that|today|yesterday|tomorrow|${WEEKDAY})\\b)`),
  read: (m, cx) => date(dayInFocus(cx)),
});

// "Tuesday", "last Friday", "next Monday", "Friday morning", "Tuesday night", "this coming Sunday"
// ("early"/"late" before a weekday stay outside the extent, as in TimeBank).
add({
  name: 'weekday',
  cues: ['weekday'],
  needs: /\b(?:mon|tue|wed|thu|fri|sat|sun)/,
  re: re(`${L}(?:(?:the${_})?(?<rel>this${_}coming|this${_}past|last|next|this|past|coming|previous|following)${_})?(?<wd>${WEEKDAY})(?:${_}(?<pod>${POD}))?${R}(?!${_}(?:${MONTH})\\b)`),
  accept: (m, text) => {
    if (!/^[A-Z]/.test(m.groups!.wd!) || (/^the\s/i.test(m[0]) && !/^(?:previous|following)$/i.test(m.groups!.rel ?? ''))) return false;
    if (m.groups!.rel) return true;
    const before = text.slice(Math.max(0, m.index - 30), m.index + m[0].length - m[0].trimStart().length);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    // "the Sunday Review", "The Sunday Times": the name of a paper or a show.
    if (/\bthe\s+$/i.test(before) && !m.groups!.pod && /^\s+[A-Z][a-z]+/.test(after) && !new RegExp(`^\\s+(?:${MONTH}|${WEEKDAY})\\b`, 'i').test(after)) return false;
    // "Friday Harbor", "Thursday Island", "the Sunday Times": a weekday before the capitalised word that heads a name
    // of a place, a paper or a club is a word of that name.
    if (!m.groups!.pod && NAME_HEAD_AFTER.test(after)) return false;
    // "a second Sunday lunch", "another Friday": one more of a kind, no day.
    return !/\b(?:(?:a|an)\s+(?:second|third|fourth|fifth|new|typical|proper|traditional|usual)|another)\s+$/i.test(before);
  },
  read: (m, cx) => {
    const dow = weekdayNum(grp(m, 'wd')!);
    if (!dow) return null;
    const rel = lower(grp(m, 'rel')).replace(/^this /, '');
    if ((rel === 'previous' || rel === 'following') && /^the\s/i.test(m[0])) {
      // "the previous Friday": before the day under discussion.
      const base = anchorFor(cx, isDayValue, true);
      if (base) return withPartOfDay(weekdayValue(base, dow, rel === 'previous' ? 'last' : 'next', null), grp(m, 'pod'));
    }
    const r = rel === 'last' || rel === 'past' || rel === 'previous' ? 'last' : rel === 'next' || rel === 'coming' || rel === 'following' ? 'next' : rel === 'this' ? 'this' : null;
    let tense = cx.tense();
    if (!r && /^['’]s\b/.test(cx.text.slice(cx.end, cx.end + 3))) {
      // "Tuesday's ruling": the day of an event, mostly one reported; ahead only when the text looks forward to it
      // ("ahead of Sunday's vote", "Sunday's vote will decide"), not from a reported "would" ("would appeal Monday's ruling").
      const before = cx.text.slice(Math.max(0, cx.start - 60), cx.start);
      if (/\b(?:ahead\s+of|upcoming|until|till|awaiting|await)\s+$/i.test(before)) tense = 'future';
      // A reported "would" with a deadline keeps it ahead ("would address it before Monday's game").
      else if (tense === 'future' && /\bwould\b/i.test(before) && !/\b(?:before|by)\s+$/i.test(before)) tense = 'past';
    }
    return withPartOfDay(weekdayValue(cx.anchor(), dow, r, tense), grp(m, 'pod'));
  },
});

/** The capitalised head word of a name of a place, a paper or a club, right after a word of it ("Friday Harbor"). */
const NAME_HEAD_AFTER =
  /^ (?:Harbou?r|Islands?|Isle|Bay|Creek|River|Lake|Point|Beach|Cove|Hills?|Mountains?|Valley|Springs?|Falls|Street|St|Road|Rd|Avenue|Ave|Lane|Square|Park|Market|Bridge|Times|Post|Mail|Telegraph|Herald|Express|Independent|Club|Group|School|Church)\b(?![-'’])/;

// --- Clock times --------------------------------------------------------------------------------

const AMPM = '(?:a\\.m\\.|p\\.m\\.|a\\.m|p\\.m|am|pm)(?![\\w])';
const TZ = `(?:(?:UTC|GMT)(?:${_}?[+−-]${_}?\\d{1,2}(?::?\\d\\d)?)?|Z|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|IST|JST|AEST|AEDT)(?![\\w])`;
const CLOCK =
  `(?:(?<h>[01]?\\d|2[0-3])(?:[:.](?<mi>[0-5]\\d))?${_}?(?<ampm>${AMPM})|(?<h24>[01]?\\d|2[0-3]):(?<mi24>[0-5]\\d)(?=${_}?(?:${TZ}|hours?|hrs|h\\b|local${_}time))|(?<=${L}(?:at|by|until|till|from|before|after|since|around|about|approximately|shortly${_}(?:before|after))${_})(?<h24b>[01]\\d|2[0-3]|[1-9]):(?<mi24b>[0-5]\\d)(?![:.,]?\\d)|(?<hw>${NUMWORD_SMALL.split('|').slice(1, 13).join('|')}|1[0-2]|[1-9])${_}(?:o['’]clock|(?<pw>in${_}the${_}(?:morning|afternoon|evening)|at${_}night))|(?<hoc>[01]?\\d|2[0-3])${_}o['’]clock|(?<noon>noon|midnight|midday))`;
const DAYREF = `(?<dw>${WEEKDAY}|today|tonight|tomorrow|yesterday)|(?<dmon>${MONTH})${_}(?<dday>${DAYNUM})(?:,?${_}(?<dyr>${YEAR4}))?`;

function clockReading(m: RegExpExecArray): { hh: number; mm: number; tz: string } | null {
  const g = m.groups!;
  let h: number;
  let mm = 0;
  if (g.noon) {
    const w = g.noon.toLowerCase();
    return { hh: w === 'midnight' ? 24 : 12, mm: 0, tz: '' };
  }
  if (g.h !== undefined) {
    h = +g.h;
    mm = g.mi ? +g.mi : 0;
    const pm = /^p/i.test(g.ampm!);
    if (h > 12 || h === 0) return null;
    if (pm && h < 12) h += 12;
    if (!pm && h === 12) h = 0;
  } else if (g.h24 !== undefined) {
    h = +g.h24;
    mm = +g.mi24!;
  } else if (g.h24b !== undefined) {
    // A 24-hour time after a preposition of time: "at 13:30", "by 20:21".
    h = +g.h24b;
    mm = +g.mi24b!;
  } else if (g.hw !== undefined) {
    h = /^\d/.test(g.hw) ? +g.hw : parseNumber(g.hw);
    const pw = lower(g.pw);
    if ((pw.includes('afternoon') || pw.includes('evening') || (pw.includes('night') && h >= 6)) && h < 12) h += 12;
  } else if (g.hoc !== undefined) {
    h = +g.hoc;
  } else return null;
  const tz = /\b(?:UTC|GMT)\b(?!\s?[+−-]\s?\d)|\d\s?Z\b/.test(m[0]) ? 'Z' : '';
  return { hh: h, mm, tz };
}

function dayOfRef(m: RegExpExecArray, cx: Context): string | null {
  const g = m.groups!;
  const a = cx.anchor();
  if (g.dw) {
    const w = lower(g.dw);
    if (w in DAY_WORDS) return relative(a, 'day', DAY_WORDS[w]!);
    // A clock time after "until" or "by" is a deadline: the tense of the clause says where it lies.
    return weekdayValue(a, weekdayNum(g.dw), null, cx.tense());
  }
  if (g.dmon) {
    const mo = monthNum(g.dmon);
    const d = dayNum(g.dday!);
    if (g.dyr) return isValid(+g.dyr, mo, d) ? fmtDate({ y: +g.dyr, m: mo, d }) : null;
    return monthDayValue(a, mo, d, cx.tense());
  }
  return null;
}

/**
 * Where the clause of a clock time ends: at a comma or a relative word that opens another clause after it ("issued
 * shortly after 5am for three towns, where the fire has burnt 14,000 hectares since it was sparked on Sunday night"), whose
 * day is not the clock time's.
 */
function clauseEnd(cx: Context): number {
  const after = cx.text.slice(cx.end, cx.end + 300);
  const m = /,\s*(?:where|which|who|when|since|after|while|although|though|because|but|as)\b|\s(?:where|which)\s|;/i.exec(after);
  return m ? cx.end + m.index : cx.end + after.length;
}

function timeValue(day: string, c: { hh: number; mm: number; tz: string }): string {
  return `${day}T${pad(c.hh)}:${pad(c.mm)}${c.tz}`;
}

// "10:35 a.m.", "5 p.m. EST Nov. 9", "noon Thursday", "16:00 UTC today", "4 in the morning"
add({
  name: 'clock',
  cues: ['digit', 'deictic'],
  needs: /\d\s?(?:[ap]\.?m\b|o['’]clock)|\d:\d\d|noon|midnight|midday|o['’]clock/,
  late: true,
  re: re(
    `${L}(?:(?<mod>shortly${_}(?:before|after)|just${_}(?:before|after))${_})?${CLOCK}(?:${_}?(?:\\(${TZ}\\)|${TZ}))?(?:(?:${_}local${_}time)?,?${_}(?:on${_})?(?:${DAYREF}))?${R}`,
  ),
  accept: (m, text) => {
    const g = m.groups!;
    if (g.noon && /^noon$/i.test(g.noon) && /^-/.test(text.slice(m.index + m[0].length))) return false;
    // ("the midnight sun", "midnight mass" are no times of a day.)
    if (g.noon && /^\s+(?:sun|mass|blue|oil)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6))) return false;
    if (g.noon && (titleCase(text, m.index + m[0].indexOf(g.noon)) || /\bhigh\s+$/i.test(text.slice(Math.max(0, m.index - 6), m.index)))) return false;
    return true;
  },
  trim: (m) => {
    // "shortly before" / "just after" are prepositions of the time, not part of it; "about" stays.
    const mod = lower(m.groups!.mod);
    if (mod.startsWith('shortly') || mod.startsWith('just')) {
      const i = m[0].length - m[0].slice(m.groups!.mod!.length).trimStart().length;
      return [i, m[0].length];
    }
    return [0, m[0].length];
  },
  read: (m, cx) => {
    const c = clockReading(m);
    if (!c) return null;
    let day = dayOfRef(m, cx);
    // A live blog's entry stamp ("¶ 10.55am: Police have closed …") is the time of the entry: the reference day.
    const stamp = !day && /(?:^|\n)\s*$/.test(cx.text.slice(Math.max(0, cx.start - 4), cx.start)) && /^\s*[:–—-]/.test(cx.text.slice(cx.end, cx.end + 3));
    if (stamp && cx.anchor()) day = relative(cx.anchor(), 'day', 0);
    if (!day) {
      // Borrow the day of the sentence ("at 10:35 a.m. … Friday"), else the day under discussion, else the anchor.
      // (A day ahead is under discussion only for a clock time that looks ahead too: "reconnected by tomorrow night.
      // ¶ 10.55am: The chief executive …" is today.)
      const a = cx.anchor();
      const ahead = (v: string): boolean => !!a && DATE_VALUE.test(v) && v.slice(0, 10) > fmtDate(a);
      const discussed = cx.tense() === 'future' ? narrative(cx, isDayValue) : (v: string): boolean => isDayValue(v) && !ahead(v);
      const same = cx.previous(isDayValue, 0, false, clauseEnd(cx));
      const from = same ?? cx.previous(discussed, 400, true) ?? relative(a, 'day', 0);
      day = from.slice(0, 10);
      const d = parseYMD(day);
      // The small hours after a night told before ("overnight. … at 4:30 a.m.") are those of the next day.
      if (d && !same && /TNI$/.test(from) && c.hh < 6) day = fmtDate(addDays(d, 1));
      if (d && c.hh === 24) {
        // "midnight" of a day borrowed: the one that closes it, unless it is a morning ("early Saturday morning, after
        // midnight") or a clause told in the past would put that after the reference date ("They phoned me at
        // midnight": the one that opened it). Written as the end of the day it closes, or after "after"/"since" as the
        // start of the day it opens ("shortly after midnight" → T00:00).
        const opens = /TMO$/.test(from) || (cx.tense() === 'past' && !!a && fmtDate(a) <= day);
        const closed = opens ? addDays(d, -1) : d;
        if (/\b(?:after|since|from)\s+$/i.test(cx.text.slice(Math.max(0, cx.start - 16), cx.start))) return { type: 'time', value: `${fmtDate(addDays(closed, 1))}T00:00${c.tz}` };
        day = fmtDate(closed);
      }
    }
    return { type: 'time', value: timeValue(day, c) };
  },
});

// "Wednesday at 10 p.m.", "Monday, 12:00 UTC" → the day first
add({
  name: 'day-clock',
  cues: ['digit', 'deictic'],
  needs: /\d\s?(?:[ap]\.?m\b|o['’]clock)|\d:\d\d|noon|midnight|midday|o['’]clock/,
  re: re(`${L}(?:${DAYREF}),?${_}(?:at${_})?${CLOCK}(?:${_}?(?:\\(${TZ}\\)|${TZ}))?${R}`),
  accept: (m) => {
    const dw = m.groups!.dw;
    return dw ? /^[A-Z]|^(?:today|tonight|tomorrow|yesterday)$/i.test(dw) : /^[A-Z]/.test(m.groups!.dmon!);
  },
  read: (m, cx) => {
    const c = clockReading(m);
    const day = dayOfRef(m, cx);
    if (!c || !day) return null;
    return { type: 'time', value: timeValue(day, c) };
  },
});

// --- Relative periods: "last week", "this year", "next month", "the past decade" -----------------

const REL_UNIT = '(?:week|weekend|month|year|decade|fortnight)';

// "this week", "last year", "next month", "the current year", "the previous year", "the following week",
// "earlier this month", "late last year", "the end of this year", "early next week"
add({
  name: 'rel-unit',
  cues: ['unit'],
  needs: /\b(?:this|last|next|past|coming|previous|following|current|present|same|prior|upcoming)\s+(?:week|month|year|decade|fortnight)/,
  re: re(
    `${L}(?:(?<pos>earlier|later|early|late|mid|the${_}(?:end|start|beginning|middle|close|rest|remainder|first${_}half|second${_}half|latter${_}half|turn)${_}of)(?:-|${_}))?(?<the>the${_})?(?<rel>this|last|next|past|coming|previous|following|current|present|same|prior|upcoming)${_}(?<unit>${REL_UNIT})${R}(?!['’]s${_}(?:\\w+${_})?(?:first|second|third|fourth|final)${_}quarter)`,
  ),
  accept: (m, text) => {
    const rel = lower(m.groups!.rel);
    // "the same year", "the following day" need "the"; "same year" alone is not a time expression.
    if ((rel === 'same' || rel === 'following' || rel === 'previous' || rel === 'prior' || rel === 'current' || rel === 'present' || rel === 'upcoming') && !m.groups!.the) return false;
    // "last year's" stays a date; "next week-end" no; "This Week" is a programme.
    if (titleCase(text, m.index + m[0].length - m.groups!.unit!.length)) return false;
    return !/^-\w/.test(text.slice(m.index + m[0].length));
  },
  read: (m, cx) => {
    const unit = unitOf(grp(m, 'unit')!)!;
    const rel = lower(grp(m, 'rel'));
    const hasThe = !!grp(m, 'the');
    const pos = grp(m, 'pos');
    if ((hasThe || rel === 'past') && (rel === 'past' || rel === 'last' || rel === 'coming' || rel === 'next') && !pos && unit.key === 'decade') {
      // "the past decade": the span of ten years up to now (as TimeML annotates it).
      return { type: 'duration', value: durationValue(1, unit) };
    }
    let gran = granOf(unit)!;
    if (unit.key === 'weekend') {
      const a = cx.anchor();
      if (!a) return date('XXXX-WXX-WE');
      const n = rel === 'last' || rel === 'past' || rel === 'previous' ? -1 : rel === 'next' || rel === 'coming' || rel === 'following' ? 1 : 0;
      // "this weekend" said on a Monday or Tuesday in the past tense is the one just gone.
      let base = n === -1 ? addDays(a, -7) : n === 1 ? addDays(a, 7) : a;
      if (n === 0 && weekday(a) <= 2 && cx.tense() === 'past') base = addDays(a, -7);
      return date(`${fmtWeek(base)}-WE`);
    }
    if (unit.key === 'fortnight') gran = 'week';
    let n = 0;
    if (rel === 'last' || rel === 'past' || rel === 'previous' || rel === 'prior') n = -1;
    else if (rel === 'next' || rel === 'coming' || rel === 'following' || rel === 'upcoming') n = 1;
    if (rel === 'previous' || rel === 'following' || rel === 'same' || rel === 'prior' || (hasThe && rel === 'next')) {
      // Anaphoric: relative to the period under discussion.
      const base = anchorFor(cx, (v) => parseValue(v) !== null && granRank(parseValue(v)!.gran) <= granRank(gran), true);
      return date(base ? formatAt(shift(base, gran, n), gran) : unknownAt(gran));
    }
    return date(relative(cx.anchor(), gran, n));
  },
});

/** The weekend nearest the anchor on the side the tense says (the one just gone unless the future is meant). */
function weekendValue(a: YMD | null, tense: ReturnType<Context['tense']>): string {
  if (!a) return 'XXXX-WXX-WE';
  const wd = weekday(a);
  if (tense === 'future') return `${fmtWeek(wd === 7 ? addDays(a, 7) : a)}-WE`;
  return `${fmtWeek(wd >= 6 ? a : addDays(a, -7))}-WE`;
}

// "the weekend", "over the weekend"
add({
  name: 'weekend',
  cues: ['unit'],
  needs: /weekend/,
  re: re(`${L}the${_}weekend${R}(?!${_}(?:of|before|after|edition|papers?)\\b)`),
  read: (m, cx) => date(weekendValue(cx.anchor(), cx.tense())),
});

// "that year", "later that year", "that day", "earlier that month": the period under discussion.
add({
  name: 'that-unit',
  cues: ['unit', 'deictic'],
  needs: /\bthat\s+(?:same\s+)?(?:day|week|month|year|morning|afternoon|evening|night)/,
  re: re(`${L}(?:(?<pos>earlier|later|early|late)${_})?that${_}(?<same>same${_})?(?<unit>day|week|month|year|morning|afternoon|evening|night)${R}(?!['’]s|${_}(?:when|which|that|of)\\b)`),
  read: (m, cx) => {
    const u = lower(grp(m, 'unit'));
    const pod = PARTS_OF_DAY[u];
    const gran: Granularity = pod || u === 'day' ? 'day' : (u as Granularity);
    const events = gran === 'day' || gran === 'week';
    const fits = (v: string): boolean => {
      const p = parseValue(v);
      return !!p && granRank(p.gran) <= granRank(gran);
    };
    // "Christmas weekend that year", "March that year": the time it qualifies takes its year from it, not the other
    // way round.
    const own = gran === 'year' ? (/(?:[A-Za-z'’.]+\s+){1,3}$/.exec(cx.text.slice(Math.max(0, cx.start - 40), cx.start))?.[0].length ?? 0) : 0;
    const base = cx.previous(events ? narrative(cx, fits) : fits, Infinity, events, cx.start - own);
    const p = base ? parseValue(base) : null;
    if (!p) return null;
    const v = formatAt(p.ymd, gran);
    return pod ? { type: 'time', value: `${v}T${pod}` } : date(v);
  },
});

// "year-end", "by year end", "year's end", "the end of the year", "the end of the month"
add({
  name: 'period-end',
  cues: ['unit'],
  needs: /year[-\s'’]*s?\s*end|(?:end|beginning|start|middle|close|rest|remainder) of the (?:year|month|week|quarter)/,
  re: re(`${L}(?:(?<ye>year-end|year${_}end|year['’]s${_}end)|the${_}(?:end|beginning|start|middle|close|rest|remainder)${_}of${_}the${_}(?<unit>year|month|week|quarter))${R}`),
  read: (m, cx) => {
    const a = cx.anchor();
    const unit = lower(grp(m, 'unit')) || 'year';
    // "since the end of the year": the one gone; "since the start of the year" is this one.
    const since = /\bsince\s+$/i.test(cx.text.slice(Math.max(0, cx.start - 8), cx.start)) && !/\b(?:beginning|start)\b/i.test(m[0]);
    if (unit === 'year') return date(a ? fmtYear(a.y - (since ? 1 : 0)) : 'XXXX');
    return date(relative(a, unit as Granularity, since ? -1 : 0));
  },
});

// "the year", "the fiscal year", "the full year": the year under discussion; "the year ended June 30" a span.
add({
  name: 'the-year',
  cues: ['unit'],
  needs: /\bthe\s+(?:[a-z]+\s+){0,2}year/,
  re: re(`${L}the${_}(?<adj>(?:(?:full|fiscal|calendar|entire|whole|current|latest)${_}){0,2})year${R}(?!['’]s|-|${_}(?:of|in|before|after|earlier|ago|later|ahead|to${_}come|\\d|two${_}thousand|nineteen)\\b)`),
  read: (m, cx) => {
    // "the year ended June 30", "the year to March": the twelve months up to a date; "the fiscal year starting next
    // July" the twelve months from one.
    const after = cx.text.slice(cx.end, cx.end + 30);
    if (/^\s+(?:ended|ending|starting|beginning|through|to\s+date|to\s+(?:the\s+end\s+of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s|,|$))/i.test(after) || /\b(?:throughout|during)\s+$/i.test(cx.text.slice(Math.max(0, cx.start - 12), cx.start))) return { type: 'duration', value: 'P1Y' };
    const adj = lower(grp(m, 'adj'));
    const prev = /current|fiscal|calendar|latest/.test(adj) ? null : cx.previous(isYearish, 1500);
    if (prev) return date(prev.slice(0, 4));
    const a = cx.anchor();
    return date(a ? fmtYear(a.y) : 'XXXX');
  },
});

// "in the new year": the year that begins at the next New Year's Day, the current one early in a year
add({
  name: 'new-year',
  cues: ['holiday'],
  needs: /the new year/,
  re: re(`${L}the${_}new${_}year${R}(?!['’]|${_}(?:holidays?|celebrations?|eve|day|festival|break|party|parties|message|address|honou?rs|resolutions?|sales?)\\b)`),
  // ("to celebrate the new year", "ring in the New Year": the holiday, not the year.)
  accept: (m, text) => !/\b(?:celebrat\w*|mark\w*|ring\w*\s+in|welcom\w*|see\w*\s+in|usher\w*\s+in|toast\w*)\s+$/i.test(text.slice(Math.max(0, m.index - 24), m.index)),
  read: (_m, cx) => {
    // Said in January or February the new year is the one just begun; later in a year, the coming one.
    const a = cx.anchor();
    return date(a ? fmtYear(a.m <= 2 ? a.y : a.y + 1) : 'XXXX');
  },
});

// "the year before", "the year previous", "the previous year" (the latter in rel-unit)
add({
  name: 'year-before',
  cues: ['unit'],
  needs: /the (?:year|month|week|day) (?:before|previous|earlier|after|following|later)/,
  re: re(`${L}the${_}(?<unit>year|month|week|day)${_}(?<dir>before|previous|earlier|after|following|later)${R}(?!${_}(?:last|that|the|his|her|its|their|\\w+ed)\\b)`),
  accept: (m, text) => !/^(?:before|after)$/i.test(m.groups!.dir!) || /^\s*(?:[.,;:!?)"”’]|$)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3)),
  read: (m, cx) => {
    const gran = lower(grp(m, 'unit')) as Granularity;
    const n = /before|previous|earlier/.test(lower(grp(m, 'dir'))) ? -1 : 1;
    const base = anchorFor(cx, (v) => {
      const p = parseValue(v);
      return !!p && granRank(p.gran) <= granRank(gran);
    }, gran === 'day' || gran === 'week');
    return date(base ? formatAt(shift(base, gran, n), gran) : unknownAt(gran));
  },
});

// "the same month a year ago", "the same period last year", "the same quarter a year earlier"
add({
  name: 'same-period-ago',
  cues: ['unit'],
  needs: /(?:day|week|month|quarter|period|time) (?:a year|last year|of last|of the previous|the previous|the prior)/,
  re: re(`${L}the${_}(?:(?:same|comparable|corresponding)${_})?(?<unit>day|week|month|quarter|period|time)${_}(?:(?:a${_}year${_}(?:ago|earlier|before))|last${_}year|of${_}(?:last|the${_}previous)${_}year|the${_}(?:previous|prior)${_}year)${R}`),
  read: (m, cx) => {
    const unit = lower(grp(m, 'unit'));
    const want: Granularity | null = unit === 'period' || unit === 'time' ? null : (unit as Granularity);
    const prev = cx.previous((v) => {
      const p = parseValue(v);
      return !!p && (want ? p.gran === want : granRank(p.gran) < granRank('year'));
    }, 1500);
    if (prev) {
      const p = parseValue(prev)!;
      return { type: 'date', value: formatAt(shift(p.ymd, 'year', -1), p.gran), aside: true };
    }
    const a = cx.anchor();
    return { type: 'date', value: a ? fmtYear(a.y - 1) : 'XXXX', aside: true };
  },
});

function granRank(g: Granularity): number {
  return ['day', 'week', 'month', 'quarter', 'half', 'season', 'year', 'decade', 'century'].indexOf(g);
}

// "the past two years", "the next few days", "the last 24 hours", "past 20 years", "the coming months"
add({
  name: 'rel-span',
  cues: ['unit'],
  needs: /\b(?:past|last|next|coming|previous|following|recent|first|final|latest|remaining|ensuing|preceding|prior|initial|opening|closing)\s+(?:[\w,-]+\s+){0,4}(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?|yrs?|decades?|centur|millenni)/,
  re: re(
    `${L}(?<the>the${_})?(?<rel>past|last|next|coming|previous|following|recent|first|final|latest|remaining|ensuing|preceding|prior|initial|opening|closing)${_}(?:(?<num>${NUM})(?:${NUM_UPPER})?${_})?(?:(?:trading|business|working|calendar)${_})?(?<unit>${UNIT_WORD})(?:${_}(?<orso>or${_}so))?${R}`,
  ),
  accept: (m, text) => {
    const g = m.groups!;
    const unit = unitOf(g.unit!);
    if (!unit) return false;
    const plural = /s$/i.test(g.unit!) && !/^(?:hrs|mins|secs|yrs|wks)$/i.test(g.unit!);
    if (!g.num && !plural) return false; // "last week" is rel-unit
    // "The Last Days of Pompeii" is a title.
    if (titleCase(text, m.index + m[0].indexOf(g.rel!)) && /^[A-Z]/.test(g.unit!)) return false;
    const rel = lower(g.rel);
    // "expected to last two days": "last" is the verb; the span is "two days".
    if (rel === 'last' && !g.the && /\b(?:to|will|would|could|may|might|should|can|must|did|does|do|not|n['’]t)\s+$/i.test(text.slice(Math.max(0, m.index - 10), m.index))) return false;
    if ((rel === 'first' || rel === 'final' || rel === 'latest' || rel === 'remaining' || rel === 'initial' || rel === 'opening' || rel === 'closing') && !g.the) return false;
    return true;
  },
  read: (m) => {
    const unit = unitOf(grp(m, 'unit')!)!;
    const num = grp(m, 'num');
    const n = num ? parseNumber(num) : NaN;
    return { type: 'duration', value: durationValue(n, unit) };
  },
});

// "recent years", "recent weeks", "in recent months"
// (covered by rel-span with rel = recent)

// "two weeks ago", "a year earlier", "several years ago", "three days later", "50 years ago"
add({
  name: 'ago',
  cues: ['unit'],
  needs: /(?:second|sec|minute|min|hour|hr|day|night|week|fortnight|month|quarter|year|yr|decade|centur|millenni)[a-z]*\s+(?:(?:and a half|or so)\s+)?(?:ago|earlier|later|back|from now|hence)\b/,
  re: re(
    `${L}(?:${PREMOD})?(?<num>${NUM})(?:${NUM_UPPER})?${_}(?:(?:trading|business|working|calendar|full)${_})?(?<unit>${UNIT_WORD})(?:${_}(?<and>and${_}(?:a${_}half|${NUM}${_}${UNIT_WORD})))?(?:${_}or${_}so)?${_}(?<dir>ago|earlier|later|back|from${_}now|hence)${R}(?!${_}than)`,
  ),
  trim: (m) => {
    // "three days later" is a span ("three days") before an event; only the year-earlier comparison is a date.
    if (!isShiftedSpan(m)) return [0, m[0].length];
    const dir = m.groups!.dir!;
    const body = m[0].slice(0, m[0].length - dir.length).trimEnd();
    const lead = /^(?:about|around|approximately|roughly|some)\s+/i.exec(body);
    return [lead ? lead[0].length : 0, body.length];
  },
  read: (m, cx) => {
    if (isShiftedSpan(m)) return durationReading(m);
    const unit = unitOf(grp(m, 'unit')!);
    if (!unit) return null;
    const n = parseNumber(grp(m, 'num')!);
    const dir = lower(grp(m, 'dir'));
    const sign = dir === 'later' || dir === 'from now' || dir === 'hence' ? 1 : -1;
    const deictic = dir === 'ago' || dir === 'back' || dir === 'from now' || dir === 'hence';
    if (Number.isNaN(n)) return date(sign < 0 ? 'PAST_REF' : 'FUTURE_REF');
    if (unit.time) {
      // "two hours ago": the day of the anchor.
      return date(deictic ? relative(cx.anchor(), 'day', 0) : relative(anchorFor(cx, isDayValue, true), 'day', 0));
    }
    const gran = granOf(unit);
    if (!gran) return null;
    if (unit.key === 'year' && Number.isInteger(n)) return yearBefore(cx, n, sign, deictic);
    const base = deictic ? cx.anchor() : anchorFor(cx, (v) => { const p = parseValue(v); return !!p && granRank(p.gran) <= granRank(gran); }, gran === 'day' || gran === 'week');
    if (!base) return date(unknownAt(gran));
    const amount = Math.round(n * unit.factor);
    if (unit.key === 'decade' || unit.key === 'century') return date(fmtYear(shift(base, 'year', sign * amount).y));
    if (!Number.isInteger(n)) return date(formatAt(shift(base, 'day', Math.round(sign * n * (gran === 'week' ? 7 : gran === 'month' ? 30 : 1))), 'day'));
    return date(formatAt(shift(base, gran, sign * amount), gran));
  },
});

/** "three days later", "a few weeks earlier": the span itself (TimeBank marks it as a duration). */
function isShiftedSpan(m: RegExpExecArray): boolean {
  const dir = lower(m.groups!.dir);
  if (dir !== 'earlier' && dir !== 'later') return false;
  const unit = unitOf(m.groups!.unit!);
  return !(unit?.key === 'year' && parseNumber(m.groups!.num!) === 1);
}

// "a year ago" / "year-earlier" / "year-ago" as modifiers
add({
  name: 'year-ago-adj',
  cues: ['unit'],
  needs: /year-/,
  re: re(`${L}(?:the${_}(?:(?:comparable|corresponding|same)${_})?)?(?<w>year-(?:ago|earlier))(?:${_}(?:(?<ord>${QUARTER_ORD})${_}(?:fiscal${_})?(?=quarter))?(?<p>period|quarter|results?|levels?|months?))?${R}`),
  trim: (m) => {
    // Keep "the year-earlier period", but "year-earlier results" → "year-earlier".
    const p = lower(m.groups!.p);
    if (p && !/^(?:period|quarter|months?)$/.test(p)) return [m[0].toLowerCase().indexOf('year-'), m[0].length - p.length - 1];
    if (!p && /^the/i.test(m[0])) return [m[0].toLowerCase().indexOf('year-'), m[0].length];
    return [0, m[0].length];
  },
  read: (m, cx) => {
    const ord = grp(m, 'ord');
    if (ord) {
      // "the year-ago third quarter": that quarter of the year before the one under discussion.
      const q = quarterIndex(ord);
      const cur = periodValue(cx.anchor(), 'Q', q, cx.tense());
      return { type: 'date', value: /^\d{4}/.test(cur) ? `${fmtYear(+cur.slice(0, 4) - 1)}-Q${q}` : cur, aside: true };
    }
    return yearBefore(cx, 1, -1, false);
  },
});

// "over the years", "in the years that followed", "in the early years": an unspecified span of years
add({
  name: 'the-years',
  cues: ['unit'],
  needs: /the (?:\w+ )?(?:years|decades)/,
  re: re(`(?<=${L}(?:over|in|during|through|throughout|across|for|of)${_})the${_}(?:(?:early|later|following|ensuing|intervening|last|past|previous|coming|next|first|final)${_})?(?<unit>years|decades)${R}(?!${_}(?:of|ago|old|to${_}come|before|after)\\b)`),
  read: (m) => ({ type: 'duration', value: durationValue(NaN, unitOf(grp(m, 'unit')!)!) }),
});

// "the weeks ahead", "the days to come", "in years to come": an unspecified span ahead
add({
  name: 'span-ahead',
  cues: ['unit'],
  needs: /(?:days|weeks|months|years|decades)\s+(?:ahead|to\s+come)/,
  re: re(`${L}(?:the${_}(?:(?:next|coming)${_}(?:few${_}|several${_})?)?)?(?<unit>days|weeks|months|years|decades)${_}(?:ahead|to${_}come)${R}`),
  accept: (m, text) => /^the\b/i.test(m[0]) || /\b(?:in|for|over|during)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index)),
  read: (m) => ({ type: 'duration', value: durationValue(NaN, unitOf(grp(m, 'unit')!)!) }),
});

// "will one day", "someday": an unspecified future
add({
  name: 'one-day-future',
  cues: ['unit', 'vague'],
  needs: /one day|someday|some day/,
  re: re(`(?:(?<=\\b(?:will|would|could|might|may|can|should|must|shall|to)${_}(?:\\w+${_})?)one${_}day|${L}some${_}?day)${R}(?!${_}(?:of|in|after|before|when|later|earlier)\\b)`),
  read: () => date('FUTURE_REF'),
});

// --- Durations ----------------------------------------------------------------------------------

function upperNumber(upper: string): string {
  return /(?:\d[\d,.]*|[a-z]+(?:-[a-z]+)?)$/i.exec(upper)![0];
}

/** Words that may follow the unit "a second" (not the ordinal before a noun). */
const SECOND_AFTER = /^\s+(?:and|or|but|nor|before|after|then|to|as|when|while|until|till|longer|later|earlier|ago|in|on|at|of|for|so|that|if|the|a|an|he|she|it|they|we|i|you|there|his|her|their|its|too|more|only|just|now|again|or)\b/i;

function durationReading(m: RegExpExecArray): Reading | null {
  const unit = unitOf(grp(m, 'unit')!);
  if (!unit) return null;
  let n = parseNumber(grp(m, 'num')!);
  const and = grp(m, 'and');
  if (and && /half/i.test(and)) n += 0.5;
  return { type: 'duration', value: durationValue(n, unit) };
}

// "three days", "nearly two years", "at least 72 hours", "the nine months", "two more weeks", "5 1/2 hours",
// "a minute and a half", "several years", "the first nine months"
add({
  name: 'duration',
  cues: ['unit'],
  needs: /\b(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?|yrs?|decades?|century|centuries|millenni)\b/,
  re: re(
    `${L}(?<between>between${_})?(?:(?<the>the)${_}(?:(?:first|last|final|past|next|latest|full|entire|whole|same|initial|remaining|ensuing)${_})?)?(?:${BOUND})?(?<num>${NUM})(?<upper>${NUM_UPPER})?${_}(?:${UNIT_ADJ})?(?<unit>${UNIT_WORD})(?:${_}(?<and>and${_}a${_}half))?(?:${_}or${_}so)?${R}(?!-|${_}olds?\\b)`,
  ),
  accept: (m, text) => {
    const g = m.groups!;
    const num = lower(g.num);
    const unit = unitOf(g.unit!);
    if (!unit) return false;
    const plural = /s$/i.test(g.unit!) && unit.key !== 'century';
    // "a day", "one year" need a singular unit; "two days" a plural one (but "1.5 year" happens).
    if (/^(?:an?|one|a single)$/.test(num) && plural && !g.upper) return false;
    if (/^(?:some|many|few)$/.test(num)) {
      // "some time", "many years": vague, kept only when followed by nothing temporal-looking? keep "many years"
      if (num === 'some' && !plural) return false;
    }
    // "a quarter of the dealers", "about a quarter" (a fraction); "a second attempt" (an ordinal).
    const unitKey = unit.key;
    if (titleCase(text, m.index + m[0].lastIndexOf(g.unit!))) return false;
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    if (unitKey === 'quarter' && /^(?:an?|one)$/.test(num) && (/^\s*,?\s*of\b/i.test(rest) || /\b(?:about|nearly|roughly|almost|than|over|some|around)\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index)))) return false;
    if (unitKey === 'second' && /^(?:an?)$/.test(num) && !/\b(?:for|in|within|than|per|every|each|just|only|split)\s+$/i.test(text.slice(Math.max(0, m.index - 10), m.index)) && !/^\s+(?:later|earlier|ago|or)\b/i.test(rest)) return false;
    // "for a second week", "for a second straight day": the ordinal before a noun ("for a second, nothing moved" and
    // "paused for a second before" are a second).
    if (unitKey === 'second' && /^(?:an?)$/.test(num) && /^\s+[a-z]/.test(rest) && !SECOND_AFTER.test(rest)) return false;
    // Ages are durations in TimeML too; money amounts ("a $5 day") are not matched here.
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (/^\s*(?:of\s+age)/i.test(after)) return true;
    // "one day" in "one day he will…" (some day) is not a duration.
    return true;
  },
  trim: (m) => {
    // "between two to six days": two expressions (the lower bound is found by duration-lower), as "between 2 and 6 days".
    const g = m.groups!;
    if (g.between) {
      if (!g.upper) return [g.between.length, m[0].length];
      const at = m[0].indexOf(g.upper) + g.upper.length - upperNumber(g.upper).length;
      return [at, m[0].length];
    }
    return [0, m[0].length];
  },
  read: (m, cx) => {
    const g = m.groups!;
    if (g.between && g.upper) {
      const unit = unitOf(g.unit!);
      const n = parseNumber(upperNumber(g.upper));
      return unit && !Number.isNaN(n) ? { type: 'duration', value: durationValue(n, unit) } : null;
    }
    const r = durationReading(m);
    if (!r) return null;
    const num = lower(grp(m, 'num'));
    const before = cx.text.slice(Math.max(0, cx.start - 40), cx.start);
    // "$1 billion a year", "twice a week", "interviews a day": a frequency.
    const quantityBefore = /(?:\d|%|percent|times|twice|once|thrice|million|billion|trillion|thousand|hundred|dollars|cents|euros|pounds|yen)\s+$/i.test(before) || (/[a-z]{3,}s\s+$/i.test(before) && /(?:\d|\b(?:hundreds|thousands|millions|dozens|many|several))/i.test(before));
    if (/^(?:an?|per)$/.test(num) && !grp(m, 'the') && quantityBefore && !/\b(?:in|for|within|after|over|about|than|nearly|almost|only|just|is|was|be|been|takes?|took|spent|spend|lasts?|lasted|half|less|more)\s+$/i.test(before)) {
      const unit = unitOf(grp(m, 'unit')!)!;
      return { type: 'set', value: durationValue(1, unit) };
    }
    return r;
  },
});

// "between 60 and 90 days": the lower bound is an expression of its own, with the unit of the upper one
add({
  name: 'duration-lower',
  cues: ['unit'],
  needs: /between\s+\S+\s+(?:and|to)\s/,
  re: re(`(?<=${L}between${_})(?<num>${NUMDIG}|${NUMWORD})(?=${_}(?:and|to)${_}(?:${NUMDIG}|${NUMWORD})${_}(?<unit>${UNIT_WORD})${R})`),
  read: (m) => {
    const unit = unitOf(grp(m, 'unit')!);
    const n = parseNumber(grp(m, 'num')!);
    return unit && !Number.isNaN(n) ? { type: 'duration', value: durationValue(n, unit) } : null;
  },
});

// "two-year", "16-hour", "30-year", "8-month-old", "year-long", "decades-long", "half-hour", "multi-year"
add({
  name: 'duration-adj',
  cues: ['unit'],
  needs: /-(?:second|minute|hour|day|night|week|month|quarter|year|decade|century)|s?-long/,
  re: re(
    `${L}(?:(?<num>\\d+(?:\\.\\d+)?|${NUMWORD}|half|multi|several|a)-(?:and-a-half-)?(?<unit>second|minute|hour|day|night|week|month|quarter|year|decade|century)(?<tail>-(?:long|old|plus))?|(?<unit2>seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centuries|century)-long)${R}(?!-\\w)`,
  ),
  // Ages ("a 52-year-old doctor", "the 50-year-old alliance") are not time expressions of the story.
  accept: (m) => m.groups!.tail?.toLowerCase() !== '-old',
  read: (m) => {
    const unitWord = grp(m, 'unit') ?? grp(m, 'unit2')!;
    const unit = unitOf(unitWord);
    if (!unit) return null;
    const rawNum = grp(m, 'num');
    let n: number;
    if (rawNum === undefined) n = /s$/i.test(unitWord) && unit.key !== 'century' ? NaN : 1;
    else if (/^(?:multi|several)$/i.test(rawNum)) n = NaN;
    else if (/^half$/i.test(rawNum)) n = 0.5;
    else if (/^a$/i.test(rawNum)) n = 1;
    else n = parseNumber(rawNum);
    if (/-and-a-half-/i.test(m[0])) n += 0.5;
    return { type: 'duration', value: durationValue(n, unit) };
  },
});

// Bare plural units as vague durations after "for" / "in" / "within" / "over": "for years", "within weeks"
add({
  name: 'duration-vague',
  cues: ['unit'],
  needs: /seconds|minutes|hours|days|weeks|months|years|decades|centuries/,
  re: re(`(?<=${L}(?:for|within|in|over|after|took|take|takes|lasted|last|lasts)${_})(?<unit>minutes|hours|days|weeks|months|years|decades|centuries)${R}(?!${_}(?:of|ago|earlier|later|before|after|old|to${_}come))`),
  read: (m) => {
    const unit = unitOf(grp(m, 'unit')!)!;
    return { type: 'duration', value: durationValue(NaN, unit) };
  },
});

// --- Sets ---------------------------------------------------------------------------------------

const ADVERB_SETS: Record<string, string> = {
  hourly: 'PT1H', daily: 'P1D', nightly: 'P1D', weekly: 'P1W', biweekly: 'P2W', fortnightly: 'P2W', monthly: 'P1M',
  bimonthly: 'P2M', quarterly: 'P3M', yearly: 'P1Y', annually: 'P1Y', biannually: 'P6M', semiannually: 'P6M',
};

// "daily", "weekly", "annually", "every day", "each year", "every two weeks", "every other day",
// "each Thursday", "every July", "every summer", "every morning", "Mondays", "Tuesday nights"
add({
  name: 'set-adverb',
  cues: ['frequency'],
  needs: /\b(?:hourly|daily|nightly|weekly|biweekly|fortnightly|monthly|bimonthly|quarterly|yearly|annually|biannually|semi-?annually)\b/,
  re: re(`${L}(?<w>hourly|daily|nightly|weekly|biweekly|fortnightly|monthly|bimonthly|quarterly|yearly|annually|biannually|semiannually|semi-annually)${R}(?!-)`),
  accept: (m, text) => {
    // "the Daily Telegraph", "a weekly" (the newspaper) as a noun: a capitalised word in mid-sentence is a name.
    const w = m.groups!.w!;
    if (/^[A-Z]/.test(w) && !/(?:^|[.!?]\s+|\n)$/.test(text.slice(Math.max(0, m.index - 3), m.index))) return false;
    // "the Communist Party daily Granma": a newspaper.
    if (/^\s+[A-Z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) return false;
    // "quarterly" is mostly an adjective of reports and dividends; as a frequency it follows a verb ("paid quarterly").
    if (/^quarterly$/i.test(w)) return /\b(?:\w+ed|paid|pay|pays|meets?|reports?|met)\s+$/i.test(text.slice(Math.max(0, m.index - 20), m.index));
    return true;
  },
  read: (m) => ({ type: 'set', value: ADVERB_SETS[lower(grp(m, 'w')).replace('-', '')] ?? 'P6M' }),
});

// "an annual loss", "its annual report": the year-long period the noun covers
add({
  name: 'annual',
  cues: ['frequency'],
  needs: /annual/,
  re: re(`${L}annual${R}(?!-)`),
  accept: (m, text) => /^[a-z]/.test(m[0]) && !/^\s+(?:general\s+)?(?:meeting|conference|convention|festival|event|ceremony|parade|awards?|summit|session|show|fair|gathering|report|rate|salary|budget|leave|fee|dues)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30)),
  read: () => ({ type: 'duration', value: 'P1Y' }),
});

add({
  name: 'set-every',
  cues: ['unit', 'weekday', 'month', 'season', 'deictic'],
  needs: /\b(?:every|each|per)\s/,
  re: re(
    `${L}(?<q>every|each|per)${_}(?:(?<num>other|${NUMWORD}|\\d+|few|couple${_}of)${_})?(?:(?<wd>${WEEKDAY})|(?<mon>${MONTH_FULL})|(?<season>${SEASON})|(?<pod>morning|afternoon|evening|night)|(?<unit>second|minute|hour|day|week|weekend|fortnight|month|quarter|year|decade|century|seconds|minutes|hours|days|weeks|months|quarters|years|decades))${R}`,
  ),
  accept: (m, text) => {
    const g = m.groups!;
    if (g.mon && !/^[A-Z]/.test(g.mon)) return false;
    // "each day of …" is still a set; "per day" only after a quantity.
    if (lower(g.q) === 'per' && !g.unit) return false;
    return !/^\s+of\b/i.test(text.slice(m.index + m[0].length)) || !!g.unit;
  },
  read: (m) => {
    const g = m.groups!;
    if (g.wd) return { type: 'set', value: `XXXX-WXX-${weekdayNum(g.wd)}` };
    if (g.mon) return { type: 'set', value: `XXXX-${pad(monthNum(g.mon))}` };
    if (g.season) return { type: 'set', value: `XXXX-${SEASONS[lower(g.season)]}` };
    if (g.pod) return { type: 'set', value: `XXXX-XX-XXT${PARTS_OF_DAY[lower(g.pod)]}` };
    const unit = unitOf(g.unit!)!;
    const num = lower(g.num);
    const n = num === 'other' ? 2 : num ? parseNumber(num.replace(/ of$/, '')) : 1;
    if (unit.key === 'weekend') return { type: 'set', value: 'XXXX-WXX-WE' };
    return { type: 'set', value: durationValue(Number.isNaN(n) ? NaN : n, unit) };
  },
});

// "Mondays", "on Tuesday nights", "weekends"
add({
  name: 'set-plural-day',
  cues: ['weekday'],
  needs: /(?:mon|tues|wednes|thurs|fri|satur|sun)days\b|day\s+(?:mornings|afternoons|evenings|nights)/,
  re: re(`${L}(?<wd>mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)${_}(?<pod>mornings|afternoons|evenings|nights))${R}`),
  accept: (m) => /^[A-Z]/.test(m[0]),
  read: (m) => {
    const wd = weekdayNum(grp(m, 'wd')!.split(/\s+/)[0]!.replace(/s$/i, ''));
    const pod = grp(m, 'pod');
    return { type: 'set', value: `XXXX-WXX-${wd}${pod ? `T${PARTS_OF_DAY[lower(pod).replace(/s$/, '')]}` : ''}` };
  },
});

// --- Vague references ---------------------------------------------------------------------------

const VAGUE: Record<string, string> = {
  now: 'PRESENT_REF', 'right now': 'PRESENT_REF', 'just now': 'PAST_REF', currently: 'PRESENT_REF', presently: 'PRESENT_REF',
  nowadays: 'PRESENT_REF', 'these days': 'PRESENT_REF', current: 'PRESENT_REF', 'the present': 'PRESENT_REF',
  'the present day': 'PRESENT_REF', 'present-day': 'PRESENT_REF',
  recently: 'PAST_REF', 'more recently': 'PAST_REF', 'most recently': 'PAST_REF', lately: 'PAST_REF', 'the past': 'PAST_REF',
  'the future': 'FUTURE_REF', future: 'FUTURE_REF', soon: 'FUTURE_REF', 'the near future': 'FUTURE_REF',
  'the distant future': 'FUTURE_REF', 'the foreseeable future': 'FUTURE_REF', 'the long term': 'FUTURE_REF',
  'the long run': 'FUTURE_REF', 'the short term': 'FUTURE_REF', 'the medium term': 'FUTURE_REF', 'the near term': 'FUTURE_REF',
  'the coming days': 'FUTURE_REF', 'as soon as possible': 'FUTURE_REF', 'a later date': 'FUTURE_REF', 'a future date': 'FUTURE_REF',
  'a later stage': 'FUTURE_REF',
};

add({
  name: 'vague',
  cues: ['vague'],
  needs: /\b(?:now|current|present|recent|lately|past|future|soon|long term|short term|medium term|near term|long run|these days|nowadays|later (?:date|stage))/,
  re: re(
    `${L}(?<w>as${_}soon${_}as${_}possible|a${_}(?:later|future)${_}(?:date|stage)|just${_}now|now|currently|presently|nowadays|these${_}days|current|the${_}present(?:${_}day)?|present-day|(?:more|most)${_}recently|recently|lately|the${_}past|the${_}(?:near|distant|foreseeable)${_}future|the${_}future|future|soon|the${_}(?:long|short|medium|near)${_}(?:term|run))${R}(?!-)`,
  ),
  accept: (m, text) => {
    const w = lower(m.groups!.w);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (w === 'future' && !/(?:['’]s|\b(?:his|her|their|its|our|my|your))\s+$/i.test(before)) return false;
    if (w === 'soon' && (/^\s+(?:as|after|enough)\b/i.test(after) || /\bas\s+$/i.test(before) || /^\s*-/.test(after))) return false;
    if (w === 'soon' && /\b(?:too|how)\s+$/i.test(before)) return true;
    if (w === 'current' && /^\s+(?:account|accounts|affairs|events|assets|liabilities|flow|density|of|and)\b/i.test(after)) return false;
    if (w === 'current' && /^\s+(?:\w+)/.test(after) === false) return false; // "the current" as a noun (water)
    if (w === 'future' && (/^[A-Z]/.test(m[0]) && !/(?:^|[.!?]\s+)$/.test(before))) return false;
    if (w === 'future' && /\bthe\s+$/i.test(before)) return false; // "the future" is matched with its article
    if (w === 'recent' && /^\s+(?:years|months|weeks|days|decades|quarters)\b/i.test(after)) return false;
    if (w === 'now' && /^\s*-/.test(after)) return false;
    if ((w === 'the past' || w === 'the future') && /^\s+(?:of|and\s+present|perfect|tense)\b/i.test(after)) return w === 'the past' ? !/^\s+(?:perfect|tense)\b/i.test(after) : true;
    if (w === 'the present' && !/^\s*(?:[.,;)]|day\b)/i.test(after)) return false;
    return true;
  },
  read: (m) => {
    const w = lower(m.groups!.w);
    const v = VAGUE[w];
    return v ? date(v) : null;
  },
});

// --- Anaphoric days -----------------------------------------------------------------------------

add({
  name: 'anaphoric-day',
  cues: ['unit', 'deictic'],
  needs: /\b(?:the (?:next|following|previous|same|preceding) (?:day|morning|afternoon|evening|night)|the (?:day|night|morning|afternoon|evening) (?:before|after)|that (?:same )?day)/,
  re: re(`${L}(?<w>the${_}(?:next|following|previous|same|preceding)${_}(?<pod>day|morning|afternoon|evening|night)|the${_}(?<pod2>day|night|morning|afternoon|evening)${_}(?:before|after)|that${_}(?:same${_})?day)${R}(?!${_}(?:of|in|when|that|which|before|after)\\b)`),
  // "the day before the vote" is the day before an event, not before the date under discussion.
  accept: (m, text) => !/before|after$/i.test(m.groups!.w!) || /^\s*(?:[.,;:!?)"”’]|$)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3)),
  read: (m, cx) => {
    const w = lower(grp(m, 'w'));
    const base = anchorFor(cx, isDayValue, true);
    const n = /next|following|after/.test(w) ? 1 : /previous|preceding|before/.test(w) ? -1 : 0;
    // ("the night before", "the morning after": that part of the day before or after.)
    const pod = lower(grp(m, 'pod') ?? grp(m, 'pod2'));
    return withPartOfDay(base ? fmtDate(addDays(base, n)) : 'XXXX-XX-XX', pod && pod !== 'day' ? pod : undefined);
  },
});

export const RULES: readonly Rule[] = rules;
export { quarterOf };
