import type { Metadata } from 'next';
import { AuthCard } from '@/components/auth/auth-card';
import { NewsletterLinkNotice } from '@/components/newsletter/newsletter-link-notice';
import { UnsubscribeForm } from '@/components/newsletter/unsubscribe-form';

export const metadata: Metadata = {
  title: 'Unsubscribe',
  robots: { index: false, follow: false },
  // The token is in the URL: never hand it to another site in a Referer header.
  referrer: 'no-referrer',
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * `/newsletter/unsubscribe?token=…`, the link in every newsletter email. Opening it changes
 * nothing; the reader presses the button (see UnsubscribeForm).
 */
export default async function NewsletterUnsubscribePage({ searchParams }: Props) {
  const { token } = await searchParams;
  const value = typeof token === 'string' ? token.trim() : '';

  return (
    <AuthCard
      title="Unsubscribe from the Staff+ letter"
      description="You’ll stop getting the fortnightly newsletter. Emails about your bookings and account aren’t affected."
    >
      {value ? (
        <UnsubscribeForm token={value} />
      ) : (
        <NewsletterLinkNotice kind="unsubscribe" reason="missing" />
      )}
    </AuthCard>
  );
}
