import type { TMyCalcomWebhook } from '@ladder/domain';
import { apiFetch, type TApiRequestInit } from './client';

type TInit = Pick<TApiRequestInit, 'headers' | 'signal'>;

/** `GET /mentors/me/calcom-webhook` → `{webhook}`, null until the mentor sets one up; 403 without the mentor role. */
export function getMyCalcomWebhook(init: TInit = {}): Promise<TMyCalcomWebhook> {
  return apiFetch<TMyCalcomWebhook>('/mentors/me/calcom-webhook', { cache: 'no-store', ...init });
}

/** `POST /mentors/me/calcom-webhook` → sets it up, or gives it a new secret (the URL stays). */
export function rotateMyCalcomWebhook(init: TInit = {}): Promise<TMyCalcomWebhook> {
  return apiFetch<TMyCalcomWebhook>('/mentors/me/calcom-webhook', {
    cache: 'no-store',
    ...init,
    method: 'POST',
  });
}

/** `DELETE /mentors/me/calcom-webhook` → 204; deliveries to its URL are refused from then on. */
export function deleteMyCalcomWebhook(init: TInit = {}): Promise<void> {
  return apiFetch<void>('/mentors/me/calcom-webhook', { cache: 'no-store', ...init, method: 'DELETE' });
}
