import type { Browser } from 'playwright-core';
import { API_URL, launchBrowser, mailTo, sidewaysOverflow, WEB_URL, watchForErrors } from './browser';

/**
 * A reader on a phone finishes an article by a mentor: the call to book the author and the
 * newsletter form are both there → subscribes with a long address → opens the confirmation from
 * the dev mailbox → the link confirms. No page on the way scrolls sideways. Demo seed.
 */
describe('newsletter journey (a reader on a phone)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('subscribes from an article and confirms from the mailbox', async () => {
    const res = await fetch(`${API_URL}/api/v1/articles?limit=10`);
    const { items } = (await res.json()) as { items: { slug: string; author: { mentorSlug?: string } }[] };
    const article = items.find((a) => a.author.mentorSlug);
    expect(article).toBeDefined();
    const email = `a-reader-with-a-rather-long-address-${Date.now().toString(36)}@subscribers.example.com`;

    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, timezoneId: 'UTC' });
    context.setDefaultTimeout(20_000);
    const page = await context.newPage();
    const errors = watchForErrors(page);

    await page.goto(`${WEB_URL}/articles/${article!.slug}`, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { name: /Book your growth session with/ }).waitFor();
    const newsletter = page.getByRole('region', { name: 'Get the next article in your inbox' });
    await newsletter.getByLabel('Email address').fill(email);
    await newsletter.getByRole('button', { name: 'Subscribe' }).click();
    await newsletter
      .getByRole('status')
      .getByText(/we sent a confirmation link/)
      .waitFor();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);

    const mail = await mailTo(email, /Confirm your Ladder newsletter subscription/);
    await page.goto(`${WEB_URL}/dev/mailbox?to=${encodeURIComponent(email)}`, { waitUntil: 'networkidle' });
    await page.getByRole('link', { name: new RegExp(mail.subject) }).waitFor();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await page.goto(`${WEB_URL}/dev/mailbox/${mail.id}`, { waitUntil: 'networkidle' });
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);

    const link = page.getByRole('link', { name: /\/newsletter\/confirm\?token=/ }).first();
    await page.goto((await link.getAttribute('href'))!);
    await page.getByRole('status').getByText('You’re subscribed').waitFor();
    // The long address wraps inside the message instead of running off the screen.
    const box = await page.getByText(email).boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
