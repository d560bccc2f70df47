import { InputError } from './errors.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function iso(y: number, m: number, d: number): string | null {
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * A publication date given by a caller or found in metadata → YYYY-MM-DD, or null when it is not a date.
 * Accepts ISO dates and date-times (the calendar date as written is kept, whatever the zone),
 * "October 22, 2024", "22 October 2024", "Tuesday, October 22, 2024".
 */
export function parsePublished(value: string): string | null {
  const s = value.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d{2}:\d{2})/.exec(s);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(s);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  m = /^(?:[A-Za-z]+,?\s+)?([A-Za-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(s);
  if (m) {
    const mo = MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase());
    if (mo >= 0) return iso(+m[3]!, mo + 1, +m[2]!);
  }
  m = /^(?:[A-Za-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,})\.?,?\s+(\d{4})$/.exec(s);
  if (m) {
    const mo = MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase());
    if (mo >= 0) return iso(+m[3]!, mo + 1, +m[1]!);
  }
  return null;
}

/** Like parsePublished, for values a caller gave explicitly: an unreadable date is an input error, not a silent null. */
export function requirePublished(value: string | null | undefined): string | null {
  if (value == null || value === '') return null;
  const d = parsePublished(value);
  if (!d) throw new InputError('invalid_date', `Cannot read the publication date "${value}"; use YYYY-MM-DD.`);
  return d;
}
