import type { Metadata } from 'next';
import Link from 'next/link';
import { Avatar } from '@/components/ui/avatar';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Container, PageHeader } from '@/components/ui/container';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { settle } from '@/lib/api/client';
import { listConversations } from '@/lib/api/messages';
import { sessionHeaders } from '@/lib/api/server-session';
import { lastMessagePreview, otherParty } from '@/lib/messages';
import { requireUser } from '@/lib/session';
import { formatShortDate, formatTime, zoneLabel } from '@/lib/time/format';

export const metadata: Metadata = { title: 'Messages', robots: { index: false, follow: false } };

/** The inbox: every conversation, as mentee and as mentor, most recent first. */
export default async function MessagesPage() {
  const user = await requireUser('/messages');
  const zone = user.timezone || 'UTC';
  const result = await settle(listConversations({ headers: await sessionHeaders() }));

  return (
    <Container className="max-w-3xl pb-section">
      <PageHeader
        title="Messages"
        description={`Questions before a session, and everything in between. Times in ${zoneLabel(zone)}.`}
      />
      {!result.ok ? (
        <ErrorState
          title="We couldn’t load your messages right now"
          action={
            <Button asChild variant="secondary">
              <Link href="/messages">Try again</Link>
            </Button>
          }
          reference={result.error.requestId}
        />
      ) : result.data.items.length === 0 ? (
        <EmptyState
          title="No messages yet"
          description="Have a question before booking? Open a mentor’s profile and message them."
          action={
            <Button asChild>
              <Link href="/mentors">Find a mentor</Link>
            </Button>
          }
        />
      ) : (
        <ul className="divide-y divide-ink-100 overflow-hidden rounded-xl border border-ink-100 bg-ink-0">
          {result.data.items.map((c) => {
            const other = otherParty(c);
            const unread = c.unreadCount > 0;
            return (
              <li key={c.id}>
                <Link
                  href={`/messages/${c.id}`}
                  className="flex items-center gap-4 px-4 py-4 hover:bg-ink-50 focus-visible:bg-ink-50"
                >
                  <Avatar name={other.name} size="sm" />
                  <div className="min-w-0 flex-1">
                    <div className="flex items-center gap-2">
                      <span className={unread ? 'font-semibold text-ink-950' : 'font-medium text-ink-900'}>
                        {other.name}
                      </span>
                      <Badge tone="neutral">{other.relation}</Badge>
                      {c.open ? null : <Badge tone="warning">Closed</Badge>}
                    </div>
                    <p className={unread ? 'truncate text-sm text-ink-900' : 'truncate text-sm text-ink-500'}>
                      {lastMessagePreview(c)}
                    </p>
                  </div>
                  <div className="flex shrink-0 flex-col items-end gap-1 text-xs text-ink-500">
                    <time dateTime={c.updatedAt}>
                      {formatShortDate(c.updatedAt, zone)}, {formatTime(c.updatedAt, zone)}
                    </time>
                    {unread ? (
                      <Badge tone="brand">
                        {c.unreadCount} unread<span className="sr-only"> messages</span>
                      </Badge>
                    ) : null}
                  </div>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </Container>
  );
}
