import { ResendVerification } from '@/components/auth/resend-verification';
import { Container } from '@/components/ui/container';

/** A slim bar under the header for a signed-in user whose email address is not confirmed yet. */
export function VerifyEmailBanner({ email }: { email: string }) {
  return (
    <aside
      aria-label="Email confirmation"
      className="border-b border-warning-100 bg-warning-50 text-warning-700"
    >
      <Container className="flex flex-wrap items-center justify-center gap-x-2 gap-y-1 py-2 text-center text-sm">
        <p>
          <span className="font-semibold">Confirm your email</span>
          <span className="hidden sm:inline"> — we sent a link to {email}</span>
          <span aria-hidden="true"> —</span>
        </p>
        <ResendVerification variant="inline" />
      </Container>
    </aside>
  );
}
