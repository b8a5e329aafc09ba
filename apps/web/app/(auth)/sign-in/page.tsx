import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { AuthCard, authLinkClassName } from '@/components/auth/auth-card';
import { ProviderSignIn } from '@/components/auth/provider-sign-in';
import { SignInForm } from '@/components/auth/sign-in-form';
import { Alert } from '@/components/ui/alert';
import { loadSignInProviders, signInError } from '@/lib/auth/providers';
import { afterAuthPath, signUpHref } from '@/lib/auth/redirects';
import { currentUserOrNull } from '@/lib/session';

export const metadata: Metadata = {
  title: 'Sign in',
  description: 'Sign in to Ladder to book sessions and keep track of your growth plan.',
  alternates: { canonical: '/sign-in' },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const next = afterAuthPath(params.next, '/dashboard');
  const [user, providers] = await Promise.all([currentUserOrNull(), loadSignInProviders()]);
  if (user) redirect(next);
  // Set by the API when GitHub sign-in could not finish.
  const error = signInError(params.error);

  return (
    <AuthCard
      title="Sign in to Ladder"
      description="Welcome back. Pick up where you left off."
      footer={
        <>
          New to Ladder?{' '}
          <Link href={signUpHref(next)} className={authLinkClassName}>
            Create an account
          </Link>
        </>
      }
    >
      {error ? (
        <Alert tone="danger" role="alert" title={error.title} className="mb-5">
          {error.detail}
        </Alert>
      ) : null}
      {params.reset === 'done' ? (
        <Alert tone="success" role="status" title="Your password has been changed" className="mb-5">
          Sign in with your new password.
        </Alert>
      ) : null}
      <SignInForm next={next} />
      <ProviderSignIn providers={providers} next={next} />
    </AuthCard>
  );
}
