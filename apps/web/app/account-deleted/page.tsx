import type { Metadata } from 'next';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { Container } from '@/components/ui/container';

export const metadata: Metadata = {
  title: 'Account deleted',
  robots: { index: false, follow: false },
};

/** Where "Delete my account" ends: the session is gone; say what happened and what comes next. */
export default function AccountDeletedPage() {
  return (
    <Container className="flex flex-col items-center py-section text-center">
      <h1 className="text-3xl font-bold tracking-tight text-ink-950 sm:text-4xl">Your account is deleted</h1>
      <p className="mt-4 max-w-xl text-lg text-ink-600">
        You are signed out everywhere. We emailed a confirmation to your old address — the last email we send
        to it. Upcoming sessions were cancelled and refunds, where due, are on their way.
      </p>
      <p className="mt-3 max-w-xl text-ink-600">
        Thank you for being part of Ladder. You are welcome back any time.
      </p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <Button asChild size="lg" variant="secondary">
          <Link href="/">Go to the home page</Link>
        </Button>
      </div>
    </Container>
  );
}
