'use server';

import { type TMessage, ZSendMessageSchema, ZStartConversationSchema, ZUuid } from '@ladder/domain';
import { redirect } from 'next/navigation';
import type { ApiError } from '@/lib/api/client';
import { markConversationRead, sendMessage, startConversation } from '@/lib/api/messages';
import { callWithSession } from '@/lib/api/server-session';
import { formString, tooManyAttemptsMessage, UNEXPECTED_MESSAGE, UNREACHABLE_MESSAGE } from '@/lib/forms';

/*
 * Messages, for `useActionState` forms (they work without JavaScript too). The API decides who
 * may write where; these turn form fields into its bodies and its problems into sentences.
 */

export type TStartConversationState = { error: string | null; draft: string };

export type TReplyState = {
  /** Messages this form sent since the page was rendered, oldest first. */
  sent: TMessage[];
  error: string | null;
  /** The text to keep in the box after a failure (cleared after a success). */
  draft: string;
};

const MESSAGES: Record<string, string> = {
  cannot_message_self: 'This is your own profile, so there is no one to message.',
  conversation_closed: 'This mentor is no longer on Ladder, so new messages cannot be sent.',
  not_found: 'We couldn’t find this conversation or mentor. They may no longer be on Ladder.',
  unauthorized: 'Your session has ended. Please sign in again.',
};

function messageFor(error: ApiError): string {
  const code = error.status === 401 ? 'unauthorized' : error.status === 404 ? 'not_found' : error.code;
  if (Object.hasOwn(MESSAGES, code)) return MESSAGES[code] ?? UNEXPECTED_MESSAGE;
  if (error.status === 429) return tooManyAttemptsMessage(error.retryAfterSeconds);
  if (error.isUnreachable) return UNREACHABLE_MESSAGE;
  if (error.code === 'validation_failed') return error.errors[0]?.message ?? 'Please check your message.';
  return UNEXPECTED_MESSAGE;
}

/** Writes to mentor `mentorId` (bind it in the page) and opens the conversation. */
export async function startConversationAction(
  mentorId: string,
  _previous: TStartConversationState,
  formData: FormData,
): Promise<TStartConversationState> {
  const draft = formString(formData, 'body');
  const parsed = ZStartConversationSchema.safeParse({ mentorId, body: draft });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const error = issue?.path[0] === 'mentorId' ? MESSAGES.not_found : issue?.message;
    return { error: error ?? 'Please check your message.', draft };
  }
  const result = await callWithSession((headers) => startConversation(parsed.data, { headers }));
  if (!result.ok) return { error: messageFor(result.error), draft };
  redirect(`/messages/${result.data.conversation.id}`);
}

/** Replies in conversation `conversationId` (bind it in the page). */
export async function replyAction(
  conversationId: string,
  previous: TReplyState,
  formData: FormData,
): Promise<TReplyState> {
  const draft = formString(formData, 'body');
  if (!ZUuid.safeParse(conversationId).success) {
    return { ...previous, error: MESSAGES.not_found ?? UNEXPECTED_MESSAGE, draft };
  }
  const parsed = ZSendMessageSchema.safeParse({ body: draft });
  if (!parsed.success) {
    return { ...previous, error: parsed.error.issues[0]?.message ?? 'Please check your message.', draft };
  }
  const result = await callWithSession((headers) => sendMessage(conversationId, parsed.data, { headers }));
  if (!result.ok) return { ...previous, error: messageFor(result.error), draft };
  return { sent: [...previous.sent, result.data], error: null, draft: '' };
}

/** Marks the conversation read (called once the thread is on screen). Failures are harmless. */
export async function markReadAction(conversationId: string): Promise<void> {
  if (!ZUuid.safeParse(conversationId).success) return;
  await callWithSession((headers) => markConversationRead(conversationId, { headers }));
}
