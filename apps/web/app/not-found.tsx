import type { Metadata } from 'next';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { Container } from '@/components/ui/container';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <Container className="flex flex-col items-center py-section text-center">
      <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">404</p>
      <h1 className="mt-3 text-3xl font-bold tracking-tight text-ink-950 sm:text-4xl">
        This rung is missing
      </h1>
      <p className="mt-4 max-w-md text-lg text-ink-600">
        The page you’re looking for doesn’t exist, or it’s no longer public.
      </p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <Button asChild size="lg">
          <Link href="/mentors">Find a mentor</Link>
        </Button>
        <Button asChild size="lg" variant="secondary">
          <Link href="/">Go to the home page</Link>
        </Button>
      </div>
    </Container>
  );
}
