import { apiFetch, type TApiRequestInit } from './client';

export type TDevMailAttachment = { filename: string; contentType: string; size: number };

/** A message kept by the API's development mail transport. */
export type TDevMail = {
  id: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments: TDevMailAttachment[];
  createdAt: string;
};

type TInit = Pick<TApiRequestInit, 'signal' | 'timeoutMs'>;

export const MAILBOX_PAGE_SIZE = 50;

/** `GET /dev/mailbox?to=&limit=` — newest first. ApiError 404 in production. */
export function listDevMail(
  query: { to?: string | undefined; limit?: number },
  init: TInit = {},
): Promise<{ items: TDevMail[] }> {
  return apiFetch<{ items: TDevMail[] }>('/dev/mailbox', {
    cache: 'no-store',
    ...init,
    query: { to: query.to, limit: query.limit ?? MAILBOX_PAGE_SIZE },
  });
}

/** `GET /dev/mailbox/{id}`. */
export function getDevMail(id: string, init: TInit = {}): Promise<TDevMail> {
  return apiFetch<TDevMail>(`/dev/mailbox/${encodeURIComponent(id)}`, { cache: 'no-store', ...init });
}

/** `POST /dev/mailbox/test` → 202; the message goes through the real job queue and lands within ~1 s. */
export function sendTestMail(body: { to: string; note?: string }, init: TInit = {}): Promise<void> {
  return apiFetch<void>('/dev/mailbox/test', { cache: 'no-store', ...init, method: 'POST', body });
}
