import type { TActionProblem } from '@/lib/mentor/action-result';
import { adminProblemText } from './problem-text';

const problem = (over: Partial<TActionProblem>): TActionProblem => ({
  status: 409,
  code: 'conflict',
  title: 'Conflict',
  errors: [],
  ...over,
});

describe('adminProblemText', () => {
  const words = {
    gone: 'This report no longer exists.',
    tooMany: 'Slow down.',
    codes: { already_resolved: 'Decided already.' },
  };

  it('prefers a known code, then the status', () => {
    expect(adminProblemText(problem({ code: 'already_resolved' }), words)).toBe('Decided already.');
    expect(adminProblemText(problem({ status: 404, code: 'not_found' }), words)).toBe(
      'This report no longer exists.',
    );
    expect(adminProblemText(problem({ status: 403, code: 'forbidden' }), words)).toBe(
      'Only admins can do this.',
    );
    expect(adminProblemText(problem({ status: 401, code: 'unauthorized' }), words)).toMatch(
      /session has ended/,
    );
    expect(adminProblemText(problem({ status: 429, code: 'rate_limited' }), words)).toBe('Slow down.');
    expect(adminProblemText(problem({ status: 0, code: 'unreachable' }), words)).toMatch(/reach/i);
  });

  it('falls back to the first field error, the detail, then the title', () => {
    expect(
      adminProblemText(
        problem({ status: 400, errors: [{ path: 'reason', message: 'Too short' }], detail: 'Bad' }),
        words,
      ),
    ).toBe('Too short');
    expect(adminProblemText(problem({ detail: 'Already suspended' }), words)).toBe('Already suspended');
    expect(adminProblemText(problem({}), words)).toBe('Conflict');
  });
});
