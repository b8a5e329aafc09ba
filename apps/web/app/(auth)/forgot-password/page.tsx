import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthCard, authLinkClassName } from '@/components/auth/auth-card';
import { ForgotPasswordForm } from '@/components/auth/forgot-password-form';
import { carriedEmail } from '@/lib/auth/redirects';

export const metadata: Metadata = {
  title: 'Reset your password',
  robots: { index: false, follow: true },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** `?email=` (from the sign-in form's link) prefills the address when it is a valid one. */
export default async function ForgotPasswordPage({ searchParams }: Props) {
  const email = carriedEmail((await searchParams).email);
  return (
    <AuthCard
      title="Forgot your password?"
      description="Enter the email you signed up with and we’ll send you a link to choose a new one."
      footer={
        <>
          Remembered it?{' '}
          <Link href="/sign-in" className={authLinkClassName}>
            Sign in
          </Link>
        </>
      }
    >
      <ForgotPasswordForm defaultEmail={email ?? ''} />
    </AuthCard>
  );
}
