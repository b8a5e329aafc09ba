import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import fixtures from './fixtures/stripe-fixtures.json';

/**
 * A local stand-in for the Stripe API, for tests that drive the REAL `stripe` SDK (pointed here
 * with STRIPE_API_BASE). It serves the endpoints Ladder uses, shaping every answer from Stripe's
 * own published example objects (test/fixtures/stripe-fixtures.json), keeps Stripe's idempotency
 * rule (same key + same request → the first answer again; same key + other params → 400), and
 * records each request with its Idempotency-Key so tests assert what was sent.
 */

type Json = Record<string, unknown>;

export interface RecordedRequest {
  method: string;
  path: string;
  idempotencyKey: string | null;
  /** The form body (or query), decoded from Stripe's bracket notation into objects and arrays. */
  body: Json;
}

const resources = fixtures.resources as unknown as Record<string, Json>;
const fixture = <T = Json>(name: string): T => structuredClone(resources[name]) as T;
const newId = (prefix: string): string => `${prefix}_test_${randomBytes(12).toString('hex')}`;
const nowSeconds = (): number => Math.floor(Date.now() / 1000);

export class FakeStripe {
  readonly requests: RecordedRequest[] = [];
  readonly sessions = new Map<string, Stripe.Checkout.Session>();
  readonly accounts = new Map<string, Stripe.Account>();
  readonly refunds: Stripe.Refund[] = [];
  private readonly idempotent = new Map<string, { fingerprint: string; status: number; body: unknown }>();
  private server?: Server;
  /** While true, every API call answers 500 `api_error`, as Stripe does in an outage. */
  down = false;
  private base = '';

  /** Where an account link sends the mentor back, per account (for the simulator's pages). */
  private readonly returnUrls = new Map<string, string>();

  /**
   * `simulator`: also serve stand-ins for Stripe's hosted pages (checkout, Connect onboarding) on
   * this server and send signed webhooks to `webhookUrl`, so the whole flow runs locally
   * (scripts/fake-stripe.mjs; docs/runbooks/stripe.md). Tests drive those steps directly instead.
   */
  constructor(
    readonly secretKey = 'sk_test_ladder_fake',
    private readonly simulator?: { webhookUrl: string; webhookSecret: string },
  ) {}

  /** `http://127.0.0.1:<port>`: the value for STRIPE_API_BASE. */
  get url(): string {
    return this.base;
  }

  async start(port = 0): Promise<this> {
    this.server = createServer((req, res) => {
      void this.handle(req, res);
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve, reject) => this.server?.close((e) => (e ? reject(e) : resolve())));
  }

  /** Requests to `method path` (path may be a prefix ending in `*`). */
  calls(method: string, path: string): RecordedRequest[] {
    const match = path.endsWith('*')
      ? (p: string) => p.startsWith(path.slice(0, -1))
      : (p: string) => p === path;
    return this.requests.filter((r) => r.method === method && match(r.path));
  }

  // --- What happens at Stripe outside the API: the mentee pays, an account is verified ---

  /** The mentee paid on the hosted page: the session completes with a PaymentIntent. */
  pay(sessionId: string): Stripe.Checkout.Session {
    const session = this.session(sessionId);
    session.status = 'complete';
    session.payment_status = 'paid';
    session.payment_intent = session.payment_intent ?? newId('pi');
    return structuredClone(session);
  }

  session(sessionId: string): Stripe.Checkout.Session {
    const session = this.sessions.get(sessionId);
    if (!session) throw new Error(`FakeStripe: no session ${sessionId}`);
    return session;
  }

  /** The session's charge after refunds totalling `amountRefunded` (a `charge.refunded` object). */
  charge(sessionId: string, amountRefunded: number): Stripe.Charge {
    const session = this.session(sessionId);
    const amount = session.amount_total ?? 0;
    return {
      ...fixture<Stripe.Charge>('charge'),
      id: newId('ch'),
      amount,
      amount_captured: amount,
      amount_refunded: amountRefunded,
      refunded: amountRefunded >= amount,
      captured: true,
      currency: session.currency ?? 'usd',
      payment_intent: session.payment_intent as string,
      metadata: { ...(session.metadata ?? {}) },
    };
  }

  /**
   * Someone refunds `amount` of a paid session in the Stripe dashboard (not through the API): the
   * refund counts at Stripe (a later API refund cannot exceed what is left), and the answer is the
   * charge as the `charge.refunded` event then carries it.
   */
  refundInDashboard(sessionId: string, amount: number): Stripe.Charge {
    const session = this.session(sessionId);
    if (!session.payment_intent) throw new Error(`FakeStripe: session ${sessionId} is not paid`);
    this.recordRefund(session, amount, {});
    return this.charge(sessionId, this.refundedOn(session.payment_intent as string));
  }

  /** Stripe finished (or reopened) an account's verification. */
  updateAccount(
    accountId: string,
    flags: Partial<Pick<Stripe.Account, 'charges_enabled' | 'payouts_enabled' | 'details_submitted'>>,
  ): Stripe.Account {
    const account = this.accounts.get(accountId);
    if (!account) throw new Error(`FakeStripe: no account ${accountId}`);
    Object.assign(account, flags);
    return structuredClone(account);
  }

  /** An event as Stripe would deliver it (shape from the fixture). */
  event<T extends Stripe.Event.Type>(type: T, object: object, created = nowSeconds()): Stripe.Event {
    return {
      ...fixture<Json>('event'),
      id: newId('evt'),
      api_version: Stripe.API_VERSION,
      created,
      type,
      data: { object },
      pending_webhooks: 1,
    } as unknown as Stripe.Event;
  }

  // --- The HTTP side ---

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://fake');
    const method = req.method ?? 'GET';
    const key = headerOf(req, 'idempotency-key');
    const body = decodeForm(method === 'GET' ? url.search.slice(1) : raw);
    this.requests.push({ method, path: url.pathname, idempotencyKey: key, body });
    const send = (status: number, payload: unknown, replayed = false) => {
      res.writeHead(status, {
        'content-type': 'application/json',
        'request-id': newId('req'),
        ...(replayed ? { 'idempotent-replayed': 'true' } : {}),
      });
      res.end(JSON.stringify(payload));
    };
    if (this.simulator && !url.pathname.startsWith('/v1/')) {
      await this.page(method, url.pathname, res);
      return;
    }
    const auth = headerOf(req, 'authorization');
    const basic = `Basic ${Buffer.from(`${this.secretKey}:`).toString('base64')}`;
    if (auth !== `Bearer ${this.secretKey}` && auth !== basic) {
      send(401, stripeError('invalid_request_error', 'Invalid API Key provided.'));
      return;
    }
    if (this.down) {
      send(500, stripeError('api_error', 'An unexpected error occurred (fake outage).'));
      return;
    }
    if (key && method === 'POST') {
      const fingerprint = `${url.pathname}\n${raw}`;
      const seen = this.idempotent.get(key);
      if (seen) {
        if (seen.fingerprint !== fingerprint) {
          send(
            400,
            stripeError(
              'idempotency_error',
              'Keys for idempotent requests can only be used with the same parameters they were first used with.',
            ),
          );
        } else send(seen.status, seen.body, true);
        return;
      }
      const [status, payload] = this.route(method, url.pathname, body);
      this.idempotent.set(key, { fingerprint, status, body: payload });
      send(status, payload);
      return;
    }
    const [status, payload] = this.route(method, url.pathname, body);
    send(status, payload);
  }

  /** Sends `event` to the simulator's webhook URL, signed as Stripe signs. */
  async deliver(event: Stripe.Event): Promise<number> {
    if (!this.simulator) throw new Error('FakeStripe: deliver() needs the simulator options');
    const payload = JSON.stringify(event);
    const res = await fetch(this.simulator.webhookUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'stripe-signature': signPayload(payload, this.simulator.webhookSecret),
      },
      body: payload,
    }).catch(() => null);
    return res?.status ?? 0;
  }

  /** The simulator's stand-ins for Stripe's hosted checkout and onboarding pages. */
  private async page(method: string, path: string, res: ServerResponse): Promise<void> {
    const [kind, id, action] = path.split('/').filter(Boolean);
    const html = (status: number, title: string, body: string) => {
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>` +
          `<body style="font-family:system-ui;max-width:32rem;margin:4rem auto"><p><strong>Fake Stripe</strong> — local simulator, no money moves.</p>${body}</body></html>`,
      );
    };
    const redirect = (to: string) => {
      res.writeHead(303, { location: to });
      res.end();
    };
    if (kind === 'checkout' && id && this.sessions.has(id)) {
      const session = this.sessions.get(id)!;
      if (method === 'GET' && !action) {
        const amount = `${((session.amount_total ?? 0) / 100).toFixed(2)} ${(session.currency ?? '').toUpperCase()}`;
        return html(
          200,
          'Checkout',
          session.status !== 'open'
            ? `<p>This checkout is ${session.status}.</p>`
            : `<h1>Pay ${amount}</h1><form method="post" action="/checkout/${id}/pay"><button>Pay</button></form>` +
                `<form method="post" action="/checkout/${id}/cancel"><button>Back (cancel)</button></form>`,
        );
      }
      if (method === 'POST' && action === 'pay' && session.status === 'open') {
        await this.deliver(this.event('checkout.session.completed', this.pay(id)));
        return redirect(session.success_url ?? '/');
      }
      if (method === 'POST' && action === 'cancel') return redirect(session.cancel_url ?? '/');
    }
    if (kind === 'onboarding' && id && this.accounts.has(id)) {
      if (method === 'GET' && !action) {
        return html(
          200,
          'Onboarding',
          `<h1>Connect ${id}</h1><form method="post" action="/onboarding/${id}/complete"><button>Complete onboarding</button></form>`,
        );
      }
      if (method === 'POST' && action === 'complete') {
        const account = this.updateAccount(id, {
          charges_enabled: true,
          payouts_enabled: true,
          details_submitted: true,
        });
        await this.deliver(this.event('account.updated', account));
        return redirect(this.returnUrls.get(id) ?? '/');
      }
    }
    return html(404, 'Not found', '<p>Nothing here.</p>');
  }

  private route(method: string, path: string, body: Json): [number, unknown] {
    const parts = path.split('/').filter(Boolean); // ['v1', ...]
    const [, resource, id, action] = parts;
    if (resource === 'checkout' && id === 'sessions') {
      const sessionId = parts[3];
      if (method === 'POST' && !sessionId) return [200, this.createSession(body)];
      if (!sessionId || !this.sessions.has(sessionId)) return notFound('checkout.session', sessionId);
      const session = this.sessions.get(sessionId)!;
      if (method === 'GET' && !parts[4]) return [200, session];
      if (method === 'POST' && parts[4] === 'expire') {
        if (session.status !== 'open') {
          return [
            400,
            stripeError(
              'invalid_request_error',
              `Only Checkout Sessions with a status in ["open"] can be expired. This Checkout Session has a status of "${session.status}".`,
            ),
          ];
        }
        session.status = 'expired';
        return [200, session];
      }
    }
    if (resource === 'refunds' && method === 'POST' && !id) return this.createRefund(body);
    if (resource === 'transfers' && method === 'POST' && !id) {
      const destination = String(body.destination ?? '');
      if (!this.accounts.has(destination) && !destination.startsWith('acct_'))
        return notFound('account', destination);
      const transfer = {
        ...fixture<Json>('transfer'),
        id: newId('tr'),
        created: nowSeconds(),
        amount: Number(body.amount),
        currency: String(body.currency),
        destination,
        transfer_group: (body.transfer_group as string) ?? null,
        metadata: (body.metadata as Record<string, string>) ?? {},
      };
      return [200, transfer];
    }
    if (resource === 'accounts') {
      if (method === 'POST' && !id) return [200, this.createAccount(body)];
      if (method === 'GET' && id && !action) {
        const account = this.accounts.get(id);
        return account ? [200, account] : notFound('account', id);
      }
    }
    if (resource === 'account_links' && method === 'POST' && !id) {
      const account = String(body.account ?? '');
      if (!this.accounts.has(account)) return notFound('account', account);
      if (typeof body.return_url === 'string') this.returnUrls.set(account, body.return_url);
      return [
        200,
        {
          ...fixture<Json>('account_link'),
          created: nowSeconds(),
          expires_at: nowSeconds() + 300,
          url: this.simulator
            ? `${this.base}/onboarding/${account}`
            : `https://connect.stripe.com/setup/e/${account}/${randomBytes(8).toString('hex')}`,
        },
      ];
    }
    return [404, stripeError('invalid_request_error', `Unrecognized request URL (${method}: ${path}).`)];
  }

  private createSession(body: Json): Stripe.Checkout.Session {
    const item = (body.line_items as Json[] | undefined)?.[0] ?? {};
    const price = (item.price_data ?? {}) as Json;
    const amount = Number(price.unit_amount ?? 0) * Number(item.quantity ?? 1);
    const id = newId('cs');
    const session = {
      ...fixture<Stripe.Checkout.Session>('checkout.session'),
      id,
      object: 'checkout.session',
      created: nowSeconds(),
      mode: body.mode as Stripe.Checkout.Session.Mode,
      status: 'open',
      payment_status: 'unpaid',
      payment_intent: null,
      amount_subtotal: amount,
      amount_total: amount,
      currency: String(price.currency ?? 'usd'),
      customer_email: (body.customer_email as string) ?? null,
      client_reference_id: (body.client_reference_id as string) ?? null,
      metadata: (body.metadata as Record<string, string>) ?? {},
      success_url: (body.success_url as string) ?? null,
      cancel_url: (body.cancel_url as string) ?? null,
      expires_at: Number(body.expires_at ?? nowSeconds() + 86_400),
      url: this.simulator ? `${this.base}/checkout/${id}` : `https://checkout.stripe.com/c/pay/${id}`,
    } as Stripe.Checkout.Session;
    this.sessions.set(id, session);
    return session;
  }

  private createRefund(body: Json): [number, unknown] {
    const pi = String(body.payment_intent ?? '');
    const session = [...this.sessions.values()].find((s) => s.payment_intent === pi);
    if (!session) return notFound('payment_intent', pi);
    const total = session.amount_total ?? 0;
    const already = this.refundedOn(pi);
    const amount = body.amount === undefined ? total - already : Number(body.amount);
    if (amount <= 0 || already + amount > total) {
      return [
        400,
        stripeError(
          'invalid_request_error',
          `Refund amount (${amount}) is greater than unrefunded amount on charge (${total - already})`,
          'amount_too_large',
        ),
      ];
    }
    const refund = this.recordRefund(session, amount, (body.metadata as Record<string, string>) ?? {});
    if (this.simulator) {
      void this.deliver(this.event('charge.refunded', this.charge(session.id, this.refundedOn(pi))));
    }
    return [200, refund];
  }

  private recordRefund(
    session: Stripe.Checkout.Session,
    amount: number,
    metadata: Record<string, string>,
  ): Stripe.Refund {
    const refund = {
      ...fixture<Stripe.Refund>('refund'),
      id: newId('re'),
      created: nowSeconds(),
      amount,
      currency: session.currency ?? 'usd',
      payment_intent: session.payment_intent as string,
      metadata,
      status: 'succeeded',
    } as Stripe.Refund;
    this.refunds.push(refund);
    return refund;
  }

  private refundedOn(paymentIntent: string): number {
    return this.refunds.filter((r) => r.payment_intent === paymentIntent).reduce((n, r) => n + r.amount, 0);
  }

  private createAccount(body: Json): Stripe.Account {
    const account = {
      ...fixture<Stripe.Account>('account'),
      id: newId('acct').replace('_test', ''),
      type: body.type as Stripe.Account.Type,
      email: (body.email as string) ?? null,
      created: nowSeconds(),
      charges_enabled: false,
      payouts_enabled: false,
      details_submitted: false,
      metadata: (body.metadata as Record<string, string>) ?? {},
    } as Stripe.Account;
    this.accounts.set(account.id, account);
    return account;
  }
}

/** A `Stripe-Signature` header for `payload`, made by the SDK's own test helper. */
export function signPayload(payload: string, secret: string, timestamp = nowSeconds()): string {
  return Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp });
}

function headerOf(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  return typeof value === 'string' ? value : null;
}

function stripeError(type: string, message: string, code?: string): Json {
  return { error: { type, message, ...(code ? { code } : {}) } };
}

function notFound(what: string, id: string | undefined): [number, unknown] {
  return [
    404,
    {
      error: { type: 'invalid_request_error', code: 'resource_missing', message: `No such ${what}: '${id}'` },
    },
  ];
}

/** Stripe's form encoding (`a[b][0][c]=v`) back into objects; all-numeric keys become arrays. */
export function decodeForm(text: string): Json {
  const root: Json = {};
  for (const [rawKey, value] of new URLSearchParams(text)) {
    const path = rawKey.split(/\[|\]\[|\]/).filter((p) => p !== '');
    let node: Json = root;
    path.forEach((segment, i) => {
      if (i === path.length - 1) {
        node[segment] = value;
        return;
      }
      if (node[segment] === undefined) node[segment] = {};
      node = node[segment] as Json;
    });
  }
  return arraysOf(root) as Json;
}

function arraysOf(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Json).map(([k, v]) => [k, arraysOf(v)] as const);
  if (entries.length > 0 && entries.every(([k]) => /^\d+$/.test(k))) {
    return entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, v]) => v);
  }
  return Object.fromEntries(entries);
}
