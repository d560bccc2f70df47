import { QueryError } from './errors.ts';

/**
 * Opaque pagination cursors: the sort key of the last item of a page, as base64url JSON. Clients pass them
 * back unchanged; anything that does not decode to the expected shape is an invalid cursor.
 */
export type CursorValue = string | number;
export type CursorShape = readonly ('string' | 'number')[];

export function encodeCursor(kind: string, values: readonly CursorValue[]): string {
  return Buffer.from(JSON.stringify([kind, ...values]), 'utf8').toString('base64url');
}

export function decodeCursor(kind: string, cursor: string, shape: CursorShape): CursorValue[] {
  const bad = () => new QueryError('invalid_cursor', 'The cursor is not valid for this listing; pass back a next_cursor value unchanged.');
  if (!/^[A-Za-z0-9_-]{1,2000}$/.test(cursor)) throw bad();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw bad();
  }
  if (!Array.isArray(parsed) || parsed.length !== shape.length + 1 || parsed[0] !== kind) throw bad();
  const values = parsed.slice(1) as unknown[];
  values.forEach((v, i) => {
    if (shape[i] === 'number' ? !Number.isSafeInteger(v) : typeof v !== 'string') throw bad();
  });
  return values as CursorValue[];
}
