import type { Browser, Page } from 'playwright-core';
import { API_URL, launchBrowser, signIn, WEB_URL, watchForErrors } from './browser';

/**
 * An admin suspends an abusive account and lifts the suspension, then looks at revenue; a mentor
 * looks at their earnings. The suspended account is made for this run (never a demo account the
 * other journeys use). Screenshots go to E2E_SCREENSHOTS when set.
 */
const shots = process.env.E2E_SCREENSHOTS;

describe('admin journey (suspension, revenue) and mentor earnings', () => {
  let browser: Browser;
  let payer: { menteeName: string };
  beforeAll(async () => {
    browser = await launchBrowser();
    payer = await paidBookingWithMarcus();
  });
  afterAll(() => browser.close());

  async function signedIn(
    email: string,
    next: string,
    viewport = { width: 1280, height: 900 },
  ): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({ viewport, timezoneId: 'UTC' });
    context.setDefaultTimeout(20_000);
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await signIn(page, email, next);
    return { page, errors };
  }

  /** A fresh mentee books Marcus's paid growth session (the last free slot of the next two weeks) and pays offline. */
  async function paidBookingWithMarcus(): Promise<{ menteeName: string }> {
    const tag = Date.now().toString(36);
    const menteeName = `Payer ${tag}`;
    const json = async (res: Response) => {
      if (!res.ok) throw new Error(`${res.url} answered ${res.status}: ${await res.text()}`);
      return res.json();
    };
    const registered = await json(
      await fetch(`${API_URL}/api/v1/auth/register`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          email: `payer-${tag}@example.com`,
          name: menteeName,
          password: 'a long enough password',
        }),
      }),
    );
    const auth = { authorization: `Bearer ${registered.accessToken}`, 'content-type': 'application/json' };
    const profile = await json(await fetch(`${API_URL}/api/v1/mentors/marcus-weber`));
    const offering = (profile.offerings as { id: string; priceAmount: number }[]).find(
      (o) => o.priceAmount > 0,
    )!;
    const from = new Date(Date.now() + 86_400_000).toISOString();
    const to = new Date(Date.now() + 14 * 86_400_000).toISOString();
    const slots = await json(
      await fetch(
        `${API_URL}/api/v1/mentors/marcus-weber/slots?${new URLSearchParams({ offeringId: offering.id, from, to })}`,
      ),
    );
    const start = (slots.slots as { start: string }[]).at(-1)!.start;
    const held = await json(
      await fetch(`${API_URL}/api/v1/bookings`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ offeringId: offering.id, start }),
      }),
    );
    await json(
      await fetch(`${API_URL}/api/v1/payments/offline/${held.id}/pay`, {
        method: 'POST',
        headers: { authorization: auth.authorization },
      }),
    );
    return { menteeName };
  }

  it('suspends an account with a reason, shows it suspended, and lifts it', async () => {
    const tag = Date.now().toString(36);
    const name = `Spammy ${tag}`;
    const email = `spammy-${tag}@example.com`;
    const registered = await fetch(`${API_URL}/api/v1/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, name, password: 'a long enough password' }),
    });
    expect(registered.status).toBe(201);

    const { page, errors } = await signedIn('admin@ladder.dev', '/admin/users');
    await page.getByLabel('Email or name').fill(tag);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === tag);
    const row = page.getByRole('row', { name: new RegExp(name) });
    await row.getByText('Active').waitFor();
    await row.getByRole('button', { name: `Suspend… ${name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Suspend ${name}?` });
    await dialog.getByRole('button', { name: 'Suspend account' }).click();
    await dialog.getByText('Write a reason').waitFor();
    await dialog.getByLabel('Reason').fill('Sends unsolicited offers to mentees.');
    await dialog.getByRole('button', { name: 'Suspend account' }).click();
    await page.getByRole('status').getByText(`${name} is suspended`).waitFor();
    await row.getByText('Suspended', { exact: true }).waitFor();
    await row.getByText('Sends unsolicited offers to mentees.').waitFor();
    if (shots) await page.screenshot({ path: `${shots}/admin-users.png`, fullPage: true });

    // The suspended person is told why they cannot sign in.
    const login = await fetch(`${API_URL}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'a long enough password' }),
    });
    expect(login.status).toBe(403);

    await row.getByRole('button', { name: `Unsuspend ${name}` }).click();
    await page.getByRole('status').getByText(`${name} can sign in again`).waitFor();
    await row.getByText('Active').waitFor();

    await page.goto(`${WEB_URL}/admin/revenue?days=7`);
    await page.getByRole('heading', { name: 'Revenue', level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: 'Last 7 days' }).getAttribute('aria-current')).toBe('page');
    // Marcus's paid growth session (EUR 120.00, 15 % fee) is in today's figures.
    const eur = page.getByRole('region', { name: 'EUR' });
    await eur.getByText('Gross paid').waitFor();
    expect(await eur.locator('dl').textContent()).toMatch(/€120\.00|€\d{3,},?\d*\.\d{2}/);
    if (shots) await page.screenshot({ path: `${shots}/admin-revenue.png`, fullPage: true });
    expect(errors).toEqual([]);
  });

  it('on a phone: reaches Users from the admin tabs, and the accounts fit the screen with their buttons', async () => {
    const tag = Date.now().toString(36);
    const name = `Phone ${tag}`;
    const registered = await fetch(`${API_URL}/api/v1/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: `phone-${tag}@example.com`, name, password: 'a long enough password' }),
    });
    expect(registered.status).toBe(201);

    const { page, errors } = await signedIn('admin@ladder.dev', '/admin/mentors', {
      width: 375,
      height: 800,
    });
    const tabs = page.getByRole('navigation', { name: 'Admin' });
    for (const label of ['Applications', 'Funnel', 'Reports', 'Users', 'Revenue']) {
      await tabs.getByRole('link', { name: label, exact: true }).waitFor();
    }
    await tabs.getByRole('link', { name: 'Users', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/admin/users');
    expect(await tabs.getByRole('link', { name: 'Users', exact: true }).getAttribute('aria-current')).toBe(
      'page',
    );
    await page.getByLabel('Email or name').fill(tag);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === tag);
    const suspend = page.getByRole('button', { name: `Suspend… ${name}` });
    await suspend.waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // The whole button is on screen, inside the page's gutters, and it works.
    const box = (await suspend.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    await suspend.click();
    const dialog = page.getByRole('dialog', { name: `Suspend ${name}?` });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    if (shots) await page.screenshot({ path: `${shots}/admin-users-phone.png`, fullPage: true });
    expect(errors).toEqual([]);
  });

  it('shows a mentor their earnings page from the mentor navigation', async () => {
    const { page, errors } = await signedIn('marcus.weber@ladder.dev', '/dashboard/mentor');
    await page.getByRole('navigation', { name: 'Mentor' }).getByRole('link', { name: 'Earnings' }).click();
    await page.waitForURL((url) => url.pathname === '/dashboard/mentor/earnings');
    await page.getByRole('heading', { name: 'Earnings', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Recent payments' }).waitFor();
    const paidRow = page.getByRole('row', { name: new RegExp(payer.menteeName) });
    await paidRow.waitFor();
    // 120.00 paid, 18.00 fee, nothing refunded, 102.00 for the mentor.
    expect(await paidRow.textContent()).toMatch(/€120\.00.*€18\.00.*€0\.00.*€102\.00/);
    if (shots) await page.screenshot({ path: `${shots}/mentor-earnings.png`, fullPage: true });
    expect(errors).toEqual([]);
  });
});
