import { EmptyState } from '@/components/ui/empty-state';

export const DEV_ONLY_MESSAGE = 'The dev mailbox is only available in development.';

/** What the mailbox pages show when the API hides the mailbox (it answers 404 in production). */
export function DevOnlyNotice() {
  return (
    <EmptyState
      title={DEV_ONLY_MESSAGE}
      description="In production, email goes to real inboxes through the mail provider."
    />
  );
}
