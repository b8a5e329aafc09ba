import type { Server } from 'node:http';
import request from 'supertest';
import { UsersService } from '../src/modules/users/users.service';
import type { TestApp } from './app';
import { uniq } from './factories';

export const PASSWORD = 'correct horse battery staple';

export interface Account {
  id: string;
  email: string;
  name: string;
  accessToken: string;
  /** `name=value` pairs of the cookies set at sign-in. */
  cookies: string[];
  bearer: { Authorization: string };
}

/** Cookies from Set-Cookie headers, as a Cookie request header would carry them. */
export function cookiePairs(res: request.Response): string[] {
  const raw = res.headers['set-cookie'] as unknown as string[] | undefined;
  return (raw ?? []).map((c) => c.split(';')[0] ?? '').filter((c) => !c.endsWith('='));
}

export function cookieValue(res: request.Response, name: string): string | undefined {
  return cookiePairs(res)
    .find((c) => c.startsWith(`${name}=`))
    ?.slice(name.length + 1);
}

/** Each test address is its own client, so per-IP limits do not leak between tests. */
export const fakeIp = (): string =>
  `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

export async function signUp(
  http: Server,
  over: Partial<{ name: string; email: string; timezone: string }> = {},
): Promise<Account> {
  const email = over.email ?? `person-${uniq()}@test.ladder.dev`;
  const name = over.name ?? `Person ${uniq()}`;
  const res = await request(http)
    .post('/api/v1/auth/register')
    .set('X-Forwarded-For', fakeIp())
    .send({ email, password: PASSWORD, name, ...(over.timezone ? { timezone: over.timezone } : {}) })
    .expect(201);
  return {
    id: res.body.user.id,
    email,
    name,
    accessToken: res.body.accessToken,
    cookies: cookiePairs(res),
    bearer: { Authorization: `Bearer ${res.body.accessToken}` },
  };
}

export async function signInAdmin(t: TestApp): Promise<Account> {
  const email = `admin-${uniq()}@test.ladder.dev`;
  await t.app.get(UsersService).ensureAdmin(email, PASSWORD);
  const res = await request(t.app.getHttpServer())
    .post('/api/v1/auth/login')
    .set('X-Forwarded-For', fakeIp())
    .send({ email, password: PASSWORD })
    .expect(200);
  return {
    id: res.body.user.id,
    email,
    name: res.body.user.name,
    accessToken: res.body.accessToken,
    cookies: cookiePairs(res),
    bearer: { Authorization: `Bearer ${res.body.accessToken}` },
  };
}
