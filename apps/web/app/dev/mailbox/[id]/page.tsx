import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { DevOnlyNotice } from '@/components/dev-mailbox/dev-only-notice';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardHeader } from '@/components/ui/card';
import { Container } from '@/components/ui/container';
import { ErrorState } from '@/components/ui/error-state';
import { settle } from '@/lib/api/client';
import { getDevMail, listDevMail, type TDevMail } from '@/lib/api/dev-mailbox';
import { formatBytes, linkify } from '@/lib/format';

type Props = { params: Promise<{ id: string }> };

/** One API call per request, shared by the metadata and the page. */
const loadMail = cache((id: string) => settle(getDevMail(id)));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const result = await loadMail(id);
  return { title: result.ok ? `${result.data.subject || '(no subject)'} · Dev mailbox` : 'Dev mailbox' };
}

export default async function DevMailPage({ params }: Props) {
  const { id } = await params;
  const result = await loadMail(id);

  if (!result.ok) {
    // 404 means "no such message" in development but "no mailbox at all" in production; the list
    // tells the two apart. A malformed id (400) is simply not a message.
    if (result.error.isNotFound) {
      const list = await settle(listDevMail({ limit: 1 }));
      if (!list.ok && list.error.isNotFound) {
        return (
          <Container className="py-section">
            <DevOnlyNotice />
          </Container>
        );
      }
    }
    if (result.error.isNotFound || result.error.status === 400) notFound();
    return (
      <Container className="py-section">
        <ErrorState
          title="We couldn’t load this message"
          description="The API didn’t answer. Is it running?"
          reference={result.error.requestId}
          action={
            <Button asChild variant="secondary">
              <Link href={`/dev/mailbox/${encodeURIComponent(id)}`}>Try again</Link>
            </Button>
          }
        />
      </Container>
    );
  }

  return <Message mail={result.data} />;
}

function Message({ mail }: { mail: TDevMail }) {
  const sentAt = new Date(mail.createdAt);
  return (
    <Container className="pt-8">
      <Link href="/dev/mailbox" className="text-sm font-medium text-brand-700 hover:underline">
        ← All messages
      </Link>
      <h1 className="mt-4 text-2xl font-bold tracking-tight break-words text-ink-950 sm:text-3xl">
        {mail.subject || '(no subject)'}
      </h1>

      <dl className="mt-6 grid gap-x-6 gap-y-2 rounded-card border border-ink-200 bg-ink-0 p-5 text-sm sm:grid-cols-[6rem_1fr]">
        <dt className="text-ink-500">From</dt>
        <dd className="break-all text-ink-900">{mail.from}</dd>
        <dt className="text-ink-500">To</dt>
        <dd className="break-all text-ink-900">{mail.to}</dd>
        <dt className="text-ink-500">Subject</dt>
        <dd className="break-words text-ink-900">{mail.subject}</dd>
        <dt className="text-ink-500">Date</dt>
        <dd className="text-ink-900">
          <time dateTime={mail.createdAt}>{sentAt.toUTCString()}</time>
        </dd>
        <dt className="text-ink-500">Id</dt>
        <dd className="font-mono text-xs break-all text-ink-700">{mail.id}</dd>
      </dl>

      <div className="mt-8 grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <h2 className="text-lg font-semibold tracking-tight text-ink-950">HTML part</h2>
          </CardHeader>
          <CardContent>
            {mail.html ? (
              // sandbox="" : no scripts, no forms, no same-origin access, no top-level navigation.
              <iframe
                sandbox=""
                srcDoc={mail.html}
                title={`HTML part of “${mail.subject}”`}
                referrerPolicy="no-referrer"
                className="h-[36rem] w-full rounded-lg border border-ink-200 bg-white"
              />
            ) : (
              <p className="text-sm text-ink-500">This message has no HTML part.</p>
            )}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <h2 className="text-lg font-semibold tracking-tight text-ink-950">Text part</h2>
          </CardHeader>
          <CardContent>
            {mail.text ? (
              <pre className="max-h-[36rem] overflow-auto rounded-lg bg-ink-50 p-4 font-mono text-sm leading-6 whitespace-pre-wrap wrap-anywhere text-ink-800">
                {linkify(mail.text).map((segment) =>
                  segment.kind === 'link' ? (
                    <a key={segment.start} href={segment.href} className="text-brand-700 underline">
                      {segment.text}
                    </a>
                  ) : (
                    <span key={segment.start}>{segment.text}</span>
                  ),
                )}
              </pre>
            ) : (
              <p className="text-sm text-ink-500">This message has no text part.</p>
            )}
          </CardContent>
        </Card>
      </div>

      <section aria-labelledby="attachments-heading" className="mt-8">
        <h2 id="attachments-heading" className="text-lg font-semibold text-ink-950">
          Attachments
        </h2>
        {mail.attachments.length === 0 ? (
          <p className="mt-2 text-sm text-ink-500">No attachments.</p>
        ) : (
          <ul className="mt-3 divide-y divide-ink-100 rounded-card border border-ink-200 bg-ink-0">
            {mail.attachments.map((file, index) => (
              <li
                // Attachments never reorder, and two may share a file name.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                key={index}
                className="flex flex-wrap items-baseline justify-between gap-2 px-5 py-3 text-sm"
              >
                <span className="font-medium break-all text-ink-900">{file.filename}</span>
                <span className="text-ink-500">
                  {file.contentType} · {formatBytes(file.size)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </Container>
  );
}
