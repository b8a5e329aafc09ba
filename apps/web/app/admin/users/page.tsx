import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { UsersTable } from '@/components/admin/users-table';
import { Button } from '@/components/ui/button';
import { Container, PageHeader } from '@/components/ui/container';
import { ErrorState } from '@/components/ui/error-state';
import { GetForm } from '@/components/ui/get-form';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { listUsers } from '@/lib/api/admin';
import { settle } from '@/lib/api/client';
import { sessionHeaders } from '@/lib/api/server-session';
import { requireUser } from '@/lib/session';

export const metadata: Metadata = { title: 'Users', robots: { index: false, follow: false } };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (v: string | string[] | undefined): string => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));

export default async function AdminUsersPage({ searchParams }: Props) {
  const user = await requireUser('/admin/users');
  // Admin pages do not exist for anyone else (the API's rule: what you may not see is a 404).
  if (!user.roles.includes('admin')) notFound();
  const params = await searchParams;
  const q = first(params.q).trim().slice(0, 200);
  const cursor = first(params.cursor) || null;
  const page = await settle(listUsers({ q, cursor }, { headers: await sessionHeaders() }));
  if (!page.ok && page.error.status === 403) notFound();
  const here = q ? `/admin/users?q=${encodeURIComponent(q)}` : '/admin/users';

  return (
    <Container>
      <PageHeader
        className="pt-6 sm:pt-8"
        title="Users"
        description="Find an account by email or name. Suspending signs the person out everywhere, hides their mentor profile and cancels their upcoming sessions with refunds; they are emailed your reason."
      />
      <GetForm
        action="/admin/users"
        role="search"
        className="mb-6 flex flex-col gap-2 sm:flex-row sm:items-end"
      >
        <div className="flex flex-1 flex-col gap-1.5">
          <Label htmlFor="users-q">Email or name</Label>
          <Input id="users-q" name="q" type="search" defaultValue={q} maxLength={200} autoComplete="off" />
        </div>
        <Button type="submit" variant="secondary">
          Search
        </Button>
      </GetForm>
      {page.ok ? (
        <>
          <UsersTable items={page.data.items} viewerId={user.id} />
          <nav aria-label="Pages" className="mt-6 flex gap-3">
            {cursor ? (
              <Button asChild variant="ghost">
                <Link href={here}>First page</Link>
              </Button>
            ) : null}
            {page.data.nextCursor ? (
              <Button asChild variant="secondary">
                <Link
                  href={`/admin/users?${new URLSearchParams({ ...(q ? { q } : {}), cursor: page.data.nextCursor })}`}
                >
                  Next page
                </Link>
              </Button>
            ) : null}
          </nav>
        </>
      ) : (
        <ErrorState
          title="We couldn’t load the accounts"
          reference={page.error.requestId}
          action={
            <Button asChild variant="secondary">
              <Link href={here}>Try again</Link>
            </Button>
          }
        />
      )}
    </Container>
  );
}
