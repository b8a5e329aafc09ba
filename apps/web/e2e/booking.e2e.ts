import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, launchBrowser, WEB_URL, watchForErrors } from './browser';

/**
 * A mentee books a free intro call and finds it again:
 * sign in → mentor profile → free offering → first free time (jumping to the next available week
 * if this one is empty) → Book → confirmation page → dashboard lists it under Upcoming sessions.
 * Runs against the demo seed, in which every mentor has availability.
 */
const TIMEZONE = 'Europe/Berlin';
const MENTOR_SLUG = 'priya-raman';

describe('booking journey (mentee)', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    browser = await launchBrowser();
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      timezoneId: TIMEZONE,
    });
    context.setDefaultTimeout(20_000);
    page = await context.newPage();
    errors = watchForErrors(page);
  });
  afterAll(() => browser.close());

  it('books a free intro call in the browser’s time zone and lists it on the dashboard', async () => {
    const profilePath = `/mentors/${MENTOR_SLUG}`;
    await page.goto(`${WEB_URL}/sign-in?next=${encodeURIComponent(`${profilePath}#book`)}`);
    await page.getByLabel('Email').fill('mentee@ladder.dev');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === profilePath);

    const book = page.locator('#book');
    const free = book.getByRole('radio', { name: /Free/ }).first();
    await free.check();
    expect(await free.isChecked()).toBe(true);
    await book.getByText(`Times shown in ${TIMEZONE}`).waitFor();

    const slots = book.locator('button[aria-pressed]');
    const jump = book.getByRole('button', { name: 'Go to that week' });
    await slots.first().or(jump).waitFor();
    if (await jump.isVisible()) {
      await jump.click();
      await slots.first().waitFor();
    }
    const slotLabel = (await slots.first().getAttribute('aria-label')) ?? '';
    expect(slotLabel).toMatch(/\d{1,2}:\d{2}/);
    const slotTime = ((await slots.first().textContent()) ?? '').trim();
    await slots.first().click();
    expect(await slots.first().getAttribute('aria-pressed')).toBe('true');

    const confirm = book.getByRole('region', { name: /Confirm your session/ });
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain(slotTime);
    await confirm.getByRole('button', { name: 'Book', exact: true }).click();
    await page.waitForURL(/\/dashboard\/bookings\/[0-9a-f-]{36}\?new=1/);
    const bookingPath = new URL(page.url()).pathname;

    await page.getByText('You’re booked!').waitFor();
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain('Confirmed');
    expect(main).toContain(slotTime);
    expect(main).toContain('Add to calendar (.ics)');

    await page.goto(`${WEB_URL}/dashboard`);
    const upcoming = page.getByRole('region', { name: 'Upcoming sessions' });
    await upcoming.locator(`a[href="${bookingPath}"]`).first().waitFor();
    expect(errors).toEqual([]);
  });
});
