/** Pure calendar arithmetic on proleptic Gregorian dates (no clock, no time zones). */

export interface YMD {
  y: number;
  m: number; // 1-12
  d: number; // 1-31
}

export function pad(n: number, width = 2): string {
  const s = String(Math.abs(n)).padStart(width, '0');
  return n < 0 ? `-${s}` : s;
}

function toUTC(x: YMD): Date {
  const dt = new Date(Date.UTC(2000, x.m - 1, x.d));
  dt.setUTCFullYear(x.y);
  return dt;
}

function fromUTC(dt: Date): YMD {
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** Parses "YYYY-MM-DD" (a valid calendar date) or returns null. */
export function parseYMD(s: string | null | undefined): YMD | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})/.exec(s) : null;
  if (!m) return null;
  const x = { y: +m[1]!, m: +m[2]!, d: +m[3]! };
  return isValid(x.y, x.m, x.d) ? x : null;
}

export function isValid(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  return [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
}

export function addDays(x: YMD, n: number): YMD {
  const dt = toUTC(x);
  dt.setUTCDate(dt.getUTCDate() + n);
  return fromUTC(dt);
}

/** Adds months, clamping the day to the length of the target month. */
export function addMonths(x: YMD, n: number): YMD {
  const total = x.y * 12 + (x.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1 + (total % 12 < 0 ? 12 : 0);
  return { y, m, d: Math.min(x.d, daysInMonth(y, m)) };
}

/** ISO weekday: Monday = 1 … Sunday = 7. */
export function weekday(x: YMD): number {
  const w = toUTC(x).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week-numbering year and week. */
export function isoWeek(x: YMD): { y: number; w: number } {
  const thursday = addDays(x, 4 - weekday(x));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  const dayOfYear = Math.round((toUTC(thursday).getTime() - toUTC(jan1).getTime()) / 86400000);
  return { y: thursday.y, w: Math.floor(dayOfYear / 7) + 1 };
}

export function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}

export function fmtYear(y: number): string {
  return pad(y, 4);
}

export function fmtDate(x: YMD): string {
  return `${pad(x.y, 4)}-${pad(x.m)}-${pad(x.d)}`;
}

export function fmtMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

export function fmtWeek(x: YMD): string {
  const w = isoWeek(x);
  return `${pad(w.y, 4)}-W${pad(w.w)}`;
}

/** Compares two dates: negative when a is before b. */
export function compare(a: YMD, b: YMD): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

/** Western Easter Sunday (anonymous Gregorian algorithm). */
export function easter(y: number): YMD {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

/** The n-th (1-based; -1 = last) given ISO weekday of a month. */
export function nthWeekday(y: number, m: number, dow: number, n: number): YMD {
  if (n > 0) {
    const first = { y, m, d: 1 };
    const offset = (dow - weekday(first) + 7) % 7;
    return { y, m, d: 1 + offset + (n - 1) * 7 };
  }
  const last = { y, m, d: daysInMonth(y, m) };
  const back = (weekday(last) - dow + 7) % 7;
  return { y, m, d: last.d - back };
}
