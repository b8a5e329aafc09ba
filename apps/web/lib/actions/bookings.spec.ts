import { settle } from '@/lib/api/client';
import { stubFetch } from '@/lib/testing/stub-fetch';
import { bookSlot, cancelBookingAction, markNoShowAction } from './bookings';

// The real helper reads the visitor's cookies through next/headers; here it passes a fixed cookie.
jest.mock('@/lib/api/server-session', () => ({
  callWithSession: <T>(call: (headers: Record<string, string>) => Promise<T>) =>
    settle(call({ cookie: 'ladder_at=token', origin: 'http://web.test' })),
}));

const API = 'http://api.test:4000';
const BOOKING = '6f1c8a5e-3b0d-4c1a-9d57-1b2e3f4a5b6c';
const OFFERING = '3e4f5a6b-7c8d-4e9f-8a1b-2c3d4e5f6a7b';
const KEY = '0b6a7c1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d';

function problem(
  status: number,
  code: string,
  detail: string,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title: 'Failed', status, code, detail }), {
    status,
    headers: { 'content-type': 'application/problem+json', ...headers },
  });
}

describe('booking actions when payments are briefly unavailable (503)', () => {
  const fetchMock = stubFetch({ apiUrl: API });
  const outage = () =>
    problem(503, 'payment_provider_unavailable', 'Our payment provider did not answer.', {
      'retry-after': '60',
    });

  it('tells the booker nothing was charged and to try again', async () => {
    fetchMock.mockResolvedValue(outage());
    const result = await bookSlot({
      offeringId: OFFERING,
      start: '2026-03-09T14:00:00.000Z',
      idempotencyKey: KEY,
    });
    expect(result).toEqual({
      ok: false,
      code: 'payment_provider_unavailable',
      message: expect.stringMatching(/Nothing was charged or changed/),
      retryable: false,
    });
  });

  it('tells the canceller their booking is unchanged', async () => {
    fetchMock.mockResolvedValue(outage());
    const result = await cancelBookingAction(BOOKING, 'Conflict');
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/try again in a minute/) });
    expect(fetchMock.mock.calls[0]![0]).toBe(`${API}/api/v1/bookings/${BOOKING}/cancel`);
  });
});

describe('markNoShowAction', () => {
  const fetchMock = stubFetch({ apiUrl: API });

  it('posts the no-show for the booking with the visitor’s session and answers the updated booking', async () => {
    fetchMock.mockResolvedValue(Response.json({ id: BOOKING, status: 'no_show' }));
    const result = await markNoShowAction(BOOKING);
    expect(result).toEqual({ ok: true, booking: { id: BOOKING, status: 'no_show' } });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe(`${API}/api/v1/bookings/${BOOKING}/no-show`);
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>).cookie).toBe('ladder_at=token');
  });

  it('explains why a no-show cannot be recorded (not started, or already settled)', async () => {
    fetchMock.mockResolvedValue(problem(409, 'not_no_show', 'A no-show can be recorded …'));
    const result = await markNoShowAction(BOOKING);
    expect(result).toMatchObject({
      ok: false,
      code: 'not_no_show',
      message: expect.stringMatching(/has started/),
    });
  });

  it('never calls the API for an id that is not a booking id', async () => {
    await expect(markNoShowAction('../admin')).resolves.toMatchObject({ ok: false, code: 'not_found' });
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
