import type {
  TConversation,
  TListMessagesQuery,
  TMessage,
  TPage,
  TSendMessage,
  TStartConversation,
} from '@ladder/domain';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { decodeKeysetCursor, encodeKeysetCursor, scopeOf, TIMESTAMP_KEY } from '../../common/keyset-cursor';
import { APP_CONFIG, type AppConfig } from '../../config/env';
import { JobsService } from '../jobs/jobs.service';
import { MailService } from '../mail/mail.service';
import { type Limit, RateLimitService } from '../rate-limit/rate-limit.service';

export const MESSAGES_PER_USER: Limit = { name: 'messages:user', limit: 60, windowSeconds: 3600 };
/** New conversations a user may open per day: the guard against mass cold messages. */
export const CONVERSATIONS_PER_USER: Limit = { name: 'conversations:user', limit: 10, windowSeconds: 86_400 };
/** The inbox lists this many most recent conversations. */
export const INBOX_CAP = 100;
/** A notification waits this long, so a burst of messages makes one email, and a reader who is online none. */
export const NOTIFY_DELAY_SECONDS = 120;

/** A mentor people may write to: approved, not hidden by moderation, owner not suspended. */
const MENTOR_OPEN = `(m.status = 'approved' AND m.hidden_at IS NULL AND m.owner_suspended_at IS NULL)`;

interface MessageRow {
  id: string;
  conversation_id: string;
  sender_id: string | null;
  body: string;
  hidden_at: Date | null;
  created_at: Date;
}

interface ConversationRow {
  id: string;
  mentor_id: string;
  mentor_slug: string;
  mentor_user_id: string;
  mentor_name: string;
  mentee_id: string;
  mentee_name: string;
  last_message_at: Date;
  open: boolean;
  unread: number;
  lm_id: string | null;
  lm_sender_id: string | null;
  lm_body: string | null;
  lm_hidden_at: Date | null;
  lm_created_at: Date | null;
}

const MESSAGE_COLUMNS = 'id, conversation_id, sender_id, body, hidden_at, created_at';

export const presentMessage = (r: MessageRow, viewerId: string): TMessage => ({
  id: r.id,
  conversationId: r.conversation_id,
  senderId: r.sender_id,
  mine: r.sender_id === viewerId,
  body: r.hidden_at ? null : r.body,
  hidden: r.hidden_at !== null,
  createdAt: r.created_at.toISOString(),
});

function presentConversation(r: ConversationRow, viewerId: string): TConversation {
  return {
    id: r.id,
    role: r.mentor_user_id === viewerId ? 'mentor' : 'mentee',
    mentor: { id: r.mentor_id, slug: r.mentor_slug, name: r.mentor_name },
    mentee: { id: r.mentee_id, name: r.mentee_name },
    lastMessage:
      r.lm_id && r.lm_created_at
        ? presentMessage(
            {
              id: r.lm_id,
              conversation_id: r.id,
              sender_id: r.lm_sender_id,
              body: r.lm_body ?? '',
              hidden_at: r.lm_hidden_at,
              created_at: r.lm_created_at,
            },
            viewerId,
          )
        : null,
    unreadCount: r.unread,
    open: r.open,
    updatedAt: r.last_message_at.toISOString(),
  };
}

/**
 * Conversations of the caller (`$1`), as mentee or as mentor, with the last message and how many
 * of the other person's visible messages are unread; `extra` narrows them (e.g. to one id).
 */
const conversationsSql = (extra: string) => `
  SELECT c.id, c.mentor_id, m.slug AS mentor_slug, m.user_id AS mentor_user_id, mu.name AS mentor_name,
         c.mentee_id, me.name AS mentee_name, c.last_message_at, ${MENTOR_OPEN} AS open,
         (SELECT count(*)::int FROM messages x
           WHERE x.conversation_id = c.id AND x.hidden_at IS NULL AND x.sender_id IS DISTINCT FROM $1
             AND x.created_at > COALESCE(CASE WHEN m.user_id = $1 THEN c.mentor_read_at ELSE c.mentee_read_at END,
                                         '-infinity')) AS unread,
         lm.id AS lm_id, lm.sender_id AS lm_sender_id, lm.body AS lm_body, lm.hidden_at AS lm_hidden_at,
         lm.created_at AS lm_created_at
    FROM conversations c
    JOIN mentor_profiles m ON m.id = c.mentor_id
    JOIN users mu ON mu.id = m.user_id
    JOIN users me ON me.id = c.mentee_id
    LEFT JOIN LATERAL (
      SELECT id, sender_id, body, hidden_at, created_at FROM messages
       WHERE conversation_id = c.id ORDER BY created_at DESC, id DESC LIMIT 1
    ) lm ON true
   WHERE (c.mentee_id = $1 OR m.user_id = $1) ${extra}`;

/** The two people of a conversation, for a participant only. */
interface Parties {
  id: string;
  mentee_id: string;
  mentor_user_id: string;
  open: boolean;
}

/**
 * Messages between a mentee and a mentor: one conversation per pair, readable by those two only
 * (anyone else, admins included, gets 404 — moderation sees a reported message in its queue).
 * The recipient is emailed once per burst, after a short delay, unless they have read it by then.
 */
@Injectable()
export class MessagesService implements OnModuleInit {
  constructor(
    private readonly db: DataSource,
    private readonly jobs: JobsService,
    private readonly mail: MailService,
    private readonly limits: RateLimitService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    // `short`: at most one waiting notification per conversation and recipient.
    this.jobs.register('messages.notify', (data) => this.notify(data.conversationId, data.recipientId), {
      queuePolicy: 'short',
      retryLimit: 3,
    });
  }

  /** A mentee writes to a mentor: their conversation is created on the first message. */
  async start(
    user: AuthUser,
    body: TStartConversation,
  ): Promise<{ conversation: TConversation; message: TMessage }> {
    const mentors: { id: string; user_id: string }[] = await this.db.query(
      `SELECT m.id, m.user_id FROM mentor_profiles m WHERE m.id = $1 AND ${MENTOR_OPEN}`,
      [body.mentorId],
    );
    const mentor = mentors[0];
    if (!mentor) throw AppError.notFound('Mentor');
    if (mentor.user_id === user.id) {
      throw AppError.unprocessable(
        'cannot_message_self',
        'This is your own profile',
        'You cannot message yourself.',
      );
    }
    const existing: { id: string }[] = await this.db.query(
      'SELECT id FROM conversations WHERE mentor_id = $1 AND mentee_id = $2',
      [mentor.id, user.id],
    );
    await this.limits.hit(MESSAGES_PER_USER, user.id);
    if (!existing[0]) await this.limits.hit(CONVERSATIONS_PER_USER, user.id);
    const message = await this.db.transaction(async (m) => {
      // The unique pair decides between two first messages sent at once: both land in one thread.
      const conv: { id: string }[] = await m.query(
        `INSERT INTO conversations (mentor_id, mentee_id, last_message_at, mentee_read_at)
         VALUES ($1, $2, now(), now())
         ON CONFLICT (mentor_id, mentee_id) DO UPDATE SET last_message_at = now(), mentee_read_at = now()
         RETURNING id`,
        [mentor.id, user.id],
      );
      return this.insertMessage(m, conv[0]!.id, user.id, body.body, mentor.user_id);
    });
    return {
      conversation: await this.get(user, message.conversation_id),
      message: presentMessage(message, user.id),
    };
  }

  async send(user: AuthUser, conversationId: string, body: TSendMessage): Promise<TMessage> {
    const c = await this.parties(conversationId, user);
    if (!c.open) {
      throw AppError.conflict(
        'conversation_closed',
        'This conversation is closed',
        'The mentor is no longer on Ladder, so no new messages can be sent. The history stays readable.',
      );
    }
    await this.limits.hit(MESSAGES_PER_USER, user.id);
    const asMentor = c.mentor_user_id === user.id;
    const row = await this.db.transaction(async (m) => {
      await m.query(
        `UPDATE conversations SET last_message_at = now(), ${asMentor ? 'mentor_read_at' : 'mentee_read_at'} = now()
          WHERE id = $1`,
        [c.id],
      );
      return this.insertMessage(m, c.id, user.id, body.body, asMentor ? c.mentee_id : c.mentor_user_id);
    });
    return presentMessage(row, user.id);
  }

  /** Most recent first, at most INBOX_CAP. */
  async list(user: AuthUser): Promise<{ items: TConversation[] }> {
    const rows: ConversationRow[] = await this.db.query(
      `${conversationsSql('')} ORDER BY c.last_message_at DESC, c.id DESC LIMIT ${INBOX_CAP}`,
      [user.id],
    );
    return { items: rows.map((r) => presentConversation(r, user.id)) };
  }

  async get(user: AuthUser, id: string): Promise<TConversation> {
    const rows: ConversationRow[] = await this.db.query(conversationsSql('AND c.id = $2'), [user.id, id]);
    if (!rows[0]) throw AppError.notFound('Conversation');
    return presentConversation(rows[0], user.id);
  }

  /** Newest first, keyset-paginated. Reading does not mark anything read: `markRead` does. */
  async messages(user: AuthUser, id: string, query: TListMessagesQuery): Promise<TPage<TMessage>> {
    const c = await this.parties(id, user);
    const limit = query.limit ?? 50;
    const scope = scopeOf(['messages', c.id]);
    const cursor = decodeKeysetCursor(query.cursor, scope, TIMESTAMP_KEY);
    const values: unknown[] = [c.id, limit + 1];
    let after = '';
    if (cursor) {
      values.push(cursor.k, cursor.id);
      after = 'AND (created_at, id) < ($3::timestamptz, $4::uuid)';
    }
    const rows: (MessageRow & { cursor_key: string })[] = await this.db.query(
      `SELECT ${MESSAGE_COLUMNS}, created_at::text AS cursor_key FROM messages
        WHERE conversation_id = $1 ${after}
        ORDER BY created_at DESC, id DESC LIMIT $2`,
      values,
    );
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map((r) => presentMessage(r, user.id)),
      nextCursor:
        rows.length > limit && last ? encodeKeysetCursor(scope, { k: last.cursor_key, id: last.id }) : null,
    };
  }

  /** Everything in the conversation so far is read by the caller's side. */
  async markRead(user: AuthUser, id: string): Promise<void> {
    const c = await this.parties(id, user);
    const column = c.mentor_user_id === user.id ? 'mentor_read_at' : 'mentee_read_at';
    await this.db.query(`UPDATE conversations SET ${column} = now() WHERE id = $1`, [c.id]);
  }

  /** Total unread messages across the caller's conversations (for the account menu). */
  async unreadTotal(user: AuthUser): Promise<{ unread: number }> {
    const rows: { unread: number }[] = await this.db.query(
      `SELECT COALESCE(sum(unread), 0)::int AS unread FROM (${conversationsSql('')}) t`,
      [user.id],
    );
    return { unread: rows[0]?.unread ?? 0 };
  }

  /** Moderation: hides or shows a message inside the caller's transaction. */
  async setHidden(m: EntityManager, messageId: string, hidden: boolean): Promise<void> {
    await m.query(`UPDATE messages SET hidden_at = ${hidden ? 'now()' : 'NULL'} WHERE id = $1`, [messageId]);
  }

  /**
   * The job: emails the recipient about the messages they have not read, if any are left. The
   * dedupe key is the newest unread message, so a retried job never sends twice.
   */
  async notify(conversationId: string, recipientId: string): Promise<void> {
    const rows: {
      email: string;
      name: string;
      sender_name: string;
      unread: number;
      newest_id: string | null;
    }[] = await this.db.query(
      `SELECT r.email, r.name, s.name AS sender_name, u.unread, u.newest_id
         FROM conversations c
         JOIN mentor_profiles m ON m.id = c.mentor_id
         JOIN users r ON r.id = $2
         JOIN users s ON s.id = CASE WHEN m.user_id = $2 THEN c.mentee_id ELSE m.user_id END
         CROSS JOIN LATERAL (
           SELECT count(*)::int AS unread, (array_agg(x.id ORDER BY x.created_at DESC, x.id DESC))[1] AS newest_id
             FROM messages x
            WHERE x.conversation_id = c.id AND x.hidden_at IS NULL AND x.sender_id IS DISTINCT FROM $2
              AND x.created_at > COALESCE(CASE WHEN m.user_id = $2 THEN c.mentor_read_at ELSE c.mentee_read_at END,
                                          '-infinity')
         ) u
        WHERE c.id = $1 AND $2 IN (c.mentee_id, m.user_id)`,
      [conversationId, recipientId],
    );
    const row = rows[0];
    if (!row || row.unread === 0 || !row.newest_id) return;
    await this.mail.enqueue({
      template: 'new-messages',
      to: row.email,
      dedupeKey: `new-messages:${row.newest_id}:${recipientId}`,
      params: {
        name: row.name,
        senderName: row.sender_name,
        count: row.unread,
        url: `${this.config.http.webUrl}/messages/${conversationId}`,
      },
    });
  }

  private async insertMessage(
    m: EntityManager,
    conversationId: string,
    senderId: string,
    body: string,
    recipientId: string,
  ): Promise<MessageRow> {
    const rows: MessageRow[] = await m.query(
      `INSERT INTO messages (conversation_id, sender_id, body) VALUES ($1, $2, $3) RETURNING ${MESSAGE_COLUMNS}`,
      [conversationId, senderId, body],
    );
    await this.jobs.enqueue(
      'messages.notify',
      { conversationId, recipientId },
      {
        manager: m,
        singletonKey: `${conversationId}:${recipientId}`,
        startAfter: new Date(Date.now() + NOTIFY_DELAY_SECONDS * 1000),
      },
    );
    return rows[0]!;
  }

  /** 404 unless the caller is one of the two people of the conversation. */
  private async parties(id: string, user: AuthUser): Promise<Parties> {
    const rows: Parties[] = await this.db.query(
      `SELECT c.id, c.mentee_id, m.user_id AS mentor_user_id, ${MENTOR_OPEN} AS open
         FROM conversations c JOIN mentor_profiles m ON m.id = c.mentor_id
        WHERE c.id = $1 AND $2 IN (c.mentee_id, m.user_id)`,
      [id, user.id],
    );
    if (!rows[0]) throw AppError.notFound('Conversation');
    return rows[0];
  }
}
