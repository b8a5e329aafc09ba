'use client';

import { MESSAGE_BODY_MAX, type TMessage } from '@ladder/domain';
import { useActionState, useEffect, useId } from 'react';
import { Button } from '@/components/ui/button';
import { FieldError, FieldHint, Label } from '@/components/ui/label';
import { Textarea } from '@/components/ui/textarea';
import { markReadAction, replyAction, type TReplyState } from '@/lib/actions/messages';
import { MessageList } from './message-list';

/**
 * One conversation on screen: its messages and, while it is open, a reply box. Showing it marks
 * the conversation read (once, after it has rendered in the browser).
 */
export function ConversationPanel({
  conversationId,
  initialMessages,
  zone,
  otherName,
  open,
}: {
  conversationId: string;
  /** Oldest first. */
  initialMessages: readonly TMessage[];
  zone: string;
  otherName: string;
  open: boolean;
}) {
  const initial: TReplyState = { sent: [], error: null, draft: '' };
  const [state, formAction, pending] = useActionState(replyAction.bind(null, conversationId), initial);
  const id = useId();
  const bodyId = `${id}-body`;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const messages = [
    ...initialMessages,
    ...state.sent.filter((s) => !initialMessages.some((m) => m.id === s.id)),
  ];

  useEffect(() => {
    void markReadAction(conversationId);
  }, [conversationId]);

  return (
    <div className="flex flex-col gap-6">
      <MessageList messages={messages} zone={zone} otherName={otherName} />
      {open ? (
        <form action={formAction} className="flex flex-col gap-3 border-t border-ink-100 pt-5">
          <div className="flex flex-col gap-1.5">
            <Label htmlFor={bodyId}>Reply to {otherName}</Label>
            <Textarea
              // A new key after each success empties the box; a failure keeps the draft.
              key={state.sent.length}
              id={bodyId}
              name="body"
              required
              rows={4}
              maxLength={MESSAGE_BODY_MAX}
              defaultValue={state.draft}
              aria-invalid={state.error ? true : undefined}
              aria-describedby={[hintId, state.error ? errorId : null].filter(Boolean).join(' ')}
            />
            <FieldHint id={hintId}>
              Plain text. {otherName} gets an email if they have not read it within a few minutes.
            </FieldHint>
          </div>
          {state.error ? <FieldError id={errorId}>{state.error}</FieldError> : null}
          <div>
            <Button type="submit" disabled={pending}>
              {pending ? 'Sending…' : 'Send'}
            </Button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
