import { type Browser, chromium, type Page } from 'playwright-core';

export const WEB_URL = process.env.E2E_WEB_URL ?? 'http://127.0.0.1:3800';
export const API_URL = process.env.E2E_API_URL ?? 'http://127.0.0.1:3801';
export const DEMO_PASSWORD = 'ladder-demo-password';

/** Debian's Chromium, headless, with the flags this sandbox needs (no background networking). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Fails the test on any uncaught page error or console error (other than expected 4xx fetches). */
export function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (
      msg.type() === 'error' &&
      !/Failed to load resource: the server responded with a status of 4\d\d/.test(msg.text())
    ) {
      errors.push(`console: ${msg.text()}`);
    }
  });
  return errors;
}

/** Signs in on the sign-in page with `?next=`, and waits until it lands on `next`'s path. */
export async function signIn(
  page: Page,
  email: string,
  next: string,
  password = DEMO_PASSWORD,
): Promise<void> {
  await page.goto(`${WEB_URL}/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const path = next.split(/[?#]/)[0];
  await page.waitForURL((url) => url.pathname === path);
}

/** The newest email to `to` whose subject matches, once the mail job has sent it (dev mailbox). */
export async function mailTo(
  to: string,
  subject: RegExp,
): Promise<{ id: string; subject: string; text: string }> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const res = await fetch(`${API_URL}/api/v1/dev/mailbox?to=${encodeURIComponent(to)}`);
    const { items } = (await res.json()) as { items: { id: string; subject: string; text: string }[] };
    const found = items.find((m) => subject.test(m.subject));
    if (found) return found;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no "${subject}" email to ${to}`);
}

/** How far the page scrolls sideways (0 when it fits the viewport, as it must on a phone). */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}
