import request from 'supertest';
import { createTestApp, type TestApp } from './app';
import { type Account, signInAdmin, signUp } from './auth-helpers';
import { type Caller, MATRIX } from './authz-matrix';

describe('authorization matrix', () => {
  let t: TestApp;
  let admin: Account;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await signInAdmin(t);
  });
  afterAll(() => t.close());

  describe.each(MATRIX)('$name', (row) => {
    it.each(['anonymous', 'owner', 'other', 'admin'] as Caller[])('%s', async (caller) => {
      const http = t.app.getHttpServer();
      const owner = await signUp(http);
      const { path, body } = await row.setup({ t, owner });
      const who =
        caller === 'owner'
          ? owner
          : caller === 'other'
            ? await signUp(http)
            : caller === 'admin'
              ? admin
              : null;
      const req = request(http)[row.method](path);
      if (who) req.set(who.bearer);
      const res = await (body ? req.send(body) : req);
      expect({ caller, status: res.status }).toEqual({ caller, status: row.expect[caller] });
    });
  });
});
