import { renderToStaticMarkup } from 'react-dom/server';
import ForgotPasswordPage from '@/app/(auth)/forgot-password/page';
import { SignInForm } from './sign-in-form';

jest.mock('next/navigation', () => ({ useRouter: () => ({ replace: jest.fn(), refresh: jest.fn() }) }));

const emailInput = (html: string) => html.match(/<input[^>]*name="email"[^>]*\/>/)?.[0] ?? '';

async function page(params: Record<string, string | string[] | undefined>): Promise<string> {
  return renderToStaticMarkup(await ForgotPasswordPage({ searchParams: Promise.resolve(params) }));
}

describe('forgot password carries over the sign-in email', () => {
  it('the sign-in form links to forgot-password with the email it already holds', () => {
    const html = renderToStaticMarkup(<SignInForm next="/dashboard" defaultEmail="ada@example.com" />);
    expect(html).toContain('href="/forgot-password?email=ada%40example.com"');
    expect(html).not.toContain('password=');
  });

  it('the forgot-password form is prefilled from a valid ?email=', async () => {
    expect(emailInput(await page({ email: 'ada@example.com' }))).toContain('value="ada@example.com"');
  });

  it('an invalid or missing ?email= leaves the field empty', async () => {
    expect(emailInput(await page({ email: 'not-an-email' }))).toContain('value=""');
    expect(emailInput(await page({}))).toContain('value=""');
  });
});
