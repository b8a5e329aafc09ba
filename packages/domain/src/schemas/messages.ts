import { z } from 'zod';
import { ZIsoDateTime, ZUuid } from './common';

export const MESSAGE_BODY_MAX = 4000;

const ZMessageBody = z
  .string()
  .trim()
  .min(1, 'Write a message first')
  .max(MESSAGE_BODY_MAX, `At most ${MESSAGE_BODY_MAX} characters`);

/** POST /conversations — a mentee writes to a mentor (starting their conversation, or adding to it). */
export const ZStartConversationSchema = z.strictObject({
  mentorId: ZUuid,
  body: ZMessageBody,
});
export type TStartConversation = z.infer<typeof ZStartConversationSchema>;

/** POST /conversations/{id}/messages — plain text. */
export const ZSendMessageSchema = z.strictObject({ body: ZMessageBody });
export type TSendMessage = z.infer<typeof ZSendMessageSchema>;

/** GET /conversations/{id}/messages — newest first. */
export const ZListMessagesQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).optional(),
  cursor: z.string().max(500).optional(),
});
export type TListMessagesQuery = z.infer<typeof ZListMessagesQuerySchema>;

/** The `message` resource. A message hidden by moderation keeps its place with `body: null`. */
export const ZMessageSchema = z.object({
  id: ZUuid,
  conversationId: ZUuid,
  senderId: ZUuid.nullable(),
  /** Sent by the caller. */
  mine: z.boolean(),
  body: z.string().nullable(),
  hidden: z.boolean(),
  createdAt: ZIsoDateTime,
});
export type TMessage = z.infer<typeof ZMessageSchema>;

/** The `conversation` resource: one per mentee and mentor, seen by those two only. */
export const ZConversationSchema = z.object({
  id: ZUuid,
  /** The caller's side of it. */
  role: z.enum(['mentee', 'mentor']),
  mentor: z.object({ id: ZUuid, slug: z.string(), name: z.string() }),
  mentee: z.object({ id: ZUuid, name: z.string() }),
  lastMessage: ZMessageSchema.nullable(),
  /** Messages from the other person the caller has not read yet. */
  unreadCount: z.number().int().min(0),
  /** False once the mentor is no longer public: the history stays readable, replies are closed. */
  open: z.boolean(),
  updatedAt: ZIsoDateTime,
});
export type TConversation = z.infer<typeof ZConversationSchema>;
