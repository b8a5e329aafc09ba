import { createHash } from 'node:crypto';
import { AppError } from './errors/app-error';

/**
 * An opaque keyset cursor: the sort key and id of the last item of a page, plus the scope it was
 * made for (which list, sort and filters). Sort keys travel as PostgreSQL's own text form and are
 * cast back in SQL, so a comparison is exact (no float or millisecond rounding).
 */
export interface KeysetCursor {
  k: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const INTEGER_KEY = /^-?\d{1,19}$/;
/** timestamptz as PostgreSQL prints it (DateStyle ISO), or infinity. */
export const TIMESTAMP_KEY =
  /^(infinity|\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2}){0,2})$/;

/** A short stable digest of what a list was asked for; a cursor from another query is refused. */
export function scopeOf(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 16);
}

export function encodeKeysetCursor(scope: string, cursor: KeysetCursor): string {
  return Buffer.from(JSON.stringify({ s: scope, k: cursor.k, id: cursor.id })).toString('base64url');
}

/** The cursor, or undefined for none; 400 `validation_failed` for anything malformed or foreign. */
export function decodeKeysetCursor(
  raw: string | undefined,
  scope: string,
  key: RegExp,
): KeysetCursor | undefined {
  if (!raw) return undefined;
  const parsed = parseJson(Buffer.from(raw, 'base64url').toString('utf8'));
  if (
    parsed.s === scope &&
    typeof parsed.k === 'string' &&
    key.test(parsed.k) &&
    typeof parsed.id === 'string' &&
    UUID.test(parsed.id)
  ) {
    return { k: parsed.k, id: parsed.id };
  }
  throw AppError.validation([{ path: 'cursor', message: 'Invalid cursor (or one from another query)' }]);
}

function parseJson(text: string): { s?: unknown; k?: unknown; id?: unknown } {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? value : {};
  } catch {
    return {};
  }
}

export function isUuid(value: string): boolean {
  return UUID.test(value);
}
