import type {
  TBooking,
  TCreateMentorProfile,
  TCreateOffering,
  TMentorEarnings,
  TMentorProfile,
  TOffering,
  TPutAvailability,
  TUpdateMentorProfile,
  TUpdateOffering,
} from '@ladder/domain';
import { apiFetch, type TApiRequestInit } from './client';

/**
 * The signed-in mentor's own profile, offerings and availability. Server code passes the
 * visitor's session headers (`sessionHeaders()`); the server actions in lib/actions/mentor.ts do.
 */
/** What GET /mentors/me/availability answers (defaults when the mentor never saved any). */
export type TStoredAvailability = {
  timezone: string;
  weekly: { weekday: number; start: string; end: string }[];
  overrides: { date: string; intervals: { start: string; end: string }[] }[];
  horizonDays: number;
  dailyCap: number | null;
  updatedAt: string | null;
};

type TInit = Pick<TApiRequestInit, 'headers' | 'signal'>;

const NO_STORE = { cache: 'no-store' } as const;

/** `GET /mentors/me` → the profile in any status; ApiError 403 before the user applies (no mentor role). */
export function getMyMentorProfile(init: TInit = {}): Promise<TMentorProfile> {
  return apiFetch<TMentorProfile>('/mentors/me', { ...NO_STORE, ...init });
}

/** `POST /mentors/me` → 201 pending profile; 409 `mentor_profile_exists`. */
export function createMyMentorProfile(body: TCreateMentorProfile, init: TInit = {}): Promise<TMentorProfile> {
  return apiFetch<TMentorProfile>('/mentors/me', { ...NO_STORE, ...init, method: 'POST', body });
}

/** `PATCH /mentors/me` → 200; editing a rejected profile sends it back to pending. */
export function updateMyMentorProfile(body: TUpdateMentorProfile, init: TInit = {}): Promise<TMentorProfile> {
  return apiFetch<TMentorProfile>('/mentors/me', { ...NO_STORE, ...init, method: 'PATCH', body });
}

/** `GET /mentors/me/offerings` → active and inactive offerings (archived ones are left out). */
export function listMyOfferings(init: TInit = {}): Promise<{ items: TOffering[] }> {
  return apiFetch<{ items: TOffering[] }>('/mentors/me/offerings', { ...NO_STORE, ...init });
}

export function createMyOffering(body: TCreateOffering, init: TInit = {}): Promise<TOffering> {
  return apiFetch<TOffering>('/mentors/me/offerings', { ...NO_STORE, ...init, method: 'POST', body });
}

export function updateMyOffering(id: string, body: TUpdateOffering, init: TInit = {}): Promise<TOffering> {
  return apiFetch<TOffering>(`/mentors/me/offerings/${encodeURIComponent(id)}`, {
    ...NO_STORE,
    ...init,
    method: 'PATCH',
    body,
  });
}

/** `DELETE /mentors/me/offerings/{id}` → 204; the offering is archived, its bookings keep it. */
export function archiveMyOffering(id: string, init: TInit = {}): Promise<void> {
  return apiFetch<void>(`/mentors/me/offerings/${encodeURIComponent(id)}`, {
    ...NO_STORE,
    ...init,
    method: 'DELETE',
  });
}

/** `GET /mentors/me/availability` → weekly rules, overrides, horizon and cap (defaults when never set). */
export function getMyAvailability(init: TInit = {}): Promise<TStoredAvailability> {
  return apiFetch<TStoredAvailability>('/mentors/me/availability', { ...NO_STORE, ...init });
}

/** `PUT /mentors/me/availability` → 200 the stored availability; 400 with per-row `errors`. */
export function putMyAvailability(body: TPutAvailability, init: TInit = {}): Promise<TStoredAvailability> {
  return apiFetch<TStoredAvailability>('/mentors/me/availability', {
    ...NO_STORE,
    ...init,
    method: 'PUT',
    body,
  });
}

/** A booking as `GET /bookings` shows it, with the names the dashboards use when the API sends them. */
export type TMentorBooking = TBooking & {
  offering?: { title: string; durationMinutes: number };
  mentee?: { name: string; timezone: string };
};

/** `GET /bookings?role=mentor` → the sessions others booked with this mentor. */
export function listMyMentorBookings(init: TInit = {}): Promise<{ items: TMentorBooking[] }> {
  return apiFetch<{ items: TMentorBooking[] }>('/bookings', {
    ...NO_STORE,
    ...init,
    query: { role: 'mentor' },
  });
}

/** `GET /mentors/me/earnings` → per currency earned/upcoming/refunded and the latest paid bookings. */
export function getMyEarnings(init: TInit = {}): Promise<TMentorEarnings> {
  return apiFetch<TMentorEarnings>('/mentors/me/earnings', { ...NO_STORE, ...init });
}
