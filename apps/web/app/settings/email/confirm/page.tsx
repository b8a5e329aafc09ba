import type { Metadata } from 'next';
import { EmailChangeConfirmation } from '@/components/settings/email-change-confirmation';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { Container } from '@/components/ui/container';
import { requireUser } from '@/lib/session';

export const metadata: Metadata = {
  title: 'Confirm your new email',
  robots: { index: false, follow: false },
  referrer: 'no-referrer',
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The link mailed to a new address. It only works for the account that asked, so a signed-out
 * visitor signs in first and comes back here with the same link.
 */
export default async function ConfirmEmailChangePage({ searchParams }: Props) {
  const { token } = await searchParams;
  const value = typeof token === 'string' ? token.trim() : '';
  await requireUser(value ? `/settings/email/confirm?token=${encodeURIComponent(value)}` : '/settings');

  return (
    <Container className="max-w-xl py-section">
      <Card>
        <CardHeader>
          <CardTitle>Confirm your new email</CardTitle>
        </CardHeader>
        <CardContent>
          <EmailChangeConfirmation token={value} />
        </CardContent>
      </Card>
    </Container>
  );
}
