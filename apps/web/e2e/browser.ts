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
