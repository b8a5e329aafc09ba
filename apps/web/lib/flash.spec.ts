import { parseFlash } from './flash';

describe('parseFlash', () => {
  it('reads a stored message', () => {
    expect(parseFlash('{"tone":"success","message":"Check your inbox to confirm your email"}')).toEqual({
      tone: 'success',
      message: 'Check your inbox to confirm your email',
    });
  });

  it('ignores anything else that may be in storage', () => {
    expect(parseFlash('not json')).toBeNull();
    expect(parseFlash('null')).toBeNull();
    expect(parseFlash('{"tone":"danger","message":"x"}')).toBeNull();
    expect(parseFlash('{"tone":"info","message":""}')).toBeNull();
    expect(parseFlash('{"tone":"info","message":42}')).toBeNull();
  });
});
