import type { ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { cn } from '@/lib/cn';
import { NewsletterForm } from './newsletter-form';

/** The subscribe form on its own dark panel (it is styled for one), for pages with a white card. */
export function NewsletterSignupPanel({ lead, className }: { lead: ReactNode; className?: string }) {
  return (
    <div className={cn('rounded-xl bg-brand-900 p-5 text-white', className)}>
      <p className="mb-4 text-sm text-brand-100">{lead}</p>
      <NewsletterForm />
    </div>
  );
}

/**
 * A newsletter email link that cannot be used: `missing` when the address arrived without its
 * token (a mail app split it), `invalid` when the API does not know it, it was used or it expired.
 */
export function NewsletterLinkNotice({
  kind,
  reason,
}: {
  kind: 'confirm' | 'unsubscribe';
  reason: 'missing' | 'invalid';
}) {
  if (reason === 'missing') {
    return (
      <div className="flex flex-col gap-5">
        <Alert tone="warning" role="alert" title="This link is incomplete">
          Open the link from the email again. If your email app split it across lines, copy the whole address
          into your browser.
        </Alert>
        {kind === 'confirm' ? (
          <NewsletterSignupPanel lead="Or enter your email and we’ll send a new link." />
        ) : null}
      </div>
    );
  }
  if (kind === 'confirm') {
    return (
      <div className="flex flex-col gap-5">
        <Alert tone="warning" role="alert" title="This link has expired or was already used">
          Confirmation links work once and expire after a while. If you already confirmed, there’s nothing
          left to do — otherwise ask for a new link below and use the newest email.
        </Alert>
        <NewsletterSignupPanel lead="Enter your email and we’ll send a new confirmation link." />
      </div>
    );
  }
  return (
    <Alert tone="warning" role="alert" title="We don’t recognise this unsubscribe link">
      It may be from an old email, or you may have unsubscribed already. If the letter still arrives, use the
      unsubscribe link in the newest one.
    </Alert>
  );
}
