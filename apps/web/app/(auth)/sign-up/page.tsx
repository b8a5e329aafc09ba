import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { AuthCard, authLinkClassName } from '@/components/auth/auth-card';
import { ProviderSignIn } from '@/components/auth/provider-sign-in';
import { SignUpForm } from '@/components/auth/sign-up-form';
import { loadSignInProviders } from '@/lib/auth/providers';
import { afterAuthPath, signInHref } from '@/lib/auth/redirects';
import { currentUserOrNull } from '@/lib/session';

export const metadata: Metadata = {
  title: 'Create your account',
  description: 'Join Ladder to book one-to-one growth sessions with senior, staff and principal engineers.',
  alternates: { canonical: '/sign-up' },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignUpPage({ searchParams }: Props) {
  const params = await searchParams;
  const next = afterAuthPath(params.next, '/');
  const [user, providers] = await Promise.all([currentUserOrNull(), loadSignInProviders()]);
  if (user) redirect(next);

  return (
    <AuthCard
      title="Create your Ladder account"
      description="Book sessions with engineers who’ve made the move you’re working on."
      footer={
        <>
          Already have an account?{' '}
          <Link href={signInHref(next)} className={authLinkClassName}>
            Sign in
          </Link>
        </>
      }
    >
      <SignUpForm next={next} />
      <ProviderSignIn providers={providers} next={next} />
    </AuthCard>
  );
}
