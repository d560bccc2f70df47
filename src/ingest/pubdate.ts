/**
 * Publication dates in text: explicit calendar dates in several spellings, weekday mentions,
 * date/time stamp lines ("Published: …", "Updated 3:45 PM EST, Oct 22, 2024"), wire datelines
 * ("WASHINGTON, Oct 22 (Reuters) -"), and the choice of a publication date among candidates.
 */

const MONTH_NAMES: Record<string, number> = {};
function addMonths(names: string[]): void {
  names.forEach((n, i) => {
    for (const v of n.split('|')) MONTH_NAMES[v] = i + 1;
  });
}
addMonths(['january|jan', 'february|feb', 'march|mar', 'april|apr', 'may', 'june|jun', 'july|jul', 'august|aug', 'september|sep|sept', 'october|oct', 'november|nov', 'december|dec']);
addMonths(['januar|jänner|jän', 'februar|feber', 'märz|maerz|mär', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober|okt', 'november', 'dezember|dez']);
addMonths(['janvier|janv', 'février|fevrier|févr|fevr', 'mars', 'avril|avr', 'mai', 'juin', 'juillet|juil', 'août|aout', 'septembre', 'octobre', 'novembre', 'décembre|decembre|déc']);
addMonths(['enero|ene', 'febrero', 'marzo', 'abril|abr', 'mayo', 'junio', 'julio', 'agosto|ago', 'septiembre|setiembre', 'octubre', 'noviembre', 'diciembre|dic']);
addMonths(['gennaio|genn', 'febbraio', 'marzo', 'aprile', 'maggio|magg', 'giugno|giu', 'luglio|lug', 'agosto', 'settembre|sett|set', 'ottobre|ott', 'novembre', 'dicembre']);
addMonths(['januari', 'februari', 'maart|mrt', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']);

const MONTH_ALT = Object.keys(MONTH_NAMES)
  .sort((a, b) => b.length - a.length)
  .join('|');
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY_ALT =
  '(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:day)?\\.?|wednesday|saturday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo';

const MDY = new RegExp(
  `(?<![\\p{L}\\d])(?:(?:${WEEKDAY_ALT}),?\\s+)?(${MONTH_ALT})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`,
  'giu',
);
const DMY = new RegExp(
  `(?<![\\p{L}\\d])(?:(?:${WEEKDAY_ALT}),?\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th|\\.|er|º)?\\s+(?:of\\s+|de\\s+)?(${MONTH_ALT})\\.?,?\\s+(?:de\\s+)?(\\d{4})(?!\\d)`,
  'giu',
);
const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g;
const NUMERIC = /(?<![\d./])(\d{1,2})([./])(\d{1,2})\2(\d{4})(?![\d/A-Za-z]|\.\d)/g;
const YMD_SLASH = /(?<!\d)(\d{4})\/(\d{1,2})\/(\d{1,2})(?!\d)/g;
const MONTH_DAY = new RegExp(`(?<![\\p{L}\\d])(${MONTH_ALT})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d,]*\\s*\\d{4})(?!\\d)`, 'giu');

export function isoDate(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export interface DateMention {
  start: number;
  end: number;
  /** YYYY-MM-DD */
  date: string;
}

function month(name: string): number | undefined {
  return MONTH_NAMES[name.toLowerCase().replace(/\.$/, '')];
}

/** Explicit calendar dates (with a year) in a text, in order of position. */
export function findDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  const push = (m: RegExpExecArray, date: string | null) => {
    if (!date) return;
    if (out.some((o) => m.index < o.end && m.index + m[0].length > o.start)) return;
    out.push({ start: m.index, end: m.index + m[0].length, date });
  };
  for (const m of text.matchAll(MDY)) push(m, isoDate(+m[3]!, month(m[1]!) ?? 0, +m[2]!));
  for (const m of text.matchAll(DMY)) push(m, isoDate(+m[3]!, month(m[2]!) ?? 0, +m[1]!));
  for (const m of text.matchAll(ISO)) push(m, isoDate(+m[1]!, +m[2]!, +m[3]!));
  for (const m of text.matchAll(YMD_SLASH)) push(m, isoDate(+m[1]!, +m[2]!, +m[3]!));
  for (const m of text.matchAll(NUMERIC)) {
    const a = +m[1]!;
    const b = +m[3]!;
    const y = +m[4]!;
    // "22.10.2024" is day.month; "10/22/2024" is month/day unless the first number cannot be a month.
    const date = m[2] === '.' || a > 12 ? isoDate(y, b, a) : isoDate(y, a, b);
    push(m, date);
  }
  return out.sort((x, y) => x.start - y.start);
}

/** Month-and-day mentions without a year ("Oct 22"). */
export function findMonthDays(text: string): { start: number; month: number; day: number }[] {
  const out: { start: number; month: number; day: number }[] = [];
  for (const m of text.matchAll(MONTH_DAY)) {
    const mo = month(m[1]!);
    const d = +m[2]!;
    if (mo && d >= 1 && d <= 31) out.push({ start: m.index, month: mo, day: d });
  }
  return out;
}

const WEEKDAY_MENTION = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?:['’]s)?\b/gi;

/** Weekdays mentioned in a text (0 = Sunday), each once, in order of first mention. */
export function weekdayMentions(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(WEEKDAY_MENTION)) {
    const w = WEEKDAYS.indexOf(m[1]!.toLowerCase());
    if (!out.includes(w)) out.push(w);
  }
  return out;
}

/** A date is consistent with weekday mentions when it falls on a mentioned weekday or the day after one. */
export function consistentWithWeekdays(date: string, weekdays: readonly number[]): boolean {
  if (weekdays.length === 0) return true;
  const w = weekdayOf(date);
  return weekdays.some((x) => x === w || (x + 1) % 7 === w);
}

const PUBLISHED_LABEL =
  /^(?:first\s+)?(?:published|posted|created|date|dated|publication date|released|veröffentlicht|publiziert|erschienen|erstellt|datum|publié|publicado|pubblicato|gepubliceerd|opublikowano|data publikacji)(?:\s+(?:on|at|am|um|le|el|il|op|dnia))?\s*[:|-]?\s*/i;
const UPDATED_LABEL =
  /^(?:last\s+|zuletzt\s+)?(?:updated|modified|edited|revised|aktualisiert|geändert|letzte änderung|stand|mis à jour|modifié|actualizado|aggiornato|bijgewerkt|aktualizacja)(?:\s+(?:on|at|am|um|le|el|il|op))?\s*[:|-]?\s*/i;

/** A reading or listening time shown beside a date stamp: "6 min read", "5-minute read", "Reading time: 4 minutes". */
const READING_TIME = /^(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[- ]?min(?:ute)?s?\.?(?: read| listen| watch)?|reading time:?\s*\d+\s*min(?:ute)?s?\.?|(?:lesezeit|temps de lecture|tiempo de lectura):?\s*\d+\s*min(?:uten|utes|utos)?\.?)$/i;

/** A site section's name: up to three capitalised words ("Health", "World News", "Arts & Culture"). */
const SECTION_LABEL = /^(?!By\s)\p{Lu}[\p{L}]*(?:\s+(?:&|and|\p{Lu}[\p{L}]*)){0,2}$/u;

/**
 * Time-zone abbreviations written after a stamp's clock time: standard and daylight names ("EDT", "AEST", "NZDT") and
 * the short regional names North American papers use without either ("10:15 a.m. MT", "4 p.m. ET", "9 a.m. PT").
 */
const TIME_ZONE =
  /\b(?:utc|gmt|cet|cest|eet|eest|bst|est|edt|cst|cdt|mst|mdt|pst|pdt|akst|akdt|hst|ast|adt|nst|ndt|et|ct|mt|pt|ist|pkt|sgt|hkt|kst|jst|msk|sast|wat|aest|aedt|acst|acdt|awst|nzst|nzdt|uhr|h)\b/gi;

export interface DateLine {
  date: string | null;
  kind: 'published' | 'updated' | 'plain';
}

/**
 * A line that is only a date or time stamp: "Friday, January 4, 2019", "Published: 22 October 2024",
 * "Updated 3:45 PM EST, Tue October 22, 2024", "Oct. 22, 2024 10:12 a.m. ET", "2 hours ago".
 * Returns null when the line holds anything else.
 */
export function parseDateLine(raw: string): DateLine | null {
  let s = raw.trim();
  if (!s || s.length > 120) return null;
  let kind: DateLine['kind'] = 'plain';
  // Several stamps on one line ("Published 10:00 | Updated 12:00"): the first published one wins. A reading time
  // beside the stamp ("Published November 3, 2025 | 4 min read") is part of the stamp line, not other text.
  const all = s.split(/\s+[|•·]\s+|\s{2,}/);
  const parts = all.length > 1 && !all.every((p) => READING_TIME.test(p)) ? all.filter((p) => !READING_TIME.test(p)) : all;
  if (parts.length === 1 && all.length > 1) return parseDateLine(parts[0]!);
  // A section label before a labelled stamp ("Health | Published November 17, 2026 4:12 PM EST") is part of the
  // stamp line (not a bare date before a section: "Mar 9, 2025 | Politics" may be a teaser's).
  if (parts.length > 1 && SECTION_LABEL.test(parts[0]!) && !parseDateLine(parts[0]!)) {
    const rest = parseDateLine(parts.slice(1).join(' | '));
    if (rest?.date && rest.kind !== 'plain') return rest;
  }
  if (parts.length > 1) {
    const lines = parts.map(parseDateLine);
    if (lines.every((l) => l)) {
      const pub = lines.find((l) => l!.kind === 'published' && l!.date) ?? lines.find((l) => l!.kind === 'plain' && l!.date);
      const upd = lines.find((l) => l!.kind === 'updated' && l!.date);
      return pub ?? upd ?? lines[0]!;
    }
  }
  // A stamp followed by an update note ("March 17, 2026 4:12 PM GMT+1 Updated 2 hours ago"): both parts are stamps.
  const upd = /^(.+?\S)\s+((?:last\s+)?(?:updated|modified|aktualisiert|mis à jour|actualizado|aggiornato)\b.*)$/iu.exec(s);
  if (upd && !UPDATED_LABEL.test(s)) {
    const a = parseDateLine(upd[1]!);
    const b = a ? parseDateLine(upd[2]!) : null;
    if (a && b) return (a.date ? a : null) ?? (b.date ? b : null) ?? a;
  }
  const p = PUBLISHED_LABEL.exec(s);
  if (p) {
    kind = 'published';
    s = s.slice(p[0].length);
  } else {
    const u = UPDATED_LABEL.exec(s);
    if (u) {
      kind = 'updated';
      s = s.slice(u[0].length);
    }
  }
  const dates = findDates(s);
  let rest = s;
  for (const d of [...dates].reverse()) rest = rest.slice(0, d.start) + ' ' + rest.slice(d.end);
  rest = rest
    .replace(/\b(?:utc|gmt)\s*[+\-−]\s*\d{1,2}(?::?\d{2})?(?!\d)/gi, ' ')
    .replace(/\b\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?/gi, ' ')
    .replace(/\b\d{1,2}\s*[ap]\.?m\.?(?=\s|$|,)/gi, ' ')
    .replace(TIME_ZONE, ' ')
    .replace(/[+-]\d{2}:?\d{2}\b/g, ' ')
    .replace(new RegExp(`\\b(?:${WEEKDAY_ALT})(?=[\\s,.]|$)`, 'giu'), ' ')
    .replace(/\b(?:on|at|am|um|le|à|el|a las|il|alle|op|om|updated|published|posted|last|den|der|dem|vom|de|del|du|,|\|)\b/gi, ' ')
    .replace(/[\s,.|•·:()\-–—/]+/g, ' ')
    .trim();
  if (dates.length === 0) {
    // A relative stamp: "2 hours ago", "Updated 3:45 PM EST", "Yesterday".
    if (/^(?:\d+|an?|one)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?)\s+ago$/i.test(rest) || /^(?:today|yesterday|just now)$/i.test(rest)) {
      return { date: null, kind };
    }
    if (rest === '' && kind !== 'plain' && /\d/.test(s)) return { date: null, kind };
    return null;
  }
  if (rest !== '') return null;
  return { date: dates[0]!.date, kind };
}

const AGENCY_TAG = '(?:\\((?:[A-Z][\\w.&\' -]{0,30})\\))';
const WIRE_DATELINE = new RegExp(
  `^((?:[\\p{Lu}][\\p{Lu}\\p{Ll}.'’ /-]{1,40}?)(?:,\\s*[\\p{Lu}][\\p{L}. ]{1,30}?)?)\\s*(?:,\\s*((?:${MONTH_ALT})\\.?\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\.?\\s+(?:${MONTH_ALT})\\.?(?:\\s+\\d{4})?))?\\s*(${AGENCY_TAG})?\\s*[-—–:]{1,2}\\s+(?=\\S)`,
  'iu',
);

export interface WireDateline {
  place: string;
  /** Full date when the dateline holds a year. */
  date: string | null;
  month: number | null;
  day: number | null;
  /** Length of the dateline prefix in the paragraph. */
  length: number;
}

/**
 * A wire dateline at the start of a paragraph: "WASHINGTON, Oct 22 (Reuters) - …", "JERUSALEM (AP) — …",
 * "LONDON, October 22, 2024 — …", "LONDON/PARIS, Oct 22 (Reuters) - …". The place must be written in capitals or be
 * followed by an agency tag.
 */
export function parseWireDateline(paragraph: string): WireDateline | null {
  const m = WIRE_DATELINE.exec(paragraph);
  if (!m) return null;
  const place = m[1]!.trim();
  const placeCaps = /^[\p{Lu}][\p{Lu} .'’/-]+$/u.test(place.split(',')[0]!.trim()) && place.replace(/[^\p{L}]/gu, '').length >= 3;
  if (!placeCaps && !m[3]) return null;
  if (!m[2] && !m[3] && !placeCaps) return null;
  // A capitalised first word followed by a dash is also how ordinary sentences can start ("NATO - the alliance"):
  // without a date or an agency tag the place must be short.
  if (!m[2] && !m[3] && place.split(/\s+/).length > 3) return null;
  let date: string | null = null;
  let mo: number | null = null;
  let day: number | null = null;
  if (m[2]) {
    const full = findDates(m[2]);
    if (full.length) date = full[0]!.date;
    const md = findMonthDays(m[2])[0];
    if (md) {
      mo = md.month;
      day = md.day;
    } else {
      const dm = new RegExp(`(\\d{1,2})\\.?\\s+(${MONTH_ALT})`, 'iu').exec(m[2]);
      if (dm) {
        day = +dm[1]!;
        mo = month(dm[2]!) ?? null;
      }
    }
    if (date) {
      const [, mm, dd] = date.split('-').map(Number);
      mo = mm!;
      day = dd!;
    }
  }
  return { place, date, month: mo, day, length: m[0].length };
}

/** A publication-date candidate and where it came from. Lower `rank` wins. */
export interface DateCandidate {
  date: string;
  source: string;
  rank: number;
  /** Candidates that are guesses from the text must agree with the lead's weekday mentions. */
  needsWeekdayCheck?: boolean;
}

/**
 * Picks the publication date: the best-ranked candidate; among candidates of one rank, the most recent.
 * Candidates that must agree with weekday mentions are skipped when they do not.
 */
export function chooseDate(cands: readonly DateCandidate[], leadWeekdays: readonly number[]): { date: string; source: string } | null {
  const ok = cands.filter((c) => !c.needsWeekdayCheck || consistentWithWeekdays(c.date, leadWeekdays));
  if (ok.length === 0) return null;
  ok.sort((a, b) => a.rank - b.rank || (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return { date: ok[0]!.date, source: ok[0]!.source };
}

/** Years written in a text (1900–2100), as numbers. */
export function yearsIn(text: string): number[] {
  return [...text.matchAll(/(?<!\d)(19\d\d|20\d\d|2100)(?!\d)/g)].map((m) => +m[1]!);
}

/**
 * Completes a month-and-day without a year: the latest year written in the text, or the one after it
 * or before it, whichever is consistent with the weekday mentions (the latest year when none is); null
 * when the text has no year.
 */
export function completeYear(monthNo: number, day: number, text: string, leadWeekdays: readonly number[]): string | null {
  const full = findDates(text).map((d) => +d.date.slice(0, 4));
  const years = full.length ? full : yearsIn(text);
  if (years.length === 0) return null;
  const y = Math.max(...years);
  for (const cand of [y, y + 1, y + 2, y - 1]) {
    const iso = isoDate(cand, monthNo, day);
    if (iso && (leadWeekdays.length === 0 || consistentWithWeekdays(iso, leadWeekdays))) return iso;
  }
  return isoDate(y, monthNo, day);
}
