/**
 * Anchoring: turns relative and underspecified readings into TimeML values, given the reference date
 * (the publication date, or failing that the last fully specified date of the text) and the tense of the
 * clause. Without any reference the values stay underspecified ("XXXX-10-01", "XXXX-WXX-2").
 */
import { addDays, addMonths, compare, fmtDate, fmtMonth, fmtWeek, fmtYear, pad, quarterOf, weekday, type YMD } from './calendar.ts';
import type { Tense } from './tense.ts';

export type Granularity = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'season' | 'year' | 'decade' | 'century';

/** Parses a (date-like) TimeML value back into a reference point and its granularity. */
export function parseValue(value: string): { ymd: YMD; gran: Granularity } | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return { ymd: { y: +m[1]!, m: +m[2]!, d: +m[3]! }, gran: 'day' };
  m = /^(\d{4})-W(\d{2})/.exec(value);
  if (m) {
    // Thursday of that ISO week.
    const jan4 = { y: +m[1]!, m: 1, d: 4 };
    const monday = addDays(jan4, 1 - weekday(jan4) + (+m[2]! - 1) * 7);
    return { ymd: addDays(monday, 3), gran: 'week' };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return { ymd: { y: +m[1]!, m: +m[2]!, d: 15 }, gran: 'month' };
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return { ymd: { y: +m[1]!, m: (+m[2]! - 1) * 3 + 2, d: 15 }, gran: 'quarter' };
  m = /^(\d{4})-H([12])$/.exec(value);
  if (m) return { ymd: { y: +m[1]!, m: +m[2]! === 1 ? 4 : 10, d: 1 }, gran: 'half' };
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) return { ymd: { y: +m[1]!, m: { SP: 4, SU: 7, FA: 10, WI: 1 }[m[2] as 'SP']!, d: 15 }, gran: 'season' };
  m = /^(\d{4})$/.exec(value);
  if (m) return { ymd: { y: +m[1]!, m: 7, d: 1 }, gran: 'year' };
  m = /^(\d{3})$/.exec(value);
  if (m) return { ymd: { y: +m[1]! * 10 + 5, m: 1, d: 1 }, gran: 'decade' };
  return null;
}

/** Formats a point at a granularity. */
export function formatAt(x: YMD, gran: Granularity): string {
  switch (gran) {
    case 'day':
      return fmtDate(x);
    case 'week':
      return fmtWeek(x);
    case 'month':
      return fmtMonth(x.y, x.m);
    case 'quarter':
      return `${fmtYear(x.y)}-Q${quarterOf(x.m)}`;
    case 'half':
      return `${fmtYear(x.y)}-H${x.m <= 6 ? 1 : 2}`;
    case 'season':
      return `${fmtYear(x.y)}-${x.m <= 2 || x.m === 12 ? 'WI' : x.m <= 5 ? 'SP' : x.m <= 8 ? 'SU' : 'FA'}`;
    case 'year':
      return fmtYear(x.y);
    case 'decade':
      return String(Math.floor(x.y / 10)).padStart(3, '0');
    case 'century':
      return String(Math.floor(x.y / 100)).padStart(2, '0');
  }
}

/** The placeholder value when nothing anchors a relative expression. */
export function unknownAt(gran: Granularity): string {
  switch (gran) {
    case 'day':
      return 'XXXX-XX-XX';
    case 'week':
      return 'XXXX-WXX';
    case 'month':
      return 'XXXX-XX';
    case 'quarter':
      return 'XXXX-QX';
    case 'half':
      return 'XXXX-HX';
    case 'season':
      return 'XXXX-XX';
    case 'year':
      return 'XXXX';
    case 'decade':
      return 'XXX';
    case 'century':
      return 'XX';
  }
}

/** Shifts a point by n units of a granularity. */
export function shift(x: YMD, gran: Granularity, n: number): YMD {
  switch (gran) {
    case 'day':
      return addDays(x, n);
    case 'week':
      return addDays(x, 7 * n);
    case 'month':
      return addMonths(x, n);
    case 'quarter':
      return addMonths(x, 3 * n);
    case 'half':
      return addMonths(x, 6 * n);
    case 'season':
      return addMonths(x, 3 * n);
    case 'year':
      return addMonths(x, 12 * n);
    case 'decade':
      return addMonths(x, 120 * n);
    case 'century':
      return addMonths(x, 1200 * n);
  }
}

/** Value of "n units from the anchor" at the unit's granularity ("last week" → n = -1, "week"). */
export function relative(anchor: YMD | null, gran: Granularity, n: number): string {
  return anchor ? formatAt(shift(anchor, gran, n), gran) : unknownAt(gran);
}

/** Year for a month (and day) given without a year: the tense picks before or after the anchor; otherwise the nearest. */
export function yearFor(anchor: YMD, month: number, day: number | null, tense: Tense): number {
  const cand = (y: number): YMD => ({ y, m: month, d: day ?? 15 });
  const ref = day === null ? { ...anchor, d: 15 } : anchor;
  const c = compare(cand(anchor.y), ref);
  if (tense === 'past') return c <= 0 || (day === null && month === anchor.m) ? anchor.y : anchor.y - 1;
  if (tense === 'future') return c >= 0 || (day === null && month === anchor.m) ? anchor.y : anchor.y + 1;
  // Nearest of last year, this year, next year, with a preference for this year within six months.
  const dist = (y: number): number => Math.abs(monthsBetween(cand(y), ref));
  if (dist(anchor.y) <= 6) return anchor.y;
  return dist(anchor.y - 1) <= dist(anchor.y + 1) ? anchor.y - 1 : anchor.y + 1;
}

function monthsBetween(a: YMD, b: YMD): number {
  return (a.y - b.y) * 12 + (a.m - b.m) + (a.d - b.d) / 31;
}

export function monthValue(anchor: YMD | null, month: number, tense: Tense): string {
  return anchor ? fmtMonth(yearFor(anchor, month, null, tense), month) : `XXXX-${pad(month)}`;
}

export function monthDayValue(anchor: YMD | null, month: number, day: number, tense: Tense): string {
  return anchor ? `${fmtYear(yearFor(anchor, month, day, tense))}-${pad(month)}-${pad(day)}` : `XXXX-${pad(month)}-${pad(day)}`;
}

/**
 * The date of a weekday named without a date. `rel`: "last" (strictly before), "next" (strictly after),
 * "this"/none: the tense decides (past: on or before the anchor; future: on or after; otherwise the nearest).
 */
export function weekdayDate(anchor: YMD, dow: number, rel: 'last' | 'next' | 'this' | null, tense: Tense): YMD {
  const r = weekday(anchor);
  const back = (r - dow + 7) % 7; // days back to the most recent such weekday (0 = today)
  const fwd = (dow - r + 7) % 7;
  if (rel === 'last') return addDays(anchor, -(back || 7));
  if (rel === 'next') return addDays(anchor, fwd || 7);
  if (rel === 'this') return tense === 'past' ? addDays(anchor, -back) : addDays(anchor, fwd);
  if (tense === 'past') return addDays(anchor, -back);
  if (tense === 'future') return addDays(anchor, fwd);
  return back <= 3 ? addDays(anchor, -back) : addDays(anchor, fwd);
}

export function weekdayValue(anchor: YMD | null, dow: number, rel: 'last' | 'next' | 'this' | null, tense: Tense): string {
  return anchor ? fmtDate(weekdayDate(anchor, dow, rel, tense)) : `XXXX-WXX-${dow}`;
}

/** Quarter, half or season of a year left implicit, by the same rule as months. */
export function periodValue(anchor: YMD | null, kind: 'Q' | 'H' | 'season', index: number | string, tense: Tense): string {
  const code = kind === 'season' ? String(index) : `${kind}${index}`;
  if (!anchor) return `XXXX-${code}`;
  // Compare by the period's middle month.
  const mid = kind === 'Q' ? (Number(index) - 1) * 3 + 2 : kind === 'H' ? (Number(index) === 1 ? 4 : 10) : { SP: 4, SU: 7, FA: 10, WI: 1 }[String(index) as 'SP']!;
  const curIndex = kind === 'Q' ? quarterOf(anchor.m) : kind === 'H' ? (anchor.m <= 6 ? 1 : 2) : null;
  let y = anchor.y;
  if (curIndex !== null) {
    const i = Number(index);
    if (tense === 'past' && i > curIndex) y--;
    else if (tense === 'future' && i < curIndex) y++;
  } else {
    y = yearFor(anchor, mid, null, tense);
  }
  return `${fmtYear(y)}-${code}`;
}
