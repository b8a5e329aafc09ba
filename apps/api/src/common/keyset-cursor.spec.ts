import { AppError } from './errors/app-error';
import { decodeKeysetCursor, encodeKeysetCursor, INTEGER_KEY, scopeOf, TIMESTAMP_KEY } from './keyset-cursor';

const id = '3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e';

describe('keyset cursors', () => {
  it('round-trip within their scope, keys untouched', () => {
    const scope = scopeOf(['mentors', 'rating', null]);
    for (const k of ['-500000003', '0', '9223372036854775807']) {
      expect(decodeKeysetCursor(encodeKeysetCursor(scope, { k, id }), scope, INTEGER_KEY)).toEqual({ k, id });
    }
    for (const k of ['infinity', '2031-01-02 10:00:00.123456+00', '2031-01-02 11:00:00+01']) {
      expect(decodeKeysetCursor(encodeKeysetCursor(scope, { k, id }), scope, TIMESTAMP_KEY)).toEqual({
        k,
        id,
      });
    }
    expect(decodeKeysetCursor(undefined, scope, INTEGER_KEY)).toBeUndefined();
  });

  it('refuse a cursor of another scope, a malformed key or id, and garbage, with 400', () => {
    const scope = scopeOf(['a']);
    const raw = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    for (const bad of [
      encodeKeysetCursor(scopeOf(['b']), { k: '1', id }),
      raw({ s: scope, k: '1; DROP TABLE users', id }),
      raw({ s: scope, k: 1, id }),
      raw({ s: scope, k: '1', id: 'nope' }),
      raw(null),
      raw([1, 2]),
      'not-base64-json',
    ]) {
      let caught: unknown;
      try {
        decodeKeysetCursor(bad, scope, INTEGER_KEY);
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(AppError);
      expect((caught as AppError).status).toBe(400);
      expect((caught as AppError).code).toBe('validation_failed');
    }
  });

  it('scope digests differ for different queries and agree for equal ones', () => {
    expect(scopeOf(['x', 1, null])).toBe(scopeOf(['x', 1, null]));
    expect(scopeOf(['x', 1, null])).not.toBe(scopeOf(['x', 2, null]));
  });
});
