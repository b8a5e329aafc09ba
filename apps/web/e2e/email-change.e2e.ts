import type { Browser } from 'playwright-core';
import { API_URL, launchBrowser, mailTo, signIn, watchForErrors } from './browser';

/**
 * A member moves their account to a new address: Settings → Email address → new address and
 * password → "check your inbox" → the link from the new inbox → "your email is changed" → the
 * settings page and sign-in use the new address.
 */
describe('email change journey', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('asks with the password, confirms from the new inbox, and signs in with the new address', async () => {
    const tag = Date.now().toString(36);
    const email = `mover-${tag}@example.com`;
    const next = `moved-${tag}@example.com`;
    const password = 'a long enough password';
    const registered = await fetch(`${API_URL}/api/v1/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, name: `Mover ${tag}`, password, timezone: 'UTC' }),
    });
    expect(registered.status).toBe(201);

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(20_000);
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await signIn(page, email, '/settings', password);

    // A wrong password is named next to the field; the right one sends the link.
    await page.getByLabel('New email address').fill(next);
    await page.getByLabel('Your password').fill('not my password at all');
    await page.getByRole('button', { name: 'Send confirmation link' }).click();
    await page.getByText('This is not your password').first().waitFor();
    await page.getByLabel('Your password').fill(password);
    await page.getByRole('button', { name: 'Send confirmation link' }).click();
    await page
      .getByRole('status')
      .getByText(/we sent a confirmation link there/)
      .waitFor();

    await mailTo(email, /Someone asked to change your Ladder email/);
    const link = /https?:\/\/\S+\/settings\/email\/confirm\?token=[A-Za-z0-9_-]+/.exec(
      (await mailTo(next, /Confirm your new email/)).text,
    )?.[0];
    expect(link).toBeDefined();
    await page.goto(link!);
    await page.getByRole('status').getByText(`You now sign in with ${next}`).waitFor();

    await page.getByRole('link', { name: 'Back to settings' }).click();
    await page.waitForURL((url) => url.pathname === '/settings');
    await page.getByText(`Signed in as ${next}.`).waitFor();
    const login = await fetch(`${API_URL}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: next, password }),
    });
    expect(login.status).toBe(200);
    expect((await login.json()).user).toMatchObject({ email: next, emailVerified: true });
    expect(errors).toEqual([]);
    await context.close();
  });
});
