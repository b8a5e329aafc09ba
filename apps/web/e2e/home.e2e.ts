import type { Browser } from 'playwright-core';
import { launchBrowser, WEB_URL, watchForErrors } from './browser';

describe('home page (a newcomer arriving)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('presents Ladder and featured mentors fetched from the API, on desktop and phone', async () => {
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 360, height: 780 },
    ]) {
      const page = await browser.newPage({ viewport });
      const errors = watchForErrors(page);
      const res = await page.goto(WEB_URL, { waitUntil: 'networkidle' });
      expect(res?.status()).toBe(200);
      await page.getByTestId('mentor-card').first().waitFor();
      const cards = await page.getByTestId('mentor-card').allInnerTexts();
      expect(cards.length).toBeGreaterThanOrEqual(3);
      // Seeded demo mentors (apps/api/src/database/seeds/demo-data.ts) are what the API returns.
      expect(cards.join('\n')).toMatch(/Priya Raman|Sofía Martínez|Aiko Tanaka|Daniel Okafor|Noah Williams/);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('opens a mentor profile from the home page', async () => {
    const page = await browser.newPage();
    await page.goto(WEB_URL, { waitUntil: 'networkidle' });
    const first = page.getByTestId('mentor-card').first();
    const name = ((await first.locator('h3, h2').first().textContent()) ?? '').trim();
    expect(name.length).toBeGreaterThan(2);
    await first.locator('a').first().click();
    await page.waitForURL(/\/mentors\/[a-z0-9-]+/);
    await page.getByRole('heading', { level: 1 }).filter({ hasText: name }).waitFor();
    await page.close();
  });
});
