import { AppError } from './errors/app-error';

/** Opaque keyset cursor: the sort key and id of the last item of a page, base64url JSON. */
export interface Cursor {
  k: number | string;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

export function decodeCursor(raw: string | undefined): Cursor | undefined {
  if (!raw) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Partial<Cursor>;
    if ((typeof parsed.k === 'number' || typeof parsed.k === 'string') && typeof parsed.id === 'string') {
      return { k: parsed.k, id: parsed.id };
    }
  } catch {
    // fall through
  }
  throw AppError.validation([{ path: 'cursor', message: 'Invalid cursor' }]);
}
