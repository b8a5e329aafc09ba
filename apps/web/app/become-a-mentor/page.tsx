import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { MentorProfileForm } from '@/components/mentor/mentor-profile-form';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Container } from '@/components/ui/container';
import { ErrorState } from '@/components/ui/error-state';
import { signInHref, signUpHref } from '@/lib/auth/redirects';
import { loadMyMentorProfile } from '@/lib/mentor/session';
import { currentUserOrNull } from '@/lib/session';

export const metadata: Metadata = {
  title: 'Become a mentor',
  description:
    'Mentor software engineers on Ladder: set your own prices and hours, get booked in your time zone, and get paid. Apply in a few minutes.',
  alternates: { canonical: '/become-a-mentor' },
};

// Reads the session: rendered per request.
export const dynamic = 'force-dynamic';

const REASONS = [
  {
    title: 'Your prices, your hours',
    body: 'Offer a free intro call, a 45-minute deep dive or a mock interview. Set weekly hours and days off; mentees only ever see free slots.',
  },
  {
    title: 'No scheduling back-and-forth',
    body: 'Mentees book in their own time zone, pay up front and get the meeting link. Buffers and minimum notice keep your calendar sane.',
  },
  {
    title: 'Sessions that stick',
    body: 'Shared and private notes after every call and a 90-day plan you build together, so each session builds on the last.',
  },
] as const;

const STEPS = [
  { title: 'Apply', body: 'Tell us what you are great at — it takes about five minutes.' },
  {
    title: 'We review',
    body: 'A person on our team reads every application, usually within 2 business days. You get an email either way.',
  },
  { title: 'Set up', body: 'Meanwhile, add your session types and weekly availability.' },
  { title: 'Go live', body: 'Once approved, your profile appears in search and mentees can book you.' },
] as const;

export default async function BecomeAMentorPage() {
  const user = await currentUserOrNull();
  let loadFailed = false;
  if (user) {
    const mine = await loadMyMentorProfile();
    if (mine.ok && mine.data) redirect('/dashboard/mentor');
    loadFailed = !mine.ok;
  }

  return (
    <>
      <section className="border-b border-ink-200 bg-gradient-to-b from-brand-50 to-ink-0">
        <Container className="py-12 sm:py-16">
          <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">For mentors</p>
          <h1 className="mt-3 max-w-3xl text-display font-bold text-ink-950">
            Help engineers take their next step
          </h1>
          <p className="mt-5 max-w-2xl text-lg text-ink-700">
            You have already made the move someone else is working on. Share it one session at a time, on your
            schedule and at your price.
          </p>
          <ul className="mt-10 grid grid-cols-1 gap-5 md:grid-cols-3">
            {REASONS.map((reason) => (
              <li key={reason.title} className="rounded-card border border-ink-200 bg-ink-0 p-5 shadow-card">
                <h2 className="font-semibold text-ink-950">{reason.title}</h2>
                <p className="mt-1 text-sm text-ink-600">{reason.body}</p>
              </li>
            ))}
          </ul>
        </Container>
      </section>

      <Container className="grid grid-cols-1 gap-10 py-12 lg:grid-cols-[18rem_1fr] lg:items-start">
        <section aria-labelledby="approval-heading" className="lg:sticky lg:top-24">
          <h2 id="approval-heading" className="text-lg font-semibold text-ink-950">
            How approval works
          </h2>
          <ol className="mt-4 flex flex-col gap-4">
            {STEPS.map((step, index) => (
              <li key={step.title} className="flex gap-3">
                <span
                  aria-hidden="true"
                  className="flex size-7 shrink-0 items-center justify-center rounded-pill bg-brand-600 text-xs font-bold text-white"
                >
                  {index + 1}
                </span>
                <div>
                  <h3 className="text-sm font-semibold text-ink-950">{step.title}</h3>
                  <p className="mt-0.5 text-sm text-ink-600">{step.body}</p>
                </div>
              </li>
            ))}
          </ol>
        </section>

        <section aria-labelledby="apply-heading">
          <Card className="p-5 sm:p-8">
            <h2 id="apply-heading" className="text-2xl font-bold tracking-tight text-ink-950">
              Apply to mentor
            </h2>
            {!user ? (
              <div className="mt-4">
                <p className="text-ink-700">
                  Applications are tied to your Ladder account, so your bookings, notes and payouts stay in
                  one place.
                </p>
                <div className="mt-6 flex flex-wrap gap-3">
                  <Button asChild size="lg">
                    <Link href={signInHref('/become-a-mentor')}>Sign in to apply</Link>
                  </Button>
                  <Button asChild size="lg" variant="secondary">
                    <Link href={signUpHref('/become-a-mentor')}>Create an account</Link>
                  </Button>
                </div>
              </div>
            ) : loadFailed ? (
              <ErrorState
                className="mt-6"
                title="We couldn’t check your account right now"
                action={
                  <Button asChild variant="secondary">
                    <Link href="/become-a-mentor">Try again</Link>
                  </Button>
                }
              />
            ) : (
              <>
                <p className="mt-2 text-sm text-ink-600">
                  Applying as <span className="font-medium text-ink-900">{user.name}</span> ({user.email}).
                  Your name comes from your account.
                </p>
                <div className="mt-6">
                  <MentorProfileForm mode="create" name={user.name} />
                </div>
              </>
            )}
          </Card>
        </section>
      </Container>
    </>
  );
}
