'use client';

import { NOTE_BODY_MAX, type TNote } from '@ladder/domain';
import { useActionState, useId } from 'react';
import { Button } from '@/components/ui/button';
import { FieldError, FieldHint, Label } from '@/components/ui/label';
import { Textarea } from '@/components/ui/textarea';
import { addNoteAction, type TNoteFormState } from '@/lib/actions/sessions';
import { NoteList } from './note-list';

/**
 * Notes on a booking: the list and a form to add one. The mentor chooses private (only they see
 * it) or shared (both see it); the mentee's notes are always shared, so they get no choice.
 */
export function NotesPanel({
  bookingId,
  party,
  viewerId,
  initialNotes,
  canAdd = true,
}: {
  bookingId: string;
  party: 'mentor' | 'mentee';
  viewerId: string;
  initialNotes: readonly TNote[];
  /** False for a hold that expired: the notes stay readable, but no form is offered. */
  canAdd?: boolean;
}) {
  const initial: TNoteFormState = { added: [], error: null, draft: '' };
  const [state, formAction, pending] = useActionState(addNoteAction.bind(null, bookingId), initial);
  const id = useId();
  const bodyId = `${id}-body`;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const notes = [...initialNotes, ...state.added.filter((n) => !initialNotes.some((i) => i.id === n.id))];

  return (
    <div className="flex flex-col gap-5">
      <NoteList notes={notes} viewerId={viewerId} bookingId={bookingId} />
      {canAdd ? null : (
        <p className="border-t border-ink-100 pt-5 text-sm text-ink-600">
          This hold expired before it was paid for, so no notes can be added.
        </p>
      )}
      {canAdd ? (
        <form action={formAction} className="flex flex-col gap-3 border-t border-ink-100 pt-5">
          <div className="flex flex-col gap-1.5">
            <Label htmlFor={bodyId}>Add a note</Label>
            <Textarea
              // A new key after each success empties the box; a failure keeps the draft.
              key={state.added.length}
              id={bodyId}
              name="body"
              required
              maxLength={NOTE_BODY_MAX}
              defaultValue={state.draft}
              aria-invalid={state.error ? true : undefined}
              aria-describedby={[hintId, state.error ? errorId : null].filter(Boolean).join(' ')}
            />
            <FieldHint id={hintId}>
              {party === 'mentee'
                ? 'Your notes are shared with your mentor.'
                : 'Plain text. Choose who can see it below.'}
            </FieldHint>
          </div>
          {party === 'mentor' ? (
            <fieldset className="flex flex-col gap-2">
              <legend className="mb-1 text-sm font-medium text-ink-800">Who can see this note?</legend>
              <label className="flex items-center gap-2 text-sm text-ink-800">
                <input type="radio" name="visibility" value="private" defaultChecked />
                Private — only you
              </label>
              <label className="flex items-center gap-2 text-sm text-ink-800">
                <input type="radio" name="visibility" value="shared" />
                Shared with your mentee
              </label>
            </fieldset>
          ) : (
            <input type="hidden" name="visibility" value="shared" />
          )}
          {state.error ? <FieldError id={errorId}>{state.error}</FieldError> : null}
          <div>
            <Button type="submit" disabled={pending}>
              {pending ? 'Saving…' : 'Save note'}
            </Button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
