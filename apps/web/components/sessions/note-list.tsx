import type { TNote } from '@ladder/domain';
import { Badge } from '@/components/ui/badge';
import { formatDate } from '@/lib/format';

/**
 * The notes of one booking, oldest first. Text is plain: React escapes it, and line breaks are
 * kept. `viewerId` marks the viewer's own notes; private ones are flagged clearly.
 */
export function NoteList({ notes, viewerId }: { notes: readonly TNote[]; viewerId: string }) {
  if (notes.length === 0) {
    return <p className="text-sm text-ink-500">No notes yet.</p>;
  }
  return (
    <ul className="flex flex-col gap-3">
      {notes.map((note) => (
        <li
          key={note.id}
          className={
            note.visibility === 'private'
              ? 'rounded-lg border border-dashed border-warning-100 bg-warning-50 p-3'
              : 'rounded-lg border border-ink-100 bg-ink-0 p-3'
          }
        >
          <div className="flex flex-wrap items-center gap-2 text-xs text-ink-500">
            <span className="font-medium text-ink-800">
              {note.authorId === viewerId ? 'You' : note.authorRole === 'mentor' ? 'Mentor' : 'Mentee'}
            </span>
            <span aria-hidden="true">·</span>
            <time dateTime={note.createdAt}>{formatDate(note.createdAt)}</time>
            {note.visibility === 'private' ? (
              <Badge tone="warning">Private — only you can see this</Badge>
            ) : (
              <Badge tone="neutral">Shared</Badge>
            )}
          </div>
          <p className="mt-1.5 text-sm whitespace-pre-line break-words text-ink-900">{note.body}</p>
        </li>
      ))}
    </ul>
  );
}
