/**
 * Anchoring: turns relative and underspecified readings into TimeML values, given the reference date
 * (the publication date, or failing that the last fully specified date of the text) and the tense of the
 * clause. Without any reference the values stay underspecified ("XXXX-10-01", "XXXX-WXX-2").
 */
import { addDays, addMonths, fmtDate, fmtMonth, fmtWeek, fmtYear, isValid, pad, quarterOf, weekday, type YMD } from './calendar.ts';
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

/**
 * Year for a month (and day) given without a year: the year that puts the date inside a window around the
 * anchor. News reports mostly look back, so the window reaches further into the past; the tense shifts it
 * (past: up to a month or two ahead for dates announced in the past tense; future: mostly ahead).
 */
export function yearFor(anchor: YMD, month: number, day: number | null, tense: Tense): number {
  const [lo, hi] =
    day === null
      ? tense === 'past' ? [-11, 1] : tense === 'future' ? [-1, 10] : [-8, 4]
      : tense === 'past' ? [-11, 2] : tense === 'future' ? [-1, 10] : [-8, 4];
  const diff = (y: number): number => (y - anchor.y) * 12 + (month - anchor.m) + (day === null ? 0 : (day - anchor.d) / 31);
  let best = anchor.y;
  let bestScore = Infinity;
  for (const y of [anchor.y, anchor.y - 1, anchor.y + 1]) {
    const d = diff(y);
    const score = d >= lo && d <= hi ? Math.abs(d) : 100 + Math.abs(d);
    if (score < bestScore) {
      bestScore = score;
      best = y;
    }
  }
  return best;
}

/** Days from b to a. */
export function daysBetween(a: YMD, b: YMD): number {
  return Math.round((Date.UTC(a.y, a.m - 1, a.d) - Date.UTC(b.y, b.m - 1, b.d)) / 86400000);
}

/** The year near the anchor in which month/day falls on the given weekday ("Monday, Oct. 26"), or null. */
export function yearByWeekday(anchor: YMD, month: number, day: number, dow: number): number | null {
  let best: number | null = null;
  for (const y of [anchor.y, anchor.y - 1, anchor.y + 1, anchor.y - 2, anchor.y + 2]) {
    if (!isValid(y, month, day)) continue;
    if (weekday({ y, m: month, d: day }) === dow) {
      if (best === null) best = y;
    }
  }
  return best;
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
  // News mostly reports days just gone: without a future tense, the latest such day up to the anchor.
  if (tense === 'future') return addDays(anchor, fwd);
  // Ahead of a moment in the past: the nearer of the two.
  if (tense === 'prospective' && fwd < back) return addDays(anchor, fwd);
  return addDays(anchor, -back);
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
    // Reports are about the period just ended or the current one: only a clear tense moves the year.
    const i = Number(index);
    if (tense === 'past' && i > curIndex) y--;
    else if ((tense === 'future' || tense === 'prospective') && i < curIndex - 1) y++;
  } else {
    y = yearFor(anchor, mid, null, tense);
  }
  return `${fmtYear(y)}-${code}`;
}
