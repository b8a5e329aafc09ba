import type { Metadata } from 'next';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { Container } from '@/components/ui/container';

export const metadata: Metadata = { title: 'Session not found', robots: { index: false, follow: false } };

/** A booking that does not exist, or that is not the visitor's to see: the same answer for both. */
export default function BookingNotFound() {
  return (
    <Container className="flex flex-col items-center py-section text-center">
      <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">404</p>
      <h1 className="mt-3 text-3xl font-bold tracking-tight text-ink-950">We couldn’t find this session</h1>
      <p className="mt-4 max-w-md text-lg text-ink-600">
        It doesn’t exist, or it belongs to someone else. Your own sessions are all on your dashboard.
      </p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <Button asChild size="lg">
          <Link href="/dashboard">Go to your dashboard</Link>
        </Button>
        <Button asChild size="lg" variant="secondary">
          <Link href="/mentors">Find a mentor</Link>
        </Button>
      </div>
    </Container>
  );
}
