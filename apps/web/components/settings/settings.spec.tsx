import { renderToStaticMarkup } from 'react-dom/server';
import { zoneSuggestion } from '@/lib/account/settings-form';
import { DELETION_CONSEQUENCES, DeleteAccount } from './delete-account';
import { EmailChangeOutcome } from './email-change-confirmation';
import { EmailForm } from './email-form';
import { PasswordForm } from './password-form';
import { ProfileForm } from './profile-form';

// The forms import server actions, whose session helper needs a Next request.
jest.mock('@/lib/api/server-session', () => ({ callWithSession: jest.fn() }));
jest.mock('next/headers', () => ({ cookies: jest.fn() }));
jest.mock('next/cache', () => ({ revalidatePath: jest.fn() }));

describe('settings forms', () => {
  it('the profile form shows the saved name and zone, labelled, with the zone submitted by name', () => {
    const html = renderToStaticMarkup(<ProfileForm name="Ada Lovelace" timezone="Asia/Kolkata" />);
    expect(html).toContain('value="Ada Lovelace"');
    expect(html).toContain('autoComplete="name"');
    expect(html).toMatch(/<input type="hidden" name="timezone" value="Asia\/Kolkata"/);
    expect(html).toContain('>Time zone<');
    expect(html).toContain('Save profile');
  });

  it('the password form asks for the current password and twice the new one, with browser hints', () => {
    const html = renderToStaticMarkup(<PasswordForm hasPassword />);
    expect(html).toContain('autoComplete="current-password"');
    expect(html.match(/autoComplete="new-password"/g)).toHaveLength(2);
    expect(html).toContain('At least 10 characters');
    expect(html).not.toContain('Forgot password');
  });

  it('an account without a password is sent to “Forgot password” instead of a form', () => {
    const html = renderToStaticMarkup(<PasswordForm hasPassword={false} />);
    expect(html).toContain('href="/forgot-password"');
    expect(html).not.toContain('<form');
  });

  it('the danger zone is one closed-by-default dialog trigger, and the consequences name money and the undo', () => {
    const html = renderToStaticMarkup(<DeleteAccount hasPassword />);
    expect(html).toContain('Delete my account');
    expect(html).toContain('aria-haspopup="dialog"');
    const text = DELETION_CONSEQUENCES.join(' ');
    expect(text).toMatch(/no undo/);
    expect(text).toMatch(/refund/);
    expect(text).toMatch(/Former member/);
    expect(text).toMatch(/Payment records are kept/);
  });
});

describe('email change', () => {
  it('the email card shows the current address and asks for the new one and the password', () => {
    const html = renderToStaticMarkup(<EmailForm email="ada@x.dev" hasPassword />);
    expect(html).toContain('ada@x.dev');
    expect(html).toContain('>New email address<');
    expect(html).toMatch(/type="email"[^>]*name="newEmail"|name="newEmail"[^>]*type="email"/);
    expect(html).toContain('autoComplete="current-password"');
    expect(html).toContain('Send confirmation link');
  });

  it('an account without a password is sent to “Forgot password” instead of a form', () => {
    const html = renderToStaticMarkup(<EmailForm email="ada@x.dev" hasPassword={false} />);
    expect(html).toContain('href="/forgot-password"');
    expect(html).not.toContain('<form');
  });

  it('the confirmation page has a distinct message for each outcome', () => {
    const render = (result: Parameters<typeof EmailChangeOutcome>[0]['result']) =>
      renderToStaticMarkup(<EmailChangeOutcome result={result} token="t0k3n" onRetry={() => {}} />);
    expect(render({ status: 'changed', email: 'ada@new.dev' })).toContain('You now sign in with ada@new.dev');
    expect(render({ status: 'expired' })).toContain('This link has expired');
    expect(render({ status: 'taken' })).toContain('This address is taken');
    expect(render({ status: 'invalid' })).toContain('This link doesn’t work');
    expect(render({ status: 'failed' })).toContain('Try again');
    const signedOut = render({ status: 'signed-out' });
    expect(signedOut).toContain('Please sign in again');
    expect(signedOut).toContain(encodeURIComponent('/settings/email/confirm?token=t0k3n'));
  });
});

describe('zoneSuggestion', () => {
  it('suggests the browser’s zone only when it differs from the saved one', () => {
    expect(zoneSuggestion('UTC', 'Europe/Berlin')).toBe('Europe/Berlin');
    expect(zoneSuggestion('Europe/Berlin', 'Europe/Berlin')).toBeNull();
    expect(zoneSuggestion('Europe/Berlin', null)).toBeNull();
    expect(zoneSuggestion('Europe/Berlin', '')).toBeNull();
  });
});
