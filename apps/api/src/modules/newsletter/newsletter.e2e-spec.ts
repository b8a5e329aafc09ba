import request from 'supertest';
import { createTestApp, type TestApp } from '../../../test/app';
import { fakeIp } from '../../../test/auth-helpers';
import { uniq } from '../../../test/factories';
import { mailSettled, waitFor } from '../../../test/wait';
import { APP_CONFIG, type AppConfig } from '../../config/env';
import { NewsletterService } from './newsletter.service';
import { NewsletterTokens } from './newsletter.tokens';

describe('newsletter (CONTRACT.md "Content and growth": double opt-in)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_MULTIPLIER: '1' });
  });
  afterAll(() => t.close());
  const http = () => request(t.app.getHttpServer());
  const email = () => `reader-${uniq()}@test.ladder.dev`;

  const subscribe = (address: string, ip = fakeIp()) =>
    http().post('/api/v1/newsletter/subscriptions').set('x-forwarded-for', ip).send({ email: address });

  const mailsTo = async (to: string): Promise<{ subject: string; text: string }[]> =>
    (await http().get('/api/v1/dev/mailbox').query({ to })).body.items;

  /** The confirmation emails `to` got (not, say, an article newsletter from a suite beside this one). */
  const confirmationsTo = async (to: string) =>
    (await mailsTo(to)).filter((m) => /Confirm your Ladder newsletter/.test(m.subject));

  async function confirmToken(to: string): Promise<string> {
    const message = await waitFor(`a confirmation email to ${to}`, async () =>
      (await mailsTo(to)).find((m) => /Confirm your Ladder newsletter/.test(m.subject)),
    );
    const token = /\/newsletter\/confirm\?token=([A-Za-z0-9_.-]+)/.exec(message.text)?.[1];
    if (!token) throw new Error('no confirmation link in the email');
    return token;
  }

  const statusOf = async (address: string) =>
    (await t.db.query('SELECT status FROM newsletter_subscribers WHERE email = $1', [address]))[0]?.status;

  it('answers 202 the same way for a new and a known email, and mails one confirmation link', async () => {
    const address = email();
    const first = await subscribe(address).expect(202);
    expect(await statusOf(address)).toBe('pending');
    await confirmToken(address);
    const again = await subscribe(address).expect(202);
    expect(again.body).toEqual(first.body);
    expect(again.text).toBe(first.text);
    await mailSettled(t.db, address);
    expect(await confirmationsTo(address)).toHaveLength(1);
  });

  it('rejects a malformed email or unknown fields with 400', async () => {
    const bad = await http()
      .post('/api/v1/newsletter/subscriptions')
      .send({ email: 'not-an-email' })
      .expect(400);
    expect(bad.body).toMatchObject({ code: 'validation_failed', errors: [{ path: 'email' }] });
    await http()
      .post('/api/v1/newsletter/subscriptions')
      .send({ email: email(), status: 'confirmed' })
      .expect(400);
  });

  it('confirms with the emailed link (idempotent) and then sends nothing more on a new request', async () => {
    const address = email();
    await subscribe(address).expect(202);
    const token = await confirmToken(address);
    const res = await http().post('/api/v1/newsletter/confirm').send({ token }).expect(200);
    expect(res.body).toEqual({ status: 'confirmed', email: address });
    await http().post('/api/v1/newsletter/confirm').send({ token }).expect(200);
    expect(await statusOf(address)).toBe('confirmed');

    await subscribe(address).expect(202);
    await mailSettled(t.db, address);
    expect(await confirmationsTo(address)).toHaveLength(1);
    expect(await statusOf(address)).toBe('confirmed');
  });

  it('refuses forged, tampered, expired and wrong-purpose tokens with 400 invalid_token', async () => {
    const address = email();
    await subscribe(address).expect(202);
    const token = await confirmToken(address);
    const [id] = token.split('.');
    const tokens = new NewsletterTokens(t.app.get<AppConfig>(APP_CONFIG).auth.jwtSecret);
    const unsubscribeToken = tokens.issue('unsubscribe', id!, null);
    const expired = tokens.issue('confirm', id!, new Date(Date.now() - 1000));
    const forged = new NewsletterTokens('another-secret-another-secret-123456').issue('confirm', id!, null);
    const tampered = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    for (const bad of [unsubscribeToken, expired, forged, tampered, 'x'.repeat(40)]) {
      const res = await http().post('/api/v1/newsletter/confirm').send({ token: bad }).expect(400);
      expect(res.body.code).toBe('invalid_token');
    }
    expect(await statusOf(address)).toBe('pending');
  });

  it('unsubscribes from a newsletter link; subscribing again asks for confirmation again', async () => {
    const address = email();
    await subscribe(address).expect(202);
    await http()
      .post('/api/v1/newsletter/confirm')
      .send({ token: await confirmToken(address) })
      .expect(200);
    const [{ id }] = await t.db.query('SELECT id FROM newsletter_subscribers WHERE email = $1', [address]);
    const url = t.app.get(NewsletterService).unsubscribeUrl(id);
    expect(url).toMatch(/^http:\/\/localhost:3000\/newsletter\/unsubscribe\?token=/);
    const token = new URL(url).searchParams.get('token');
    const res = await http().post('/api/v1/newsletter/unsubscribe').send({ token }).expect(200);
    expect(res.body).toEqual({ status: 'unsubscribed' });
    expect(await statusOf(address)).toBe('unsubscribed');
    await http().post('/api/v1/newsletter/unsubscribe').send({ token }).expect(200);

    await subscribe(address).expect(202);
    expect(await statusOf(address)).toBe('pending');
    await waitFor('a second confirmation email', async () => (await mailsTo(address)).length === 2);
  });

  it('limits subscription requests per address (429 with Retry-After)', async () => {
    const ip = fakeIp();
    for (let i = 0; i < 20; i++) await subscribe(email(), ip).expect(202);
    const res = await subscribe(email(), ip).expect(429);
    expect(res.headers['retry-after']).toBeDefined();
    expect(res.body.code).toBe('rate_limited');
  });
});
