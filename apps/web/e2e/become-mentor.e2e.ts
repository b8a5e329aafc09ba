import type { Browser } from 'playwright-core';
import { launchBrowser, WEB_URL, watchForErrors } from './browser';

/**
 * A newcomer becomes a mentor applicant: signs up from "Become a mentor" (the welcome message shows
 * on the next page only), applies (the form states the headline rule up front), lands on the mentor
 * dashboard without the welcome message, and from then on the header offers their dashboard, not
 * "Become a mentor". On the profile page a photo must be https, and one that cannot load shows the
 * initials.
 */
describe('becoming a mentor (sign-up, application, profile photo)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('signs up, applies, and finds the mentor dashboard in the header', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'UTC' });
    context.setDefaultTimeout(20_000);
    const page = await context.newPage();
    const errors = watchForErrors(page);
    const tag = Date.now().toString(36);
    const name = `Rex Applicant ${tag}`;

    await page.goto(`${WEB_URL}/sign-up?next=${encodeURIComponent('/become-a-mentor')}`);
    await page.getByLabel('Name').fill(name);
    await page.getByLabel('Email').fill(`rex-${tag}@example.com`);
    await page.getByLabel('Password').fill('a long enough password');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL((url) => url.pathname === '/become-a-mentor');
    const welcome = page.getByRole('status').filter({ hasText: 'Welcome to Ladder!' });
    await welcome.waitFor();
    const header = page.getByRole('navigation', { name: 'Main' });
    await header.getByRole('link', { name: 'Become a mentor' }).waitFor();

    // The headline's rule is there before anything is submitted, with a live count.
    const headlineHint = page.locator('#mentor-headline-hint');
    expect(await headlineHint.textContent()).toContain('10 to 140 characters');
    await page.getByLabel('Headline').fill('Staff');
    expect(await headlineHint.textContent()).toContain('At least 10 characters (5 so far)');
    await page.getByLabel('Headline').fill('Staff engineer helping seniors grow');
    expect(await headlineHint.textContent()).not.toContain('so far');
    await page.getByLabel('About you').fill('Ten years of building payment systems, and mentoring for five.');
    const expertise = page.getByRole('textbox', { name: 'Expertise' });
    await expertise.fill('system design');
    await expertise.press('Enter');
    // Languages may start with one already chosen; another is simply added.
    const languages = page.getByRole('textbox', { name: 'Languages' });
    await languages.fill('German');
    await languages.press('Enter');
    await page.getByRole('button', { name: 'Send application' }).click();
    await page.waitForURL((url) => url.pathname === '/dashboard/mentor');
    await page.getByText('Thanks for applying!').waitFor();
    // The welcome belonged to the page after sign-up; it does not follow the applicant around.
    expect(await welcome.count()).toBe(0);
    await header.getByRole('link', { name: 'Mentor dashboard' }).waitFor();
    expect(await header.getByRole('link', { name: 'Become a mentor' }).count()).toBe(0);

    // Profile photo: http is refused with the reason; an https photo that cannot load shows initials.
    await page.getByRole('navigation', { name: 'Mentor' }).getByRole('link', { name: 'Profile' }).click();
    await page.waitForURL((url) => url.pathname === '/dashboard/mentor/profile');
    const photo = page.getByLabel('Photo URL');
    await photo.fill('http://img.example.com/me.jpg');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.locator('#mentor-photo-error').getByText('Use an https:// address').waitFor();
    await photo.fill('https://127.0.0.1:9/no-such-photo.jpg');
    // The preview tries the photo, it fails, and the initials disc comes back (no alt text spilling).
    await page.waitForFunction(
      (alt) =>
        !document.querySelector(`img[alt="${alt}"]`) &&
        !!document.querySelector(`span[role="img"][aria-label="${alt}"]`),
      name,
    );
    // The one expected failure: the photo at port 9, which Chromium refuses to fetch.
    expect(errors.filter((e) => !/net::ERR_UNSAFE_PORT/.test(e))).toEqual([]);
    await context.close();
  });
});
