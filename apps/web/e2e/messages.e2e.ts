import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, signIn, watchForErrors } from './browser';

/**
 * A mentee asks a mentor a question before booking, and the mentor answers:
 * mentee signs in → mentor profile → "Message Marcus" → the conversation page shows the message →
 * the mentor signs in (another browser) → Messages lists it unread → opens it → replies →
 * the mentee's conversation shows the reply. Runs against the demo seed.
 */
const MENTOR_SLUG = 'marcus-weber';
const MENTOR_EMAIL = 'marcus.weber@ladder.dev';

describe('messages journey (mentee and mentor)', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  async function signedIn(email: string, next: string): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'UTC' });
    context.setDefaultTimeout(20_000);
    contexts.push(context);
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await signIn(page, email, next);
    return { page, errors };
  }

  it('lets a mentee ask before booking and the mentor reply from their inbox', async () => {
    const question = `Do you help with Go performance reviews? (${Date.now()})`;
    const mentee = await signedIn('mentee@ladder.dev', `/mentors/${MENTOR_SLUG}`);
    await mentee.page.getByText(/Have a question first\? Message Marcus/).click();
    await mentee.page.getByLabel('Your message').fill(question);
    await mentee.page.getByRole('button', { name: 'Send message' }).click();
    await mentee.page.waitForURL(/\/messages\/[0-9a-f-]{36}$/);
    const conversationPath = new URL(mentee.page.url()).pathname;
    await mentee.page.getByRole('list', { name: 'Messages' }).getByText(question).waitFor();

    const mentor = await signedIn(MENTOR_EMAIL, '/messages');
    const row = mentor.page.locator(`a[href="${conversationPath}"]`);
    await row.waitFor();
    expect(await row.textContent()).toMatch(/unread/);
    expect(await row.textContent()).toContain(question);
    await row.click();
    await mentor.page.waitForURL((url) => url.pathname === conversationPath);
    await mentor.page.getByRole('list', { name: 'Messages' }).getByText(question).waitFor();
    const reply = 'Yes! Send me a profile and we can go through it together.';
    await mentor.page.getByLabel(/Reply to/).fill(reply);
    await mentor.page.getByRole('button', { name: 'Send', exact: true }).click();
    await mentor.page.getByRole('list', { name: 'Messages' }).getByText(reply).waitFor();

    await mentee.page.reload();
    await mentee.page.getByRole('list', { name: 'Messages' }).getByText(reply).waitFor();
    expect(mentee.errors).toEqual([]);
    expect(mentor.errors).toEqual([]);
  });
});
