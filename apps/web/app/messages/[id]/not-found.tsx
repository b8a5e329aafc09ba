import type { Metadata } from 'next';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { Container } from '@/components/ui/container';

export const metadata: Metadata = {
  title: 'Conversation not found',
  robots: { index: false, follow: false },
};

/** A conversation that does not exist, or that is not the visitor's: the same answer for both. */
export default function ConversationNotFound() {
  return (
    <Container className="flex flex-col items-center py-section text-center">
      <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">404</p>
      <h1 className="mt-3 text-3xl font-bold tracking-tight text-ink-950">
        We couldn’t find this conversation
      </h1>
      <p className="mt-4 max-w-md text-lg text-ink-600">
        It doesn’t exist, or it belongs to someone else. Your own conversations are all in Messages.
      </p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <Button asChild size="lg">
          <Link href="/messages">Go to your messages</Link>
        </Button>
      </div>
    </Container>
  );
}
