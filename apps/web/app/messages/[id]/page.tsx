import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { BookingLoadError } from '@/components/booking/booking-load-error';
import { ConversationPanel } from '@/components/messages/conversation-panel';
import { Alert } from '@/components/ui/alert';
import { Avatar } from '@/components/ui/avatar';
import { Container } from '@/components/ui/container';
import { settle } from '@/lib/api/client';
import { getConversation, listMessages } from '@/lib/api/messages';
import { sessionHeaders } from '@/lib/api/server-session';
import { otherParty } from '@/lib/messages';
import { requireUser } from '@/lib/session';
import { zoneLabel } from '@/lib/time/format';

export const metadata: Metadata = { title: 'Conversation', robots: { index: false, follow: false } };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const PAGE = 50;

/** One conversation: the latest messages (older ones a link away) and the reply box. */
export default async function ConversationPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { before } = await searchParams;
  const path = `/messages/${encodeURIComponent(id)}`;
  const user = await requireUser(path);
  const headers = await sessionHeaders();
  const cursor = typeof before === 'string' && before ? before : undefined;
  const [conversation, page] = await Promise.all([
    settle(getConversation(id, { headers })),
    settle(listMessages(id, { limit: PAGE, ...(cursor ? { cursor } : {}) }, { headers })),
  ]);
  if (!conversation.ok && conversation.error.isNotFound) notFound();
  if (!conversation.ok || !page.ok) {
    const error = conversation.ok ? (page.ok ? undefined : page.error) : conversation.error;
    return (
      <BookingLoadError
        title="We couldn’t load this conversation right now"
        retryHref={path}
        reference={error?.requestId}
      />
    );
  }
  const c = conversation.data;
  const other = otherParty(c);
  const zone = user.timezone || 'UTC';
  const olderHref = page.data.nextCursor
    ? `${path}?before=${encodeURIComponent(page.data.nextCursor)}`
    : null;

  return (
    <Container className="max-w-3xl pb-section">
      <nav className="pt-8 text-sm">
        <Link href="/messages" className="text-ink-600 underline-offset-4 hover:underline">
          ← All messages
        </Link>
      </nav>
      <header className="flex items-center gap-4 pt-6 pb-6">
        <Avatar name={other.name} />
        <div>
          <h1 className="text-2xl font-bold tracking-tight text-ink-950">
            {other.href ? (
              <Link href={other.href} className="underline-offset-4 hover:underline">
                {other.name}
              </Link>
            ) : (
              other.name
            )}
          </h1>
          <p className="text-sm text-ink-600">
            {other.relation} · times in {zoneLabel(zone)}
          </p>
        </div>
      </header>
      {c.open ? null : (
        <Alert tone="warning" className="mb-6">
          {c.role === 'mentee'
            ? `${other.name} is no longer available on Ladder, so you can’t send new messages. Your conversation stays here.`
            : 'Your mentor profile is not public right now, so this conversation is read-only.'}
        </Alert>
      )}
      {olderHref ? (
        <p className="mb-4 text-center text-sm">
          <Link href={olderHref} className="underline">
            Show earlier messages
          </Link>
        </p>
      ) : null}
      {cursor ? (
        <p className="mb-4 text-center text-sm">
          <Link href={path} className="underline">
            Back to the latest messages
          </Link>
        </p>
      ) : null}
      <ConversationPanel
        key={cursor ?? 'latest'}
        conversationId={c.id}
        initialMessages={[...page.data.items].reverse()}
        zone={zone}
        otherName={other.name}
        open={c.open && !cursor}
      />
    </Container>
  );
}
