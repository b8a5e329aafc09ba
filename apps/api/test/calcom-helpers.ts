import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { calcomSignature } from '../src/modules/webhooks/calcom-signature';
import type { BookableMentor } from './booking-helpers';
import { uniq } from './factories';

export type CalcomBody = { triggerEvent: string; createdAt: string; payload: Record<string, unknown> };

/** Cal.com's documented BOOKING_CREATED example (shared/fixtures), adapted per test. */
export const CALCOM_FIXTURE: CalcomBody = JSON.parse(
  readFileSync(join(__dirname, 'fixtures/calcom-booking-created.json'), 'utf8'),
);

/** A BOOKING_CREATED for this mentor (as organizer), this attendee, at `start` for an hour. */
export function calcomCreated(
  mentor: Pick<BookableMentor, 'account'>,
  attendee: { email: string; name: string },
  start: string,
  over: Record<string, unknown> = {},
): CalcomBody {
  return {
    ...CALCOM_FIXTURE,
    triggerEvent: 'BOOKING_CREATED',
    payload: {
      ...CALCOM_FIXTURE.payload,
      uid: `cal-${uniq()}`,
      startTime: start,
      endTime: new Date(Date.parse(start) + 3_600_000).toISOString(),
      organizer: {
        ...(CALCOM_FIXTURE.payload.organizer as object),
        email: mentor.account.email,
        username: 'someone',
      },
      attendees: [
        {
          email: attendee.email,
          name: attendee.name,
          timeZone: 'Europe/Berlin',
          language: { locale: 'en' },
        },
      ],
      location: 'https://meet.google.com/abc-defg-hij',
      metadata: {},
      ...over,
    },
  };
}

/** Posts exactly these bytes to `path`, signed with `secret` (or with the given header; null: none). */
export function deliverCalcom(
  server: Parameters<typeof request>[0],
  path: string,
  secret: string,
  body: CalcomBody | string,
  signature?: string | null,
): request.Test {
  const raw = typeof body === 'string' ? body : JSON.stringify(body);
  const req = request(server).post(path).set('Content-Type', 'application/json');
  if (signature !== null) req.set('X-Cal-Signature-256', signature ?? calcomSignature(raw, secret));
  return req.send(raw);
}
