import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { API_URL, launchBrowser, signIn, watchForErrors } from './browser';

/**
 * A member looks after their account and then leaves: account menu → Settings → takes the
 * browser's zone and a new name → changes the password → downloads their data → deletes the
 * account in the confirmation dialog → lands home signed out, and cannot sign in again.
 */
describe('settings journey', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('edits name and zone, changes the password, downloads the data and deletes the account', async () => {
    const tag = Date.now().toString(36);
    const email = `leaver-${tag}@example.com`;
    const password = 'a long enough password';
    const newPassword = 'an even longer passphrase';
    const registered = await fetch(`${API_URL}/api/v1/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, name: `Leaver ${tag}`, password, timezone: 'UTC' }),
    });
    expect(registered.status).toBe(201);

    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      timezoneId: 'Asia/Tokyo',
      acceptDownloads: true,
    });
    context.setDefaultTimeout(20_000);
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await signIn(page, email, '/dashboard', password);

    // The account menu leads to Settings.
    await page.getByRole('button', { name: `Leaver ${tag}` }).click();
    await page.getByRole('menuitem', { name: 'Settings' }).click();
    await page.waitForURL((url) => url.pathname === '/settings');

    // Profile: a new name, and the browser's zone offered because it differs from UTC.
    await page.getByLabel('Name', { exact: true }).fill(`Ada ${tag}`);
    await page.getByRole('button', { name: 'Use Asia/Tokyo' }).click();
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page
      .getByRole('status')
      .getByText(/Saved\. Times on Ladder/)
      .waitFor();
    await page.getByRole('button', { name: `Ada ${tag}` }).waitFor();
    const me = await fetch(`${API_URL}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    expect((await me.json()).user).toMatchObject({ name: `Ada ${tag}`, timezone: 'Asia/Tokyo' });

    // Password: a mismatch is caught, then the change goes through and this browser stays in.
    await page.getByLabel('Current password').fill(password);
    await page.getByLabel('New password', { exact: true }).fill(newPassword);
    await page.getByLabel('New password again').fill('something else entirely');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('The two new passwords do not match').first().waitFor();
    await page.getByLabel('Current password').fill(password);
    await page.getByLabel('New password', { exact: true }).fill(newPassword);
    await page.getByLabel('New password again').fill(newPassword);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page
      .getByRole('status')
      .getByText(/Password changed/)
      .waitFor();

    // Download my data: a JSON file with the account in it.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download my data' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^ladder-export-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(exported.account).toMatchObject({ email, name: `Ada ${tag}`, timezone: 'Asia/Tokyo' });

    // Delete: the dialog explains, a wrong password is refused, the right one closes the account.
    await page.getByRole('button', { name: 'Delete my account' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete your account for good?' });
    await dialog.getByText(/There is no undo/).waitFor();
    await dialog.getByLabel('Your password').fill(password);
    await dialog.getByRole('button', { name: 'Delete my account' }).click();
    await dialog.getByText('This is not your password').first().waitFor();
    await dialog.getByLabel('Your password').fill(newPassword);
    await dialog.getByRole('button', { name: 'Delete my account' }).click();
    await page.waitForURL((url) => url.pathname === '/account-deleted');
    await page.getByRole('heading', { name: 'Your account is deleted' }).waitFor();
    await page.getByRole('link', { name: 'Sign in' }).first().waitFor();

    const again = await fetch(`${API_URL}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: newPassword }),
    });
    expect(again.status).toBe(401);
    expect(errors).toEqual([]);
    await context.close();
  });
});
