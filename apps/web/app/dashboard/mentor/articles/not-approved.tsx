import { EmptyState } from '@/components/ui/empty-state';

/** What the article pages show a mentor whose profile is not approved (the API answers 403). */
export function NotApprovedYet() {
  return (
    <EmptyState
      className="mt-8"
      title="Articles open once your profile is approved"
      description="Approved mentors write articles here. We’ll email you when our team has reviewed your profile."
    />
  );
}
