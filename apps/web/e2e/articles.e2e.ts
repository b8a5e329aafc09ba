import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, signIn, watchForErrors } from './browser';

/**
 * A mentor writes an article and a reader reports it:
 * mentor signs in → My articles → New article → title and Markdown (with hostile HTML) → the live
 * preview shows the sanitised rendering → Save as draft → Publish (confirmed) → the public page
 * shows it, with nothing executed → a signed-in reader opens it and reports it. Demo seed.
 */
const MENTOR_EMAIL = 'marcus.weber@ladder.dev';

describe('articles journey (author and reader)', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  async function signedIn(
    email: string,
    next: string,
  ): Promise<{ page: Page; errors: string[]; alerts: string[] }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'UTC' });
    context.setDefaultTimeout(20_000);
    contexts.push(context);
    const page = await context.newPage();
    const errors = watchForErrors(page);
    // A script smuggled into an article would show up as a dialog; confirm dialogs are Radix, not native.
    const alerts: string[] = [];
    page.on('dialog', async (dialog) => {
      alerts.push(dialog.message());
      await dialog.dismiss();
    });
    await signIn(page, email, next);
    return { page, errors, alerts };
  }

  it('lets a mentor draft, preview and publish an article, and a reader report it', async () => {
    const title = `Reviews that teach ${Date.now()}`;
    const author = await signedIn(MENTOR_EMAIL, '/dashboard/mentor/articles');
    const { page } = author;
    await page.getByRole('link', { name: 'New article' }).first().click();
    await page.waitForURL((url) => url.pathname === '/dashboard/mentor/articles/new');
    // Publishing an empty article shows what is missing; no confirmation opens for it.
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.locator('#article-title-error').getByText('A title has at least 3 characters').waitFor();
    await page.locator('#article-body-error').getByText('Write something first').waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.getByLabel('Title').fill(title);
    await page
      .getByLabel(/Article \(Markdown\)/)
      .fill(
        '## Why it matters\n\nA **good** review teaches.\n\n<img src=x onerror="alert(1)">\n\n[x](javascript:alert(2))',
      );
    const preview = page.getByRole('region', { name: 'Preview' });
    await preview.locator('h2', { hasText: 'Why it matters' }).waitFor();
    expect(await preview.locator('strong').textContent()).toBe('good');
    expect(await preview.locator('[onerror], script, a[href^="javascript"]').count()).toBe(0);

    await page.getByRole('button', { name: 'Save as draft' }).click();
    await page.waitForURL(/\/dashboard\/mentor\/articles\/[0-9a-f-]{36}$/);
    await page.getByText('Draft', { exact: true }).first().waitFor();

    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Publish this article?' });
    await dialog.getByRole('button', { name: 'Publish' }).click();
    await page.getByRole('status').getByText('Published.').waitFor();
    await page.getByRole('link', { name: 'View the public page' }).click();
    await page.waitForURL(/\/articles\/reviews-that-teach-\d+$/);
    const articlePath = new URL(page.url()).pathname;
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await page.locator('.prose-ladder strong').textContent()).toBe('good');
    expect(await page.locator('.prose-ladder [onerror], .prose-ladder script').count()).toBe(0);
    // The author gets an edit link, not a report form.
    await page.getByRole('link', { name: 'Edit this article' }).waitFor();
    expect(await page.getByText('Report this article').count()).toBe(0);

    const reader = await signedIn('mentee@ladder.dev', articlePath);
    await reader.page.getByText('Report this article').click();
    await reader.page.getByLabel('What is wrong with this article?').fill('Looks like an advert');
    await reader.page.getByRole('button', { name: 'Send report' }).click();
    await reader.page.getByText('Thank you. Our team will look at your report.').waitFor();

    expect(author.alerts).toEqual([]);
    expect(reader.alerts).toEqual([]);
    expect(author.errors).toEqual([]);
    expect(reader.errors).toEqual([]);
  });
});
