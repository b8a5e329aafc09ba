import type { Browser, Page } from 'playwright-core';
import { launchBrowser, signIn, WEB_URL, watchForErrors } from './browser';

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
  let bookingPath = '';
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
    await signIn(page, 'mentee@ladder.dev', `${profilePath}#book`);

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
    bookingPath = new URL(page.url()).pathname;

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

  it('adds a note to the session, fixes a typo in it, and deletes it after confirming', async () => {
    expect(bookingPath).not.toBe('');
    await page.goto(`${WEB_URL}${bookingPath}`);
    const notes = page.getByRole('region', { name: 'Notes' });
    await notes.getByLabel('Add a note').fill('Qestions about the promotion case');
    await notes.getByRole('button', { name: 'Save note' }).click();
    const item = notes.getByRole('listitem').filter({ hasText: 'about the promotion case' });
    await item.getByText('Qestions about the promotion case').waitFor();

    await item.getByRole('button', { name: 'Edit your note' }).click();
    const box = item.getByLabel('Edit your note');
    expect(await box.inputValue()).toBe('Qestions about the promotion case');
    await box.fill('Questions about the promotion case');
    await item.getByRole('button', { name: 'Save', exact: true }).click();
    await item.getByText('Questions about the promotion case').waitFor();
    expect(await item.locator('textarea').count()).toBe(0);

    // Saved on the server: a reload shows the fixed text.
    await page.reload();
    const saved = notes.getByRole('listitem').filter({ hasText: 'Questions about the promotion case' });
    await saved.waitFor();

    await saved.getByRole('button', { name: 'Delete your note' }).click();
    await saved.getByText('Delete this note? This cannot be undone.').waitFor();
    await saved.getByRole('button', { name: 'Keep it' }).click();
    await saved.getByRole('button', { name: 'Delete your note' }).click();
    await saved.getByRole('button', { name: 'Delete note' }).click();
    await notes.getByText('Note deleted.').waitFor();

    await page.reload();
    await notes.getByText('No notes yet.').waitFor();
    expect(errors).toEqual([]);
  });

  it('starts a 90-day learning plan from the session, adds and ticks a milestone, and finds it on the dashboard', async () => {
    expect(bookingPath).not.toBe('');
    await page.goto(`${WEB_URL}${bookingPath}`);
    const card = page.getByRole('region', { name: '90-day learning plan' });
    await card.getByLabel('Goal for the next 90 days').fill('Lead the design of a cross-team project');
    await card.getByRole('button', { name: 'Start a 90-day plan' }).click();
    await page.waitForURL(/\/dashboard\/plans\/[0-9a-f-]{36}$/);
    const planPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { level: 1, name: 'Lead the design of a cross-team project' }).waitFor();
    expect((await page.locator('main').textContent()) ?? '').toContain(`dates in ${TIMEZONE}`);

    // The empty plan suggests first milestones; add one with a click.
    await page.getByRole('heading', { name: 'No milestones yet' }).waitFor();
    await page.getByRole('button', { name: /^Add “Agree on what success looks like/ }).click();
    const tick = page.getByRole('button', { name: 'Done: Agree on what success looks like at day 90' });
    await tick.waitFor();
    expect(await tick.getAttribute('aria-pressed')).toBe('false');
    const phase1 = page.getByRole('region', { name: /Phase 1: Days 1–30/ });
    expect(await phase1.textContent()).toContain('0/1 done');

    await tick.click();
    await page.locator('[aria-pressed="true"][aria-label^="Done: Agree"]').waitFor();
    await page.getByText('1 of 1 milestone done').first().waitFor();

    // Added through the form too, then listed on the dashboard with its progress.
    const add = page.getByRole('region', { name: 'Add a milestone' });
    await add.getByLabel('Milestone').fill('Write the design doc');
    await add.getByRole('button', { name: 'Add milestone' }).click();
    await page.getByRole('button', { name: 'Done: Write the design doc' }).waitFor();
    await page.getByText('1 of 2 milestones done').first().waitFor();

    await page.goto(`${WEB_URL}/dashboard`);
    const plans = page.getByRole('region', { name: 'Learning plans' });
    await plans.locator(`a[href="${planPath}"]`).waitFor();
    expect(await plans.textContent()).toContain('1 of 2 milestones done');
    await page.goto(`${WEB_URL}${bookingPath}`);
    await page.getByRole('link', { name: 'Open learning plan' }).waitFor();
    expect(errors).toEqual([]);
  });
});
