import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';

/** What the mentor pages show to someone who has not applied yet. */
export function ApplyFirst() {
  return (
    <EmptyState
      className="mt-8"
      title="You’re not a mentor on Ladder yet"
      description="Apply in a few minutes. While we review your application you can already set up your sessions and hours."
      icon={
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.75"
          className="size-6"
        >
          <path d="M12 3 3 8l9 5 9-5-9-5Z" strokeLinejoin="round" />
          <path d="M7 10.5V16c0 1.5 2.2 3 5 3s5-1.5 5-3v-5.5" strokeLinecap="round" />
        </svg>
      }
      action={
        <Button asChild>
          <Link href="/become-a-mentor">Become a mentor</Link>
        </Button>
      }
    />
  );
}
