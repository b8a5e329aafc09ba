import type { TMessage } from '@ladder/domain';
import { ReportDisclosure } from '@/components/mentors/report-disclosure';
import { cn } from '@/lib/cn';
import { formatShortDate, formatTime } from '@/lib/time/format';

/**
 * A conversation's messages, oldest first, the viewer's own on the right. Text is plain: React
 * escapes it and line breaks are kept. A message hidden by moderation keeps its place, without
 * its text. The other person's messages can be reported.
 */
export function MessageList({
  messages,
  zone,
  otherName,
}: {
  messages: readonly TMessage[];
  /** The viewer's zone: every time is shown in it. */
  zone: string;
  otherName: string;
}) {
  if (messages.length === 0) {
    return <p className="text-sm text-ink-500">No messages yet. Say hello!</p>;
  }
  return (
    <ol className="flex flex-col gap-3" aria-label="Messages">
      {messages.map((m) => (
        <li key={m.id} className={cn('flex flex-col gap-1', m.mine ? 'items-end' : 'items-start')}>
          <div
            className={cn(
              'max-w-[85%] rounded-2xl px-4 py-2.5 text-sm sm:max-w-[70%]',
              m.hidden
                ? 'border border-dashed border-ink-200 bg-ink-50 text-ink-500 italic'
                : m.mine
                  ? 'bg-brand-600 text-ink-0'
                  : 'border border-ink-100 bg-ink-0 text-ink-900',
            )}
          >
            <span className="sr-only">{m.mine ? 'You' : otherName}: </span>
            {m.hidden ? (
              'This message was removed by Ladder’s moderators.'
            ) : (
              <p className="whitespace-pre-line break-words">{m.body}</p>
            )}
          </div>
          <div className="flex items-center gap-3 px-1 text-xs text-ink-500">
            <time dateTime={m.createdAt}>
              {formatShortDate(m.createdAt, zone)}, {formatTime(m.createdAt, zone)}
            </time>
            {!m.mine && !m.hidden ? (
              <ReportDisclosure targetType="message" targetId={m.id} signInHref={null} summary="Report" />
            ) : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
