'use client';

import { SUSPENSION_REASON_MAX, type TAdminUser, ZSuspendUserSchema } from '@ladder/domain';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { suspendUserAction, unsuspendUserAction } from '@/lib/actions/accounts';
import { adminProblemText } from '@/lib/admin/problem-text';
import { cn } from '@/lib/cn';
import { formatDate } from '@/lib/format';
import { UNEXPECTED_MESSAGE } from '@/lib/forms';
import type { TActionProblem } from '@/lib/mentor/action-result';
import { canSuspend, userStatusBadge } from '@/lib/money-report';
import { LiveNotice, type TNotice } from './live-notice';
import { ReasonDialog } from './reason-dialog';

const PROBLEM_CODES: Record<string, string> = {
  cannot_suspend_self: 'You cannot suspend your own account.',
  cannot_suspend_admin: 'Administrators cannot be suspended. Remove the admin role first.',
};

const problemText = (problem: TActionProblem) =>
  adminProblemText(problem, {
    gone: 'This account no longer exists.',
    tooMany: 'Too many suspensions in a short time. Wait a little and retry.',
    codes: PROBLEM_CODES,
  });

/** A cell: a block in the stacked phone layout, a padded table cell from sm up. */
const CELL = 'block sm:table-cell sm:px-5 sm:py-3';

const ROLE_LABELS: Record<string, string> = { mentee: 'Mentee', mentor: 'Mentor', admin: 'Admin' };

/**
 * Accounts as the admin search found them. Suspending asks for a reason in a dialog (the person
 * receives it by email); lifting a suspension is one click. The page is fetched again after each.
 */
export function UsersTable({ items, viewerId }: { items: TAdminUser[]; viewerId: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<TNotice | null>(null);
  const [suspending, setSuspending] = useState<TAdminUser | null>(null);

  async function run(user: TAdminUser, call: () => ReturnType<typeof unsuspendUserAction>, done: string) {
    setBusy(user.id);
    setNotice(null);
    try {
      const result = await call();
      setNotice(
        result.ok ? { tone: 'success', text: done } : { tone: 'danger', text: problemText(result.problem) },
      );
      router.refresh();
    } catch {
      setNotice({ tone: 'danger', text: UNEXPECTED_MESSAGE });
    } finally {
      setBusy(null);
    }
  }

  async function suspend(user: TAdminUser, reason: string) {
    setSuspending(null);
    setBusy(user.id);
    setNotice(null);
    try {
      const result = await suspendUserAction(user.id, reason);
      setNotice(
        result.ok
          ? {
              tone: 'success',
              text: `${user.name} is suspended and was emailed the reason.${
                result.data.cancelledBookings > 0
                  ? ` ${result.data.cancelledBookings} upcoming ${result.data.cancelledBookings === 1 ? 'session was' : 'sessions were'} cancelled and refunded by the policy.`
                  : ''
              }`,
            }
          : { tone: 'danger', text: problemText(result.problem) },
      );
      router.refresh();
    } catch {
      setNotice({ tone: 'danger', text: UNEXPECTED_MESSAGE });
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="flex flex-col gap-5">
      <LiveNotice notice={notice} />
      {items.length === 0 ? (
        <EmptyState title="No accounts found" description="Try part of an email address or a name." />
      ) : (
        <Card className="p-0">
          {/* A table from sm up; below, each account is a stacked block that fits a phone. */}
          <table className="block w-full text-left text-sm sm:table">
            <caption className="sr-only">Accounts, newest first</caption>
            <thead className="hidden border-b border-ink-200 text-ink-600 sm:table-header-group">
              <tr>
                <th scope="col" className="px-5 py-3 font-medium">
                  Account
                </th>
                <th scope="col" className="px-5 py-3 font-medium">
                  Roles
                </th>
                <th scope="col" className="px-5 py-3 font-medium">
                  Status
                </th>
                <th scope="col" className="px-5 py-3 font-medium">
                  Joined
                </th>
                <th scope="col" className="px-5 py-3 text-right font-medium">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="block sm:table-row-group">
              {items.map((user) => (
                <UserRow
                  key={user.id}
                  user={user}
                  viewerId={viewerId}
                  busy={busy === user.id}
                  disabled={busy !== null}
                  onSuspend={() => setSuspending(user)}
                  onUnsuspend={() =>
                    run(
                      user,
                      () => unsuspendUserAction(user.id),
                      `${user.name} can sign in again; their mentor profile is back as it was.`,
                    )
                  }
                />
              ))}
            </tbody>
          </table>
        </Card>
      )}
      <SuspendDialog user={suspending} onClose={() => setSuspending(null)} onSuspend={suspend} />
    </div>
  );
}

export function UserRow({
  user,
  viewerId,
  busy,
  disabled,
  onSuspend,
  onUnsuspend,
}: {
  user: TAdminUser;
  viewerId: string;
  busy: boolean;
  disabled: boolean;
  onSuspend: () => void;
  onUnsuspend: () => void;
}) {
  const badge = userStatusBadge(user);
  return (
    <tr className="flex flex-col gap-2 border-b border-ink-100 px-4 py-4 align-top last:border-0 sm:table-row sm:p-0">
      <th scope="row" className={cn(CELL, 'font-normal')}>
        <span className="block font-medium text-ink-900">{user.name}</span>
        <span className="block break-all text-ink-600">{user.email}</span>
        {user.mentorProfile ? (
          <span className="block text-ink-600">
            Mentor profile:{' '}
            {user.mentorProfile.status === 'approved' ? (
              <Link href={`/mentors/${user.mentorProfile.slug}`} className="text-brand-700 hover:underline">
                {user.mentorProfile.slug}
              </Link>
            ) : (
              user.mentorProfile.slug
            )}{' '}
            ({user.mentorProfile.status})
          </span>
        ) : null}
      </th>
      <td className={CELL}>
        <ul className="flex flex-wrap gap-1" aria-label="Roles">
          {user.roles.map((role) => (
            <li key={role}>
              <Badge tone={role === 'admin' ? 'brand' : 'neutral'}>{ROLE_LABELS[role] ?? role}</Badge>
            </li>
          ))}
        </ul>
      </td>
      <td className={CELL}>
        <Badge tone={badge.tone}>{badge.label}</Badge>
        {user.suspension ? (
          <p className="mt-1 max-w-xs break-words text-ink-600">
            Since{' '}
            <time dateTime={user.suspension.suspendedAt}>{formatDate(user.suspension.suspendedAt)}</time>:{' '}
            {user.suspension.reason}
          </p>
        ) : null}
      </td>
      <td className={cn(CELL, 'whitespace-nowrap text-ink-600')}>
        <span className="sm:hidden">Joined </span>
        <time dateTime={user.createdAt}>{formatDate(user.createdAt)}</time>
      </td>
      <td className={cn(CELL, 'sm:text-right')}>
        {user.status === 'suspended' ? (
          <Button variant="secondary" size="sm" disabled={disabled} onClick={onUnsuspend}>
            {busy ? 'Saving…' : 'Unsuspend'}
            <span className="sr-only"> {user.name}</span>
          </Button>
        ) : canSuspend(user, viewerId) ? (
          <Button variant="danger" size="sm" disabled={disabled} onClick={onSuspend}>
            {busy ? 'Saving…' : 'Suspend…'}
            <span className="sr-only"> {user.name}</span>
          </Button>
        ) : null}
      </td>
    </tr>
  );
}

function SuspendDialog({
  user,
  onClose,
  onSuspend,
}: {
  user: TAdminUser | null;
  onClose: () => void;
  onSuspend: (user: TAdminUser, reason: string) => void;
}) {
  return (
    <ReasonDialog
      target={user}
      title={(u) => `Suspend ${u.name}?`}
      description="They are signed out everywhere and cannot sign in; their mentor profile is hidden; their upcoming sessions are cancelled and refunded by the policy, and everyone affected is emailed. They receive your reason. You can lift the suspension later; cancelled sessions stay cancelled."
      placeholder="e.g. Repeatedly asked mentees to pay outside Ladder."
      maxLength={SUSPENSION_REASON_MAX}
      hint={(n) => `${n}/${SUSPENSION_REASON_MAX.toLocaleString('en')} characters`}
      problemWith={(reason) =>
        ZSuspendUserSchema.safeParse({ reason }).success
          ? null
          : reason.trim() === ''
            ? 'Write a reason — the person receives it by email.'
            : `Keep the reason under ${SUSPENSION_REASON_MAX.toLocaleString('en')} characters.`
      }
      submitLabel="Suspend account"
      onClose={onClose}
      onSubmit={onSuspend}
    />
  );
}
