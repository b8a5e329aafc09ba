import type { Metadata } from 'next';
import Link from 'next/link';
import { DevOnlyNotice } from '@/components/dev-mailbox/dev-only-notice';
import { Mailbox } from '@/components/dev-mailbox/mailbox';
import { Button } from '@/components/ui/button';
import { Container, PageHeader } from '@/components/ui/container';
import { ErrorState } from '@/components/ui/error-state';
import { GetForm } from '@/components/ui/get-form';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { settle } from '@/lib/api/client';
import { listDevMail } from '@/lib/api/dev-mailbox';

export const metadata: Metadata = { title: 'Dev mailbox' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DevMailboxPage({ searchParams }: Props) {
  const { to: rawTo } = await searchParams;
  const to = typeof rawTo === 'string' ? rawTo.trim() : '';
  const result = await settle(listDevMail({ to: to || undefined }));
  const renderedAt = Date.now();

  return (
    <Container>
      <PageHeader
        eyebrow="Development"
        title="Dev mailbox"
        description="Every email the API sends in development lands here instead of a real inbox."
      />
      {!result.ok && result.error.isNotFound ? (
        <DevOnlyNotice />
      ) : !result.ok ? (
        <ErrorState
          title="We couldn’t load the mailbox"
          description="The API didn’t answer. Is it running?"
          reference={result.error.requestId}
          action={
            <Button asChild variant="secondary">
              <Link href={to ? `/dev/mailbox?${new URLSearchParams({ to })}` : '/dev/mailbox'}>
                Try again
              </Link>
            </Button>
          }
        />
      ) : (
        <>
          <search aria-label="Filter messages" className="mb-8 block max-w-xl">
            <GetForm action="/dev/mailbox" className="flex flex-col gap-2">
              <Label htmlFor="mailbox-to">Recipient</Label>
              <div className="flex gap-2">
                <Input
                  id="mailbox-to"
                  name="to"
                  type="search"
                  defaultValue={to}
                  placeholder="Exact address, e.g. ada@example.com"
                  autoComplete="off"
                  spellCheck={false}
                />
                <Button type="submit" variant="secondary">
                  Filter
                </Button>
                {to ? (
                  <Button asChild variant="ghost">
                    <Link href="/dev/mailbox">Clear</Link>
                  </Button>
                ) : null}
              </div>
            </GetForm>
          </search>
          {/* Keyed by the filter, so a new filter starts from the server's fresh list. */}
          <Mailbox key={to} to={to} initialItems={result.data.items} renderedAt={renderedAt} />
        </>
      )}
    </Container>
  );
}
