'use client';

import { type TMentorApplication, ZRejectMentorSchema } from '@ladder/domain';
import Link from 'next/link';
import { useState } from 'react';
import { Avatar } from '@/components/ui/avatar';
import { Badge, TagList } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Spinner } from '@/components/ui/spinner';
import { approveApplication, loadMoreApplications, rejectApplication } from '@/lib/actions/admin';
import { adminProblemText } from '@/lib/admin/problem-text';
import { describeTimeZone, formatDate, truncate } from '@/lib/format';
import { UNEXPECTED_MESSAGE } from '@/lib/forms';
import { type TActionProblem } from '@/lib/mentor/action-result';
import { markdownToPlainText, safeHref } from '@/lib/mentor/markdown-preview';
import { LiveNotice, type TNotice } from './live-notice';
import { ReasonDialog } from './reason-dialog';

export type TQueueStatus = 'pending' | 'approved' | 'rejected';

const EMPTY: Record<TQueueStatus, { title: string; description: string }> = {
  pending: {
    title: 'No pending applications',
    description: 'You’re all caught up. New applications appear here, oldest first.',
  },
  approved: { title: 'No approved mentors yet', description: 'Approved applications appear here.' },
  rejected: {
    title: 'No rejected applications',
    description: 'Rejected applications and their reasons appear here.',
  },
};

const problemText = (problem: TActionProblem) =>
  adminProblemText(problem, { gone: 'This application no longer exists.' });

/**
 * One tab of the admin queue. Approving or rejecting removes the card at once (optimistically);
 * should the API refuse, the card goes back where it was and the reason is shown. "Load more"
 * follows the API's cursor.
 */
export function ApplicationsQueue({
  status,
  initial,
  initialCursor,
}: {
  status: TQueueStatus;
  initial: TMentorApplication[];
  initialCursor: string | null;
}) {
  const [items, setItems] = useState(initial);
  const [cursor, setCursor] = useState(initialCursor);
  const [loadingMore, setLoadingMore] = useState(false);
  const [notice, setNotice] = useState<TNotice | null>(null);
  const [rejecting, setRejecting] = useState<TMentorApplication | null>(null);

  /** Takes the card out now; returns how to put it back. */
  function removeOptimistically(item: TMentorApplication): () => void {
    const index = items.findIndex((i) => i.id === item.id);
    setItems((list) => list.filter((i) => i.id !== item.id));
    return () =>
      setItems((list) => {
        if (list.some((i) => i.id === item.id)) return list;
        const at = Math.min(Math.max(index, 0), list.length);
        return [...list.slice(0, at), item, ...list.slice(at)];
      });
  }

  async function approve(item: TMentorApplication) {
    const rollback = removeOptimistically(item);
    setNotice(null);
    try {
      const result = await approveApplication(item.id);
      if (!result.ok) {
        rollback();
        setNotice({ tone: 'danger', text: `Couldn’t approve ${item.name}: ${problemText(result.problem)}` });
        return;
      }
      setNotice({
        tone: 'success',
        text: `Approved ${item.name}. They’ve been emailed and their profile is public.`,
        href: `/mentors/${encodeURIComponent(result.data.slug)}`,
        linkLabel: 'View profile',
      });
    } catch {
      rollback();
      setNotice({ tone: 'danger', text: `Couldn’t approve ${item.name}: ${UNEXPECTED_MESSAGE}` });
    }
  }

  async function reject(item: TMentorApplication, reason: string) {
    setRejecting(null);
    const rollback = removeOptimistically(item);
    setNotice(null);
    try {
      const result = await rejectApplication(item.id, { reason });
      if (!result.ok) {
        rollback();
        setNotice({ tone: 'danger', text: `Couldn’t reject ${item.name}: ${problemText(result.problem)}` });
        return;
      }
      setNotice({ tone: 'success', text: `Rejected ${item.name}. They’ve been emailed your reason.` });
    } catch {
      rollback();
      setNotice({ tone: 'danger', text: `Couldn’t reject ${item.name}: ${UNEXPECTED_MESSAGE}` });
    }
  }

  async function loadMore() {
    if (!cursor || loadingMore) return;
    setLoadingMore(true);
    try {
      const result = await loadMoreApplications(status, cursor);
      if (!result.ok) {
        setNotice({ tone: 'danger', text: `Couldn’t load more: ${problemText(result.problem)}` });
        return;
      }
      setItems((list) => {
        const seen = new Set(list.map((i) => i.id));
        return [...list, ...result.data.items.filter((i) => !seen.has(i.id))];
      });
      setCursor(result.data.nextCursor);
    } catch {
      setNotice({ tone: 'danger', text: `Couldn’t load more: ${UNEXPECTED_MESSAGE}` });
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <div className="flex flex-col gap-5">
      <LiveNotice notice={notice} />

      {items.length === 0 && !cursor ? (
        <EmptyState
          title={EMPTY[status].title}
          description={EMPTY[status].description}
          icon={
            <svg
              aria-hidden="true"
              viewBox="0 0 24 24"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.75"
              className="size-6"
            >
              <path
                d="m8.5 12.5 2.5 2.5 5-5.5M22 12a10 10 0 1 1-20 0 10 10 0 0 1 20 0Z"
                strokeLinecap="round"
                strokeLinejoin="round"
              />
            </svg>
          }
        />
      ) : (
        <ul className="flex flex-col gap-4">
          {items.map((item) => (
            <li key={item.id}>
              <ApplicationCard
                item={item}
                status={status}
                onApprove={() => approve(item)}
                onReject={() => setRejecting(item)}
              />
            </li>
          ))}
        </ul>
      )}

      {cursor ? (
        <div className="flex justify-center">
          <Button
            variant="secondary"
            onClick={loadMore}
            disabled={loadingMore}
            aria-busy={loadingMore || undefined}
          >
            {loadingMore ? (
              <>
                <Spinner />
                Loading…
              </>
            ) : (
              'Load more'
            )}
          </Button>
        </div>
      ) : null}

      <RejectDialog item={rejecting} onClose={() => setRejecting(null)} onReject={reject} />
    </div>
  );
}

function ApplicationCard({
  item,
  status,
  onApprove,
  onReject,
}: {
  item: TMentorApplication;
  status: TQueueStatus;
  onApprove: () => void;
  onReject: () => void;
}) {
  const bio = markdownToPlainText(item.bio);
  const long = bio.length > 480;
  const excerpt = long ? truncate(bio, 420) : bio;
  const links = [
    { label: 'Meeting link', href: item.meetingUrl },
    { label: 'Cal.com', href: item.calcomLink },
    { label: 'Photo', href: item.photoUrl },
  ].flatMap((l) => {
    const href = l.href ? safeHref(l.href) : null;
    return href ? [{ label: l.label, href }] : [];
  });
  const headingId = `application-${item.id}`;

  return (
    <Card className="p-5 sm:p-6" aria-labelledby={headingId} role="article">
      <div className="flex flex-col gap-4 sm:flex-row sm:items-start">
        <Avatar name={item.name} src={item.photoUrl} size="md" />
        <div className="min-w-0 flex-1">
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <h2 id={headingId} className="text-lg font-semibold text-ink-950">
              {item.name}
            </h2>
            {status === 'rejected' ? <Badge tone="danger">Rejected</Badge> : null}
            {status === 'approved' ? <Badge tone="success">Approved</Badge> : null}
          </div>
          <p className="text-sm text-ink-600">
            <a href={`mailto:${item.email}`} className="break-all hover:text-brand-700 hover:underline">
              {item.email}
            </a>{' '}
            · Applied {formatDate(item.createdAt)}
          </p>
          <p className="mt-3 font-medium text-ink-900">{item.headline}</p>

          <dl className="mt-4 grid grid-cols-1 gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
            <div className="sm:col-span-2">
              <dt className="sr-only">Expertise</dt>
              <dd>
                <TagList tags={item.expertise} label={`${item.name}’s expertise`} tone="brand" />
              </dd>
            </div>
            <div>
              <dt className="text-ink-500">Languages</dt>
              <dd className="text-ink-900">{item.languages.join(', ')}</dd>
            </div>
            <div>
              <dt className="text-ink-500">Time zone</dt>
              <dd className="text-ink-900">
                {describeTimeZone(item.timezone)}{' '}
                <span className="text-xs text-ink-500">{item.timezone}</span>
              </dd>
            </div>
            {item.yearsExperience !== null && item.yearsExperience !== undefined ? (
              <div>
                <dt className="text-ink-500">Experience</dt>
                <dd className="text-ink-900">{item.yearsExperience} years</dd>
              </div>
            ) : null}
            {links.length > 0 ? (
              <div>
                <dt className="text-ink-500">Links</dt>
                <dd className="flex flex-wrap gap-x-3 text-ink-900">
                  {links.map((l) => (
                    <a
                      key={l.label}
                      href={l.href}
                      target="_blank"
                      rel="noopener noreferrer nofollow"
                      className="text-brand-700 underline underline-offset-2"
                    >
                      {l.label}
                    </a>
                  ))}
                </dd>
              </div>
            ) : null}
          </dl>

          <div className="mt-4 rounded-lg bg-ink-50 p-4 text-sm text-ink-800">
            {long ? (
              <details>
                <summary className="cursor-pointer list-none">
                  <span className="whitespace-pre-line">{excerpt}</span>{' '}
                  <span className="font-medium text-brand-700 underline">Read the full bio</span>
                </summary>
                <p className="mt-3 border-t border-ink-200 pt-3 whitespace-pre-line">{bio}</p>
              </details>
            ) : (
              <p className="whitespace-pre-line">{bio}</p>
            )}
          </div>

          {status === 'rejected' && item.rejectionReason ? (
            <p className="mt-3 text-sm text-ink-700">
              <span className="font-medium text-ink-900">Reason given:</span> {item.rejectionReason}
            </p>
          ) : null}

          <div className="mt-5 flex flex-wrap gap-3">
            {status !== 'approved' ? (
              <Button onClick={onApprove}>
                Approve<span className="sr-only"> {item.name}</span>
              </Button>
            ) : (
              <Button asChild variant="secondary">
                <Link href={`/mentors/${encodeURIComponent(item.slug)}`}>View profile</Link>
              </Button>
            )}
            {status === 'pending' ? (
              <Button variant="secondary" onClick={onReject}>
                Reject…<span className="sr-only"> {item.name}</span>
              </Button>
            ) : null}
          </div>
        </div>
      </div>
    </Card>
  );
}

function RejectDialog({
  item,
  onClose,
  onReject,
}: {
  item: TMentorApplication | null;
  onClose: () => void;
  onReject: (item: TMentorApplication, reason: string) => void;
}) {
  return (
    <ReasonDialog
      target={item}
      title={(a) => `Reject ${a.name}’s application?`}
      description="They receive your reason by email and can edit their profile and resubmit. Be specific and kind."
      placeholder="e.g. Please add more detail about your experience with the topics you list, and a link to your work."
      maxLength={1000}
      rows={5}
      hint={(n) => `${n}/1000 characters · at least 3`}
      problemWith={(reason) =>
        ZRejectMentorSchema.safeParse({ reason }).success
          ? null
          : reason.trim() === ''
            ? 'Write a reason — the applicant receives it by email.'
            : reason.trim().length < 3
              ? 'Write at least a few words.'
              : 'Keep the reason under 1,000 characters.'
      }
      submitLabel="Reject application"
      onClose={onClose}
      onSubmit={onReject}
    />
  );
}
