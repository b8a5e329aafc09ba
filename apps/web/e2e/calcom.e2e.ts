import { createHmac } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, signIn, watchForErrors } from './browser';

/**
 * Cal.com booking, as far as a browser without Cal.com can go:
 * the mentor sets their Cal.com link (a non-Cal.com link is refused with an explanation, a username
 * path is accepted) → a signed-in mentee opens "Book via Cal.com" on the profile → Cal.com cannot
 * load here (its hosts are blocked) → the dialog offers Cal.com's page as a link, prefilled with the
 * mentee's name and email and carrying the attribution metadata. Runs against the demo seed.
 */
const MENTOR_SLUG = 'sofia-martinez';
const MENTOR_EMAIL = 'sofia.martinez@ladder.dev';

describe('Cal.com journey (mentor link, mentee fallback)', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  async function signedIn(email: string, next: string): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'UTC' });
    context.setDefaultTimeout(20_000);
    // Nothing leaves this machine: every Cal.com request fails, as with a blocker or an outage.
    await context.route(/cal\.com/, (route) => route.abort());
    contexts.push(context);
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await signIn(page, email, next);
    return { page, errors };
  }

  it('takes a Cal.com username path and falls back to a prefilled Cal.com link when the embed fails', async () => {
    const mentor = await signedIn(MENTOR_EMAIL, '/dashboard/mentor/profile');
    const link = mentor.page.getByLabel('Cal.com link');
    await link.fill('https://calendly.com/sofia');
    await mentor.page.getByRole('button', { name: 'Save profile' }).click();
    await mentor.page
      .getByText(/Enter your Cal\.com booking link/)
      .first()
      .waitFor();
    await link.fill('sofia-martinez/intro');
    await mentor.page.getByRole('button', { name: 'Save profile' }).click();
    await mentor.page.getByText('Profile saved').waitFor();

    const mentee = await signedIn('mentee@ladder.dev', `/mentors/${MENTOR_SLUG}`);
    await mentee.page.getByRole('button', { name: 'Book via Cal.com' }).click();
    const dialog = mentee.page.getByRole('dialog');
    await dialog.getByRole('heading', { name: /via Cal\.com/ }).waitFor();
    const alert = dialog.getByRole('alert');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.textContent()).toContain('could not load');
    const href =
      (await alert.getByRole('link', { name: 'Open Cal.com in a new tab' }).getAttribute('href')) ?? '';
    const url = new URL(href);
    expect(url.origin + url.pathname).toBe('https://cal.com/sofia-martinez/intro');
    expect(url.searchParams.get('email')).toBe('mentee@ladder.dev');
    expect(url.searchParams.get('name')).toBeTruthy();
    expect(url.searchParams.get('metadata[mentorSlug]')).toBe(MENTOR_SLUG);
    expect(url.searchParams.get('metadata[anonymousId]')).toMatch(/^.{8,64}$/);

    // The blocked Cal.com requests are the only errors the pages may show.
    const unexpected = [...mentor.errors, ...mentee.errors].filter(
      (e) => !/net::ERR_FAILED|cal\.com|embed/i.test(e),
    );
    expect(unexpected).toEqual([]);
  });
  it('sets up the mentor’s own webhook: a signed Ping from Cal.com shows as received', async () => {
    const { page, errors } = await signedIn(MENTOR_EMAIL, '/dashboard/mentor/calcom');
    await page.getByRole('heading', { name: 'Cal.com', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Create my webhook' }).click();
    const url = page.getByLabel('Subscriber URL');
    await url.waitFor();
    await page.getByText('Nothing has arrived from Cal.com yet.').waitFor();
    await page.getByRole('button', { name: 'Show' }).click();
    const hookUrl = await url.inputValue();
    const secret = await page.getByLabel('Secret').inputValue();
    expect(hookUrl).toMatch(/\/api\/v1\/webhooks\/calcom\/[0-9a-f-]{36}$/);

    // Cal.com's Ping test, signed as Cal.com signs it.
    const body = JSON.stringify({ triggerEvent: 'PING', createdAt: new Date().toISOString(), payload: {} });
    const res = await fetch(hookUrl, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Cal-Signature-256': createHmac('sha256', secret).update(body).digest('hex'),
      },
      body,
    });
    expect(res.status).toBe(200);

    await page.getByRole('button', { name: 'Check again' }).click();
    await page.getByText('Ping received: the URL and secret are right.').waitFor();
    expect(await page.getByText(/GMT[+-]\d/).count()).toBeGreaterThan(0);

    // A new secret, confirmed in the dialog: the URL stays, the secret changes.
    await page.getByRole('button', { name: 'New secret' }).click();
    const confirm = page.getByRole('alertdialog');
    await confirm.getByText('The current secret stops working at once').waitFor();
    await confirm.getByRole('button', { name: 'Make a new secret' }).click();
    await confirm.waitFor({ state: 'detached' });
    await page.waitForFunction(
      (old) =>
        (
          document.getElementById(
            [...document.querySelectorAll('label')].find((l) => l.textContent === 'Secret')?.htmlFor ?? '',
          ) as HTMLInputElement | null
        )?.value !== old,
      secret,
    );
    expect(await url.inputValue()).toBe(hookUrl);
    expect(errors).toEqual([]);
  });
});
