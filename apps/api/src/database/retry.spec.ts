import { QueryFailedError } from 'typeorm';
import { isRetryableConflict, retryOnConflict } from './retry';

const pgError = (code: string) =>
  new QueryFailedError('UPDATE bookings …', [], Object.assign(new Error('pg'), { code }));

describe('retryOnConflict', () => {
  it('runs the work again after a deadlock or a serialization failure, and answers its result', async () => {
    const failures = [pgError('40P01'), pgError('40001')];
    let calls = 0;
    const result = await retryOnConflict(async () => {
      calls++;
      const failure = failures.shift();
      if (failure) throw failure;
      return 'done';
    });
    expect({ result, calls }).toEqual({ result: 'done', calls: 3 });
  });

  it('gives up after the attempts allowed, with the last error', async () => {
    let calls = 0;
    const run = retryOnConflict(async () => {
      calls++;
      throw pgError('40P01');
    }, 3);
    await expect(run).rejects.toMatchObject({ driverError: { code: '40P01' } });
    expect(calls).toBe(3);
  });

  it('does not repeat work that failed for any other reason', async () => {
    for (const err of [pgError('23P01'), pgError('23505'), new Error('provider down')]) {
      let calls = 0;
      await expect(
        retryOnConflict(async () => {
          calls++;
          throw err;
        }),
      ).rejects.toBe(err);
      expect(calls).toBe(1);
      expect(isRetryableConflict(err)).toBe(false);
    }
  });
});
