import type { Metadata } from 'next';
import { AuthCard } from '@/components/auth/auth-card';
import { EmailConfirmation, VerifyLinkInvalid } from '@/components/auth/email-confirmation';
import { currentUserOrNull } from '@/lib/session';

export const metadata: Metadata = {
  title: 'Confirm your email',
  robots: { index: false, follow: false },
  referrer: 'no-referrer',
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function VerifyEmailPage({ searchParams }: Props) {
  const [{ token }, user] = await Promise.all([searchParams, currentUserOrNull()]);
  const value = typeof token === 'string' ? token.trim() : '';
  const signedIn = user !== null;
  const alreadyVerified = user?.emailVerified ?? false;

  return (
    <AuthCard title="Confirm your email">
      {value ? (
        <EmailConfirmation token={value} signedIn={signedIn} alreadyVerified={alreadyVerified} />
      ) : (
        <VerifyLinkInvalid signedIn={signedIn} alreadyVerified={alreadyVerified} />
      )}
    </AuthCard>
  );
}
