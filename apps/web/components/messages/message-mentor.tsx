'use client';

import { MESSAGE_BODY_MAX } from '@ladder/domain';
import Link from 'next/link';
import { useActionState, useId } from 'react';
import { Button } from '@/components/ui/button';
import { FieldError, FieldHint, Label } from '@/components/ui/label';
import { Textarea } from '@/components/ui/textarea';
import { startConversationAction, type TStartConversationState } from '@/lib/actions/messages';

/**
 * "Message {name}" on a mentor's profile: a question before booking. Sending opens the
 * conversation; writing again later continues the same one. Signed-out visitors get a sign-in
 * link that brings them back (`signInHref`).
 */
export function MessageMentor({
  mentorId,
  mentorFirstName,
  signInHref,
}: {
  mentorId: string;
  mentorFirstName: string;
  signInHref: string | null;
}) {
  const initial: TStartConversationState = { error: null, draft: '' };
  const [state, formAction, pending] = useActionState(startConversationAction.bind(null, mentorId), initial);
  const id = useId();

  return (
    <details className="rounded-lg border border-ink-100 bg-ink-0 p-4">
      <summary className="cursor-pointer text-sm font-medium text-ink-900 select-none">
        Have a question first? Message {mentorFirstName}
      </summary>
      <div className="mt-3">
        {signInHref ? (
          <p className="text-sm text-ink-600">
            <Link href={signInHref} className="underline">
              Sign in
            </Link>{' '}
            to message {mentorFirstName}.
          </p>
        ) : (
          <form action={formAction} className="flex flex-col gap-3">
            <div className="flex flex-col gap-1.5">
              <Label htmlFor={`${id}-body`}>Your message</Label>
              <Textarea
                id={`${id}-body`}
                name="body"
                required
                rows={4}
                maxLength={MESSAGE_BODY_MAX}
                defaultValue={state.draft}
                placeholder={`Hi ${mentorFirstName}, I’m working towards…`}
                aria-invalid={state.error ? true : undefined}
                aria-describedby={`${id}-hint`}
              />
              <FieldHint id={`${id}-hint`}>
                Only {mentorFirstName} can read it. Keep payments on Ladder: never pay outside it.
              </FieldHint>
            </div>
            {state.error ? <FieldError>{state.error}</FieldError> : null}
            <div>
              <Button type="submit" variant="secondary" disabled={pending}>
                {pending ? 'Sending…' : 'Send message'}
              </Button>
            </div>
          </form>
        )}
      </div>
    </details>
  );
}
