import type { Metadata } from 'next';
import { AuthCard } from '@/components/auth/auth-card';
import { NewsletterConfirmation } from '@/components/newsletter/newsletter-confirmation';
import { NewsletterLinkNotice } from '@/components/newsletter/newsletter-link-notice';

export const metadata: Metadata = {
  title: 'Confirm your subscription',
  robots: { index: false, follow: false },
  // The token is in the URL: never hand it to another site in a Referer header.
  referrer: 'no-referrer',
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * `/newsletter/confirm?token=…`, the link in the double opt-in email. The server render only reads
 * the token; the confirmation itself runs in the browser (see NewsletterConfirmation).
 */
export default async function NewsletterConfirmPage({ searchParams }: Props) {
  const { token } = await searchParams;
  const value = typeof token === 'string' ? token.trim() : '';

  return (
    <AuthCard title="Confirm your subscription">
      {value ? (
        <NewsletterConfirmation token={value} />
      ) : (
        <NewsletterLinkNotice kind="confirm" reason="missing" />
      )}
    </AuthCard>
  );
}
