import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthCard, authLinkClassName } from '@/components/auth/auth-card';
import { ForgotPasswordForm } from '@/components/auth/forgot-password-form';

export const metadata: Metadata = {
  title: 'Reset your password',
  robots: { index: false, follow: true },
};

export default function ForgotPasswordPage() {
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
      <ForgotPasswordForm />
    </AuthCard>
  );
}
