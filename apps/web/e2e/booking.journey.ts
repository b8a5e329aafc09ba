/**
 * Browser journey: a mentee books a free intro call and finds it again.
 *
 *   sign in → a mentor's profile → pick the free offering → pick the first free time (jumping to
 *   the next available week if this one is empty) → Book → the confirmation page shows it →
 *   the dashboard lists it under "Upcoming sessions".
 *
 * A plain Node script (no test runner): it prints each check as it passes and exits non-zero on
 * the first failure, with a screenshot in E2E_ARTIFACTS (default: the OS temp dir). Needs a running
 * web app and API with the demo seed, and the mentor must have availability.
 *
 *   E2E_WEB_URL=http://localhost:3400 node --experimental-strip-types e2e/booking.journey.ts  (Node ≥ 22.6)
 *
 * On Node 20, transpile first, e.g. with the @swc/core already in the repo:
 *   node -e "require('fs').writeFileSync('/tmp/booking.journey.mjs', require('@swc/core').transformFileSync('e2e/booking.journey.ts', {jsc: {parser: {syntax: 'typescript'}, target: 'es2022'}, module: {type: 'es6'}}).code)" && node /tmp/booking.journey.mjs
 *
 * Env: E2E_WEB_URL (required), E2E_MENTEE_EMAIL (mentee@ladder.dev), E2E_PASSWORD
 * (ladder-demo-password), E2E_MENTOR_SLUG (priya-raman), E2E_TIMEZONE (Europe/Berlin),
 * CHROMIUM_PATH (/usr/bin/chromium), E2E_ARTIFACTS.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

const WEB_URL = (process.env.E2E_WEB_URL ?? '').replace(/\/+$/, '');
const EMAIL = process.env.E2E_MENTEE_EMAIL ?? 'mentee@ladder.dev';
const PASSWORD = process.env.E2E_PASSWORD ?? 'ladder-demo-password';
const MENTOR_SLUG = process.env.E2E_MENTOR_SLUG ?? 'priya-raman';
const TIMEZONE = process.env.E2E_TIMEZONE ?? 'Europe/Berlin';
const ARTIFACTS = process.env.E2E_ARTIFACTS ?? tmpdir();
const TIMEOUT_MS = 20_000;

function check(condition: unknown, what: string): void {
  if (!condition) throw new Error(`Check failed: ${what}`);
  console.log(`  ✓ ${what}`);
}

async function journey(page: Page, errors: string[]): Promise<void> {
  console.log(`Booking journey against ${WEB_URL} as ${EMAIL} (browser zone ${TIMEZONE})`);

  // 1. Sign in, asking to come back to the mentor's booking section.
  const profilePath = `/mentors/${encodeURIComponent(MENTOR_SLUG)}`;
  await page.goto(`${WEB_URL}/sign-in?next=${encodeURIComponent(`${profilePath}#book`)}`);
  await page.getByLabel('Email').fill(EMAIL);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname === profilePath, { timeout: TIMEOUT_MS });
  check(true, 'signed in and returned to the mentor profile');

  // 2. The booking widget: the free offering, times in the browser's zone.
  const book = page.locator('#book');
  await book.waitFor();
  const free = book.getByRole('radio', { name: /Free/ }).first();
  await free.check();
  check(await free.isChecked(), 'picked the free offering');
  await book.getByText(`Times shown in ${TIMEZONE.replace(/_/g, ' ')}`).waitFor({ timeout: TIMEOUT_MS });
  check(true, `times are shown in the detected zone (${TIMEZONE})`);

  // 3. The first free time, this week or in the next available one.
  const slots = book.locator('button[aria-pressed]');
  const jump = book.getByRole('button', { name: 'Go to that week' });
  await slots.first().or(jump).waitFor({ timeout: TIMEOUT_MS });
  if (await jump.isVisible()) {
    await jump.click();
    await slots.first().waitFor({ timeout: TIMEOUT_MS });
    check(true, 'empty week: jumped to the next available week');
  }
  const slotLabel = (await slots.first().getAttribute('aria-label')) ?? '';
  check(/\d{1,2}:\d{2}\s?[AP]M/.test(slotLabel), `a free time is offered: "${slotLabel}"`);
  const slotTime = ((await slots.first().textContent()) ?? '').trim();
  await slots.first().click();
  check((await slots.first().getAttribute('aria-pressed')) === 'true', 'the time is selected');

  // 4. Confirm and book.
  const confirm = book.getByRole('region', { name: /Confirm your session/ });
  await confirm.waitFor();
  check(((await confirm.textContent()) ?? '').includes(slotTime), 'the confirmation panel repeats the time');
  await confirm.getByRole('button', { name: 'Book', exact: true }).click();
  await page.waitForURL(/\/dashboard\/bookings\/[0-9a-f-]{36}\?new=1/, { timeout: TIMEOUT_MS });
  const bookingPath = new URL(page.url()).pathname;
  check(true, `booked: landed on ${bookingPath}`);

  // 5. The confirmation page.
  await page.getByText('You’re booked!').waitFor({ timeout: TIMEOUT_MS });
  const main = (await page.locator('main').textContent()) ?? '';
  check(main.includes('Confirmed'), 'the confirmation page shows the booking as Confirmed');
  check(main.includes(slotTime), `the confirmation page shows the booked time (${slotTime})`);
  check(main.includes('Add to calendar (.ics)'), 'the confirmation page offers the calendar file');

  // 6. The dashboard lists it.
  await page.goto(`${WEB_URL}/dashboard`);
  const upcoming = page.getByRole('region', { name: 'Upcoming sessions' });
  await upcoming.waitFor({ timeout: TIMEOUT_MS });
  const link = upcoming.locator(`a[href="${bookingPath}"]`).first();
  await link.waitFor({ timeout: TIMEOUT_MS });
  check(true, 'the dashboard lists the session under Upcoming sessions');

  check(errors.length === 0, `no page errors${errors.length ? `: ${errors.join(' | ')}` : ''}`);
}

async function main(): Promise<number> {
  if (!WEB_URL) {
    console.error('Set E2E_WEB_URL to the web app, e.g. http://localhost:3400');
    return 2;
  }
  let browser: Browser | undefined;
  let page: Page | undefined;
  try {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
    });
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      timezoneId: TIMEZONE,
    });
    context.setDefaultTimeout(TIMEOUT_MS);
    page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await journey(page, errors);
    console.log('Booking journey passed.');
    return 0;
  } catch (error) {
    console.error(`Booking journey FAILED: ${error instanceof Error ? error.message : String(error)}`);
    if (page) {
      const shot = join(ARTIFACTS, `booking-journey-failure-${Date.now()}.png`);
      await page.screenshot({ path: shot, fullPage: true }).catch(() => undefined);
      console.error(`  screenshot: ${shot}  (at ${page.url()})`);
    }
    return 1;
  } finally {
    await browser?.close();
  }
}

main().then((code) => {
  process.exitCode = code;
});
