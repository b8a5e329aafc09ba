import { createHash } from 'node:crypto';
import { isValidTimeZone } from '@ladder/domain';

/** The Cal.com triggers that become (or change) Ladder bookings. */
export const CALCOM_BOOKING_TRIGGERS = [
  'BOOKING_CREATED',
  'BOOKING_RESCHEDULED',
  'BOOKING_CANCELLED',
] as const;
export type TCalcomBookingTrigger = (typeof CALCOM_BOOKING_TRIGGERS)[number];

/** What the embed puts in `metadata[...]` and Ladder reads back (see calcom-dialog.tsx). */
export interface CalcomAttribution {
  mentorSlug: string | null;
  anonymousId: string | null;
  articleSlug: string | null;
  utm: Record<string, string>;
}

/** One Cal.com webhook delivery, reduced to what Ladder acts on. */
export interface CalcomEvent {
  trigger: string;
  /** `<uid>:<TRIGGER>`: the dedup key in webhook_events (Cal.com deliveries carry no event id). */
  eventId: string;
  /** The Cal.com booking uid (for a reschedule: the new booking's uid). */
  uid: string | null;
  /** For BOOKING_RESCHEDULED: the uid of the booking it replaces. */
  previousUid: string | null;
  start: Date | null;
  end: Date | null;
  title: string | null;
  organizer: { email: string | null; username: string | null; name: string | null };
  attendee: { email: string; name: string; timeZone: string | null } | null;
  priceAmount: number;
  currency: string;
  meetingUrl: string | null;
  cancellationReason: string | null;
  cancelledBy: string | null;
  attribution: CalcomAttribution;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max = 500): string | null => {
  if (typeof v !== 'string') return null;
  const t = v.trim();
  return t && t.length <= max ? t : null;
};
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const email = (v: unknown): string | null => {
  const s = str(v, 254);
  return s && EMAIL.test(s) ? s.toLowerCase() : null;
};
const instant = (v: unknown): Date | null => {
  const s = str(v, 64);
  if (!s) return null;
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? null : d;
};
/** An http(s) URL (a meeting link); Cal.com also puts "inPerson", addresses and app ids here. */
export function httpUrl(v: unknown): string | null {
  const s = str(v, 2000);
  if (!s) return null;
  try {
    const u = new URL(s);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.toString() : null;
  } catch {
    return null;
  }
}
const slug = (v: unknown): string | null => {
  const s = str(v, 200);
  return s && /^[a-z0-9][a-z0-9-]*$/i.test(s) ? s.toLowerCase() : null;
};

const UTM_KEYS = ['source', 'medium', 'campaign', 'term', 'content'] as const;

/** The attribution our embed passes as `metadata[...]` (older embeds used `ladderMentorSlug`). */
export function attributionOf(metadata: unknown): CalcomAttribution {
  const m = isObject(metadata) ? metadata : {};
  const anonymousId = str(m.anonymousId, 64);
  const utm: Record<string, string> = {};
  for (const key of UTM_KEYS) {
    const value = str(m[`utm_${key}`], 200);
    if (value) utm[key] = value;
  }
  return {
    mentorSlug: slug(m.mentorSlug) ?? slug(m.ladderMentorSlug),
    anonymousId: anonymousId && anonymousId.length >= 8 ? anonymousId : null,
    articleSlug: slug(m.articleSlug),
    utm,
  };
}

/**
 * The meeting link: Cal.com's video call URL (metadata.videoCallUrl, videoCallData.url), else the
 * location when it is a URL; null for "inPerson", a street address or an app id.
 */
export function meetingUrlOf(p: Json): string | null {
  const metadata = isObject(p.metadata) ? p.metadata : {};
  const video = isObject(p.videoCallData) ? p.videoCallData : {};
  return httpUrl(metadata.videoCallUrl) ?? httpUrl(video.url) ?? httpUrl(p.location);
}

/**
 * Reads a delivery's JSON body. Never throws: whatever is missing is null, and the service
 * decides what a delivery without (say) a uid or attendee means.
 */
export function parseCalcomEvent(raw: Buffer): CalcomEvent {
  let body: unknown;
  try {
    body = JSON.parse(raw.toString('utf8'));
  } catch {
    body = null;
  }
  const root = isObject(body) ? body : {};
  const p = isObject(root.payload) ? root.payload : {};
  const trigger = str(root.triggerEvent, 64)?.toUpperCase() ?? 'UNKNOWN';
  const uid = str(p.uid, 200);
  const organizer = isObject(p.organizer) ? p.organizer : {};
  const first = Array.isArray(p.attendees) ? p.attendees.find(isObject) : undefined;
  const attendeeEmail = first ? email(first.email) : null;
  const zone = first ? str(first.timeZone, 64) : null;
  const price = typeof p.price === 'number' && Number.isInteger(p.price) && p.price >= 0 ? p.price : 0;
  const currency = str(p.currency, 3)?.toUpperCase() ?? 'USD';
  // Without a uid there is nothing to be idempotent on but the delivery itself.
  const key = uid ?? `body-${createHash('sha256').update(raw).digest('hex').slice(0, 32)}`;
  return {
    trigger,
    eventId: `${key}:${trigger}`,
    uid,
    previousUid: str(p.rescheduleUid, 200) ?? str(p.fromReschedule, 200),
    start: instant(p.startTime),
    end: instant(p.endTime),
    title: str(p.title, 200) ?? str(p.eventTitle, 200),
    organizer: {
      email: email(organizer.email),
      username: str(organizer.username, 200),
      name: str(organizer.name, 200),
    },
    attendee: attendeeEmail
      ? {
          email: attendeeEmail,
          name: str(first?.name, 200) ?? attendeeEmail.split('@')[0]!,
          timeZone: zone && isValidTimeZone(zone) ? zone : null,
        }
      : null,
    priceAmount: price,
    currency: /^[A-Z]{3}$/.test(currency) ? currency : 'USD',
    meetingUrl: meetingUrlOf(p),
    cancellationReason: str(p.cancellationReason, 1000),
    cancelledBy: str(p.cancelledBy, 254),
    attribution: attributionOf(p.metadata),
  };
}
