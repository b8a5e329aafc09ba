import type { Metadata } from 'next';
import { AuthCard } from '@/components/auth/auth-card';
import { InvalidLinkNotice } from '@/components/auth/invalid-link-notice';
import { ResetPasswordForm } from '@/components/auth/reset-password-form';

export const metadata: Metadata = {
  title: 'Choose a new password',
  robots: { index: false, follow: false },
  // The token is in the URL: never hand it to another site in a Referer header.
  referrer: 'no-referrer',
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ResetPasswordPage({ searchParams }: Props) {
  const { token } = await searchParams;
  const value = typeof token === 'string' ? token.trim() : '';

  return (
    <AuthCard title="Choose a new password" description="You’ll use it the next time you sign in.">
      {value ? <ResetPasswordForm token={value} /> : <InvalidLinkNotice kind="reset" />}
    </AuthCard>
  );
}
