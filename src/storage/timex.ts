/**
 * The calendar days a TimeML value covers, for range filters and month histograms:
 * "2024-10-22" → that day; "2024-10" → October; "2024-W43" → its Monday to Sunday; "2024-Q3", "2024-H1",
 * "2024-SU" (season) → those months; "2024" → the year; "199" or "199X" → the decade; "19" or "19XX" → the century;
 * "2024-10-22T10:30", "2024-10-22TEV" → the day. Durations, sets, references ("PRESENT_REF") and values with
 * unknown digits ("XXXX-10-22") cover no fixed days and give null.
 */
export type Granularity = 'day' | 'week' | 'month' | 'quarter' | 'season' | 'half' | 'year' | 'decade' | 'century';

export interface ValueRange {
  start: string;
  end: string;
  granularity: Granularity;
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

function ymd(d: Date): string {
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function months(y: number, from: number, to: number, granularity: Granularity): ValueRange {
  // `to` may pass December (winter runs into the next year).
  const endY = y + Math.floor((to - 1) / 12);
  const endM = ((to - 1) % 12) + 1;
  return { start: `${pad(y, 4)}-${pad(from)}-01`, end: `${pad(endY, 4)}-${pad(endM)}-${pad(lastDay(endY, endM))}`, granularity };
}

/** Monday of ISO week `w` of year `y`. */
function isoWeekStart(y: number, w: number): Date {
  const jan4 = new Date(Date.UTC(y, 0, 4));
  const monday1 = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86400000);
  return new Date(monday1.getTime() + (w - 1) * 7 * 86400000);
}

const SEASONS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], AU: [9, 11], WI: [12, 14] };
const QUARTERS: Record<string, [number, number]> = { Q1: [1, 3], Q2: [4, 6], Q3: [7, 9], Q4: [10, 12], H1: [1, 6], H2: [7, 12] };

export function valueRange(value: string): ValueRange | null {
  const v = value.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(v);
  if (m) {
    const y = +m[1]!, mo = +m[2]!, d = +m[3]!;
    if (mo < 1 || mo > 12 || d < 1 || d > lastDay(y, mo)) return null;
    const day = `${m[1]}-${m[2]}-${m[3]}`;
    return { start: day, end: day, granularity: 'day' };
  }
  m = /^(\d{4})-(\d{2})$/.exec(v);
  if (m) {
    const mo = +m[2]!;
    return mo >= 1 && mo <= 12 ? months(+m[1]!, mo, mo, 'month') : null;
  }
  m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(v);
  if (m) {
    const w = +m[2]!;
    if (w < 1 || w > 53) return null;
    const monday = isoWeekStart(+m[1]!, w);
    const first = m[3] ? new Date(monday.getTime() + 5 * 86400000) : monday;
    return { start: ymd(first), end: ymd(new Date(monday.getTime() + 6 * 86400000)), granularity: 'week' };
  }
  m = /^(\d{4})-(Q[1-4]|H[12])$/.exec(v);
  if (m) {
    const [a, b] = QUARTERS[m[2]!]!;
    return months(+m[1]!, a, b, m[2]![0] === 'Q' ? 'quarter' : 'half');
  }
  m = /^(\d{4})-(SP|SU|FA|AU|WI)$/.exec(v);
  if (m) {
    const [a, b] = SEASONS[m[2]!]!;
    return months(+m[1]!, a, b, 'season');
  }
  m = /^(\d{4})$/.exec(v);
  if (m) return months(+m[1]!, 1, 12, 'year');
  m = /^(\d{3})X?$/.exec(v);
  if (m) {
    const y = +m[1]! * 10;
    return { start: `${pad(y, 4)}-01-01`, end: `${pad(y + 9, 4)}-12-31`, granularity: 'decade' };
  }
  m = /^(\d{2})(?:XX)?$/.exec(v);
  if (m) {
    const y = +m[1]! * 100;
    return { start: `${pad(y, 4)}-01-01`, end: `${pad(y + 99, 4)}-12-31`, granularity: 'century' };
  }
  return null;
}

/** Granularities fine enough to put a date mention in one month of a histogram (by its first day). */
export const MONTHLY_GRANULARITIES: readonly Granularity[] = ['day', 'week', 'month'];
