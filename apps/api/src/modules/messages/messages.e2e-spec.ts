import request from 'supertest';
import { createTestApp, type TestApp } from '../../../test/app';
import { type Account, signInAdmin, signUp } from '../../../test/auth-helpers';
import { type ApprovedMentor, applyAsMentor, makeApprovedMentor } from '../../../test/mentor-helpers';
import { mailSettled, waitFor } from '../../../test/wait';
import { MessagesService, NOTIFY_DELAY_SECONDS } from './messages.service';

describe('messages between mentees and mentors', () => {
  let t: TestApp;
  let admin: Account;
  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    t = await createTestApp({ DB_POOL_SIZE: '8' });
    admin = await signInAdmin(t);
  });
  afterAll(() => t.close());

  const write = (who: Account, mentorId: string, body: unknown) =>
    http().post('/api/v1/conversations').set(who.bearer).send({ mentorId, body });
  const reply = (who: Account, id: string, body: string) =>
    http().post(`/api/v1/conversations/${id}/messages`).set(who.bearer).send({ body });
  const inbox = async (who: Account) =>
    (await http().get('/api/v1/conversations').set(who.bearer).expect(200)).body.items;
  const unread = async (who: Account): Promise<number> =>
    (await http().get('/api/v1/conversations/unread').set(who.bearer).expect(200)).body.unread;
  /** Message notifications sent to `to` (sign-up emails aside). */
  const mailsTo = async (to: string): Promise<{ subject: string; text: string }[]> =>
    (await http().get('/api/v1/dev/mailbox').query({ to })).body.items.filter((m: { subject: string }) =>
      / sent you .* on Ladder$/.test(m.subject),
    );

  async function pair(): Promise<{ mentor: ApprovedMentor; mentee: Account; conversationId: string }> {
    const mentor = await makeApprovedMentor(t, admin);
    const mentee = await signUp(t.app.getHttpServer());
    const res = await write(
      mentee,
      mentor.profile.id,
      'Hi! Could you help me prepare for a staff promo?',
    ).expect(201);
    return { mentor, mentee, conversationId: res.body.conversation.id };
  }

  it('starts one conversation per pair, readable by its two people, each seeing their side', async () => {
    const mentor = await makeApprovedMentor(t, admin, { name: 'Priya Ramaswamy' });
    const mentee = await signUp(t.app.getHttpServer(), { name: 'Sam Lee' });
    const first = await write(
      mentee,
      mentor.profile.id,
      '  Hi Priya, do you review system designs?  ',
    ).expect(201);
    expect(first.body.message).toEqual({
      id: expect.any(String),
      conversationId: first.body.conversation.id,
      senderId: mentee.id,
      mine: true,
      body: 'Hi Priya, do you review system designs?',
      hidden: false,
      createdAt: expect.any(String),
    });
    expect(first.body.conversation).toMatchObject({
      role: 'mentee',
      mentor: { id: mentor.profile.id, slug: mentor.profile.slug, name: 'Priya Ramaswamy' },
      mentee: { id: mentee.id, name: 'Sam Lee' },
      unreadCount: 0,
      open: true,
    });
    // Writing again from the profile continues the same conversation.
    const second = await write(mentee, mentor.profile.id, 'Also: mock interviews?').expect(201);
    expect(second.body.conversation.id).toBe(first.body.conversation.id);

    const id = first.body.conversation.id as string;
    const mentorInbox = await inbox(mentor.account);
    expect(mentorInbox).toEqual([
      expect.objectContaining({
        id,
        role: 'mentor',
        unreadCount: 2,
        lastMessage: expect.objectContaining({ body: 'Also: mock interviews?', mine: false }),
      }),
    ]);
    expect(await unread(mentor.account)).toBe(2);

    await reply(mentor.account, id, 'Yes to both. Send me your doc.').expect(201);
    expect(await unread(mentor.account)).toBe(0); // replying reads the conversation
    expect(await unread(mentee)).toBe(1);
    await http().post(`/api/v1/conversations/${id}/read`).set(mentee.bearer).expect(204);
    expect(await unread(mentee)).toBe(0);

    const page = await http().get(`/api/v1/conversations/${id}/messages`).set(mentee.bearer).expect(200);
    expect(page.body.items.map((m: { body: string; mine: boolean }) => [m.mine, m.body])).toEqual([
      [false, 'Yes to both. Send me your doc.'],
      [true, 'Also: mock interviews?'],
      [true, 'Hi Priya, do you review system designs?'],
    ]);
  });

  it('pages messages newest first without gaps or duplicates', async () => {
    const { mentor, conversationId } = await pair();
    for (let i = 1; i <= 6; i++) await reply(mentor.account, conversationId, `Message ${i}`).expect(201);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: request.Response = await http()
        .get(`/api/v1/conversations/${conversationId}/messages`)
        .query({ limit: 3, ...(cursor ? { cursor } : {}) })
        .set(mentor.account.bearer)
        .expect(200);
      seen.push(...res.body.items.map((m: { body: string }) => m.body));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([
      'Message 6',
      'Message 5',
      'Message 4',
      'Message 3',
      'Message 2',
      'Message 1',
      'Hi! Could you help me prepare for a staff promo?',
    ]);
  });

  it('answers 404 to everyone else, admins included, and keeps inboxes apart', async () => {
    const { conversationId } = await pair();
    const stranger = await signUp(t.app.getHttpServer());
    for (const who of [stranger, admin]) {
      await http().get(`/api/v1/conversations/${conversationId}`).set(who.bearer).expect(404);
      await http().get(`/api/v1/conversations/${conversationId}/messages`).set(who.bearer).expect(404);
      await reply(who, conversationId, 'Let me in').expect(404);
      await http().post(`/api/v1/conversations/${conversationId}/read`).set(who.bearer).expect(404);
    }
    expect(await inbox(stranger)).toEqual([]);
    await http().get('/api/v1/conversations/not-a-uuid').set(stranger.bearer).expect(404);
    await http().get('/api/v1/conversations').expect(401);
  });

  it('rejects bad input: unknown fields, empty or too long bodies, self, unknown or unapproved mentors', async () => {
    const mentor = await makeApprovedMentor(t, admin);
    const mentee = await signUp(t.app.getHttpServer());
    const unknownField = await http()
      .post('/api/v1/conversations')
      .set(mentee.bearer)
      .send({ mentorId: mentor.profile.id, body: 'Hi', admin: true })
      .expect(400);
    expect(unknownField.body.code).toBe('validation_failed');
    await write(mentee, mentor.profile.id, '   ').expect(400);
    await write(mentee, mentor.profile.id, 'x'.repeat(4001)).expect(400);
    const self = await write(mentor.account, mentor.profile.id, 'Talking to myself').expect(422);
    expect(self.body.code).toBe('cannot_message_self');
    await write(mentee, '00000000-0000-4000-8000-000000000000', 'Hello?').expect(404);
    const pending = await applyAsMentor(t, await signUp(t.app.getHttpServer()));
    await write(mentee, pending.id, 'Hello?').expect(404);
  });

  it('closes a conversation when the mentor is hidden: history readable, no new messages', async () => {
    const { mentor, mentee, conversationId } = await pair();
    await t.db.query('UPDATE mentor_profiles SET hidden_at = now() WHERE id = $1', [mentor.profile.id]);
    const closed = await reply(mentee, conversationId, 'Are you there?').expect(409);
    expect(closed.body.code).toBe('conversation_closed');
    await reply(mentor.account, conversationId, 'Still here').expect(409);
    const conversation = await http()
      .get(`/api/v1/conversations/${conversationId}`)
      .set(mentee.bearer)
      .expect(200);
    expect(conversation.body.open).toBe(false);
    await http().get(`/api/v1/conversations/${conversationId}/messages`).set(mentee.bearer).expect(200);
  });

  it('lets the recipient report a message, and hiding it blanks it for both people', async () => {
    const { mentor, mentee, conversationId } = await pair();
    const abusive = await reply(mentor.account, conversationId, 'Pay me outside Ladder, cash only').expect(
      201,
    );
    // The sender cannot report their own message; strangers cannot see it at all.
    const stranger = await signUp(t.app.getHttpServer());
    for (const who of [mentor.account, stranger]) {
      await http()
        .post('/api/v1/reports')
        .set(who.bearer)
        .send({ targetType: 'message', targetId: abusive.body.id, reason: 'spam' })
        .expect(404);
    }
    const report = await http()
      .post('/api/v1/reports')
      .set(mentee.bearer)
      .send({ targetType: 'message', targetId: abusive.body.id, reason: 'Asks to pay off-platform' })
      .expect(201);
    const queue = await http().get('/api/v1/admin/reports').set(admin.bearer).expect(200);
    const item = queue.body.items.find((r: { id: string }) => r.id === report.body.id);
    expect(item.target.label).toMatch(/^Message from Mentor .+: Pay me outside Ladder/);
    expect(item.target.url).toBeUndefined();

    await http()
      .post(`/api/v1/admin/reports/${report.body.id}/resolve`)
      .set(admin.bearer)
      .send({ action: 'hide' })
      .expect(200);
    for (const who of [mentee, mentor.account]) {
      const page = await http()
        .get(`/api/v1/conversations/${conversationId}/messages`)
        .set(who.bearer)
        .expect(200);
      const hidden = page.body.items.find((m: { id: string }) => m.id === abusive.body.id);
      expect(hidden).toMatchObject({ body: null, hidden: true });
      expect(JSON.stringify(page.body)).not.toContain('cash only');
    }
    expect(await unread(mentee)).toBe(0); // a hidden message is not waiting to be read

    await http().post(`/api/v1/admin/reports/${report.body.id}/restore`).set(admin.bearer).expect(200);
    const again = await http()
      .get(`/api/v1/conversations/${conversationId}/messages`)
      .set(mentee.bearer)
      .expect(200);
    expect(again.body.items[0]).toMatchObject({
      id: abusive.body.id,
      body: 'Pay me outside Ladder, cash only',
    });
  });

  it('emails the recipient once per burst, after a delay, and not at all once they have read it', async () => {
    const { mentor, mentee, conversationId } = await pair();
    await write(mentee, mentor.profile.id, 'And one more thing').expect(201);
    const jobs: { n: number; delay: number }[] = await t.db.query(
      `SELECT count(*)::int AS n, max(extract(epoch FROM start_after - created_on))::int AS delay
         FROM pgboss.job WHERE name = 'messages.notify' AND singleton_key = $1 AND state = 'created'`,
      [`${conversationId}:${mentor.account.id}`],
    );
    expect(jobs[0]).toEqual({ n: 1, delay: expect.any(Number) });
    expect(Math.abs(jobs[0]!.delay - NOTIFY_DELAY_SECONDS)).toBeLessThanOrEqual(2);

    // The delayed job runs: one email about both messages, and a retry sends nothing more.
    const messages = t.app.get(MessagesService);
    await messages.notify(conversationId, mentor.account.id);
    await messages.notify(conversationId, mentor.account.id);
    const mails = await waitFor('the new-messages email', async () => {
      const found = await mailsTo(mentor.account.email);
      return found.length > 0 ? found : undefined;
    });
    await mailSettled(t.db, mentor.account.email);
    expect(await mailsTo(mentor.account.email)).toHaveLength(1);
    expect(mails[0]!.subject).toMatch(/sent you 2 messages on Ladder$/);
    expect(mails[0]!.text).toContain(`/messages/${conversationId}`);
    // Message text stays on Ladder.
    expect(mails[0]!.text).not.toContain('one more thing');

    // The mentee reads the mentor's reply before the job runs: no email.
    await reply(mentor.account, conversationId, 'Sure').expect(201);
    await http().post(`/api/v1/conversations/${conversationId}/read`).set(mentee.bearer).expect(204);
    await messages.notify(conversationId, mentee.id);
    await mailSettled(t.db, mentee.email);
    expect(await mailsTo(mentee.email)).toEqual([]);
  });
});
