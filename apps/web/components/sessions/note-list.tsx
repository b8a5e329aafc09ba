'use client';

import { NOTE_BODY_MAX, type TNote } from '@ladder/domain';
import { useActionState, useId, useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { FieldError, Label } from '@/components/ui/label';
import { SubmitButton } from '@/components/ui/submit-button';
import { Textarea } from '@/components/ui/textarea';
import { deleteNoteAction, type TNoteEditState, updateNoteAction } from '@/lib/actions/sessions';
import { formatDate } from '@/lib/format';

const INITIAL_EDIT: TNoteEditState = { note: null, deleted: false, error: null, draft: null };

/** Moves focus to an element as it appears (a stable callback, so it runs once per mount). */
const focusOnMount = (el: HTMLElement | null) => el?.focus();

const itemClass = (note: TNote) =>
  note.visibility === 'private'
    ? 'rounded-lg border border-dashed border-warning-100 bg-warning-50 p-3'
    : 'rounded-lg border border-ink-100 bg-ink-0 p-3';

/**
 * The notes of one booking, oldest first. Text is plain: React escapes it, and line breaks are
 * kept. `viewerId` marks the viewer's own notes; private ones are flagged clearly. With
 * `bookingId`, the viewer's own notes can be edited and deleted (the API allows their author only).
 */
export function NoteList({
  notes,
  viewerId,
  bookingId,
}: {
  notes: readonly TNote[];
  viewerId: string;
  bookingId?: string;
}) {
  if (notes.length === 0) {
    return <p className="text-sm text-ink-500">No notes yet.</p>;
  }
  return (
    <ul className="flex flex-col gap-3">
      {notes.map((note) =>
        bookingId && note.authorId === viewerId ? (
          <OwnNote key={note.id} bookingId={bookingId} note={note} />
        ) : (
          <li key={note.id} className={itemClass(note)}>
            <NoteMeta note={note} viewerId={viewerId} />
            <NoteBody note={note} />
          </li>
        ),
      )}
    </ul>
  );
}

function NoteMeta({ note, viewerId }: { note: TNote; viewerId: string }) {
  return (
    <div className="flex flex-wrap items-center gap-2 text-xs text-ink-500">
      <span className="font-medium text-ink-800">
        {note.authorId === viewerId ? 'You' : note.authorRole === 'mentor' ? 'Mentor' : 'Mentee'}
      </span>
      <span aria-hidden="true">·</span>
      <time dateTime={note.createdAt}>{formatDate(note.createdAt)}</time>
      {note.updatedAt && note.updatedAt !== note.createdAt ? (
        <span title={`Edited ${formatDate(note.updatedAt)}`}>(edited)</span>
      ) : null}
      {note.visibility === 'private' ? (
        <Badge tone="warning">Private — only you can see this</Badge>
      ) : (
        <Badge tone="neutral">Shared</Badge>
      )}
    </div>
  );
}

function NoteBody({ note }: { note: TNote }) {
  return <p className="mt-1.5 text-sm whitespace-pre-line break-words text-ink-900">{note.body}</p>;
}

/** One of the viewer's notes: "Edit" opens an inline textarea; "Delete" asks once more. */
function OwnNote({ bookingId, note: initial }: { bookingId: string; note: TNote }) {
  const ids = { bookingId, noteId: initial.id };
  const [edit, editAction, saving] = useActionState(updateNoteAction.bind(null, ids), INITIAL_EDIT);
  const [removal, deleteAction, deleting] = useActionState(deleteNoteAction.bind(null, ids), INITIAL_EDIT);
  // The saved version the editor was opened on: a successful save replaces `edit.note`, which
  // closes the editor; a failed one keeps it (and the draft) open. `undefined`: not editing.
  const [editingFrom, setEditingFrom] = useState<TNote | null | undefined>(undefined);
  const [confirming, setConfirming] = useState(false);
  const fieldId = useId();
  const errorId = `${fieldId}-error`;
  const note = edit.note ?? initial;
  const editing = editingFrom !== undefined && editingFrom === edit.note;

  if (removal.deleted) {
    return (
      <li className="rounded-lg border border-ink-100 bg-ink-50 p-3">
        <p role="status" className="text-sm text-ink-500">
          Note deleted.
        </p>
      </li>
    );
  }

  return (
    <li className={itemClass(note)}>
      <NoteMeta note={note} viewerId={note.authorId} />
      {editing ? (
        <form action={editAction} className="mt-2 flex flex-col gap-2">
          <Label htmlFor={fieldId} className="sr-only">
            Edit your note
          </Label>
          <Textarea
            ref={focusOnMount}
            id={fieldId}
            name="body"
            required
            maxLength={NOTE_BODY_MAX}
            defaultValue={edit.draft ?? note.body}
            aria-invalid={edit.error ? true : undefined}
            aria-describedby={edit.error ? errorId : undefined}
          />
          {edit.error ? <FieldError id={errorId}>{edit.error}</FieldError> : null}
          <div className="flex gap-2">
            <SubmitButton size="sm" pending={saving} pendingLabel="Saving…">
              Save
            </SubmitButton>
            <Button variant="ghost" size="sm" disabled={saving} onClick={() => setEditingFrom(undefined)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <NoteBody note={note} />
      )}
      {!editing && confirming ? (
        <form action={deleteAction} className="mt-2 flex flex-wrap items-center gap-2">
          <p className="text-sm text-ink-800">Delete this note? This cannot be undone.</p>
          <SubmitButton variant="danger" size="sm" pending={deleting} pendingLabel="Deleting…">
            Delete note
          </SubmitButton>
          <Button
            ref={focusOnMount}
            variant="ghost"
            size="sm"
            disabled={deleting}
            onClick={() => setConfirming(false)}
          >
            Keep it
          </Button>
          {removal.error ? <FieldError className="w-full">{removal.error}</FieldError> : null}
        </form>
      ) : null}
      {!editing && !confirming ? (
        <div className="mt-2 flex gap-2">
          <Button variant="ghost" size="sm" onClick={() => setEditingFrom(edit.note)}>
            Edit<span className="sr-only"> your note</span>
          </Button>
          <Button variant="ghost" size="sm" onClick={() => setConfirming(true)}>
            Delete<span className="sr-only"> your note</span>
          </Button>
        </div>
      ) : null}
    </li>
  );
}
