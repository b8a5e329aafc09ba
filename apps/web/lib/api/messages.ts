import type {
  TConversation,
  TListMessagesQuery,
  TMessage,
  TPage,
  TSendMessage,
  TStartConversation,
} from '@ladder/domain';
import { apiFetch, type TApiRequestInit } from './client';

/*
 * Conversations between a mentee and a mentor. Every call is made on someone's behalf from the
 * server: pass `sessionHeaders()` in `init.headers`. Anyone but the two people gets ApiError 404.
 */
type TInit = Pick<TApiRequestInit, 'headers' | 'signal'>;

const NO_STORE = { cache: 'no-store' } as const;
const path = (id: string) => `/conversations/${encodeURIComponent(id)}`;

/** `GET /conversations` — most recent first. */
export function listConversations(init: TInit = {}): Promise<{ items: TConversation[] }> {
  return apiFetch<{ items: TConversation[] }>('/conversations', { ...NO_STORE, ...init });
}

export function getConversation(id: string, init: TInit = {}): Promise<TConversation> {
  return apiFetch<TConversation>(path(id), { ...NO_STORE, ...init });
}

/** `GET /conversations/{id}/messages` — newest first, keyset cursor. */
export function listMessages(
  id: string,
  query: TListMessagesQuery = {},
  init: TInit = {},
): Promise<TPage<TMessage>> {
  return apiFetch<TPage<TMessage>>(`${path(id)}/messages`, { ...NO_STORE, ...init, query });
}

/** `POST /conversations` — 404 unless the mentor is public; 422 `cannot_message_self`. */
export function startConversation(
  body: TStartConversation,
  init: TInit = {},
): Promise<{ conversation: TConversation; message: TMessage }> {
  return apiFetch(`/conversations`, { ...NO_STORE, ...init, method: 'POST', body });
}

/** `POST /conversations/{id}/messages` — 409 `conversation_closed` once the mentor is not public. */
export function sendMessage(id: string, body: TSendMessage, init: TInit = {}): Promise<TMessage> {
  return apiFetch<TMessage>(`${path(id)}/messages`, { ...NO_STORE, ...init, method: 'POST', body });
}

export function markConversationRead(id: string, init: TInit = {}): Promise<void> {
  return apiFetch<void>(`${path(id)}/read`, { ...NO_STORE, ...init, method: 'POST' });
}

export function unreadMessages(init: TInit = {}): Promise<{ unread: number }> {
  return apiFetch<{ unread: number }>('/conversations/unread', { ...NO_STORE, ...init });
}
