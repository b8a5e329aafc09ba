import type { EntityManager } from 'typeorm';

/** Hours ago, sender ('mentee' | 'mentor'), text: the demo mentee's conversation with Priya. */
const DEMO_THREAD: { hoursAgo: number; from: 'mentee' | 'mentor'; body: string }[] = [
  {
    hoursAgo: 75,
    from: 'mentee',
    body: 'Hi Priya! Before I book: I lead a team of four and want to move towards staff. Is that something you help with, or is it more about system design?',
  },
  {
    hoursAgo: 70,
    from: 'mentor',
    body: 'Hi Sam, both! Most of my mentees are exactly where you are. Book the intro call and bring one project you are proud of: we will look at its scope together.',
  },
  { hoursAgo: 69, from: 'mentee', body: 'Perfect, booked. Thank you!' },
  {
    hoursAgo: 3,
    from: 'mentor',
    body: 'Looking forward to our session. If you can, send me your last performance review beforehand (shared notes work too).',
  },
];

/**
 * One conversation for the demo mentee, so Messages is not empty on a first visit; the mentor's
 * last message is unread. Only when the mentee has no conversation yet.
 */
export async function seedMessages(m: EntityManager, menteeEmail: string, mentorSlug: string): Promise<void> {
  const rows: { mentee_id: string; mentor_id: string; mentor_user_id: string }[] = await m.query(
    `SELECT u.id AS mentee_id, p.id AS mentor_id, p.user_id AS mentor_user_id
       FROM users u, mentor_profiles p WHERE u.email = $1 AND p.slug = $2`,
    [menteeEmail, mentorSlug],
  );
  const pair = rows[0];
  if (!pair) return;
  const existing: unknown[] = await m.query('SELECT 1 FROM conversations WHERE mentee_id = $1 LIMIT 1', [
    pair.mentee_id,
  ]);
  if (existing.length) return;
  const last = DEMO_THREAD[DEMO_THREAD.length - 1]!;
  const conversation: { id: string }[] = await m.query(
    `INSERT INTO conversations (mentor_id, mentee_id, last_message_at, mentor_read_at, mentee_read_at)
     VALUES ($1, $2, now() - make_interval(hours => $3), now() - make_interval(hours => $3),
             now() - make_interval(hours => $4))
     RETURNING id`,
    [pair.mentor_id, pair.mentee_id, last.hoursAgo, DEMO_THREAD[2]!.hoursAgo],
  );
  for (const message of DEMO_THREAD) {
    await m.query(
      `INSERT INTO messages (conversation_id, sender_id, body, created_at)
       VALUES ($1, $2, $3, now() - make_interval(hours => $4))`,
      [
        conversation[0]!.id,
        message.from === 'mentee' ? pair.mentee_id : pair.mentor_user_id,
        message.body,
        message.hoursAgo,
      ],
    );
  }
}
