import Link from 'next/link';
import { type ReactNode, Suspense } from 'react';
import { ArticleCard, ArticleCardSkeleton } from '@/components/articles/article-card';
import { MentorCard, MentorCardSkeleton, MentorGrid } from '@/components/mentors/mentor-card';
import { NewsletterForm } from '@/components/newsletter/newsletter-form';
import { Button } from '@/components/ui/button';
import { Container } from '@/components/ui/container';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { GetForm } from '@/components/ui/get-form';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { LoadingRegion } from '@/components/ui/skeleton';
import { listArticles } from '@/lib/api/articles';
import { settle } from '@/lib/api/client';
import { listMentors } from '@/lib/api/mentors';

// Mentors and articles change all the time and must never be fetched during `next build`.
export const dynamic = 'force-dynamic';

const POPULAR_TOPICS = ['System design', 'Staff+ promotion', 'Engineering management', 'Distributed systems'];

const STEPS = [
  {
    title: 'Find your mentor',
    body: 'Search by skill, language and price. Read profiles, reviews and the articles mentors write.',
  },
  {
    title: 'Pick a slot in your time zone',
    body: 'Availability is shown in your own local time, so 9 am means your 9 am.',
  },
  {
    title: 'Pay securely',
    body: 'Your slot is held while you pay. Cancel 24 hours ahead for a full refund.',
  },
  {
    title: 'Meet and keep growing',
    body: 'Shared notes after every call and a 90-day learning plan you build together.',
  },
] as const;

export default function HomePage() {
  return (
    <>
      <Hero />

      <section aria-labelledby="how-heading" className="border-y border-ink-200 bg-ink-0 py-section">
        <Container>
          <SectionHeading
            id="how-heading"
            eyebrow="How booking works"
            title="From “I’m stuck” to a plan in one session"
          />
          <ol className="mt-10 grid gap-5 sm:grid-cols-2 lg:grid-cols-4">
            {STEPS.map((step, index) => (
              <li key={step.title} className="relative rounded-card border border-ink-200 bg-ink-25 p-5">
                <span
                  aria-hidden="true"
                  className="flex size-9 items-center justify-center rounded-pill bg-brand-600 text-sm font-bold text-white"
                >
                  {index + 1}
                </span>
                <h3 className="mt-4 font-semibold text-ink-950">{step.title}</h3>
                <p className="mt-1 text-sm text-ink-600">{step.body}</p>
              </li>
            ))}
          </ol>
        </Container>
      </section>

      <section aria-labelledby="mentors-heading" className="py-section">
        <Container>
          <SectionHeading
            id="mentors-heading"
            eyebrow="Featured mentors"
            title="Highly rated by the engineers they’ve helped"
            action={
              <Button asChild variant="secondary">
                <Link href="/mentors">Browse all mentors</Link>
              </Button>
            }
          />
          <div className="mt-10">
            <Suspense fallback={<MentorsFallback />}>
              <FeaturedMentors />
            </Suspense>
          </div>
        </Container>
      </section>

      <section aria-labelledby="articles-heading" className="pb-section">
        <Container>
          <SectionHeading
            id="articles-heading"
            eyebrow="From the mentors"
            title="Latest articles"
            action={
              <Button asChild variant="secondary">
                <Link href="/articles">All articles</Link>
              </Button>
            }
          />
          <div className="mt-10">
            <Suspense fallback={<ArticlesFallback />}>
              <LatestArticles />
            </Suspense>
          </div>
        </Container>
      </section>

      <Container>
        <NewsletterTeaser />
      </Container>
    </>
  );
}

function Hero() {
  return (
    <section
      aria-labelledby="hero-heading"
      className="relative overflow-hidden bg-gradient-to-b from-brand-50 via-ink-25 to-ink-25"
    >
      <div
        aria-hidden="true"
        className="pointer-events-none absolute -top-40 right-[-10rem] size-[32rem] rounded-pill bg-brand-200/40 blur-3xl"
      />
      <Container className="relative grid gap-12 py-section lg:grid-cols-[1.2fr_1fr] lg:items-center">
        <div>
          <p className="inline-flex items-center gap-2 rounded-pill border border-brand-200 bg-ink-0 px-3 py-1 text-sm font-medium text-brand-800">
            <span aria-hidden="true" className="size-2 rounded-pill bg-accent-500" />
            Mentoring for software engineers
          </p>
          <h1 id="hero-heading" className="mt-5 text-display font-bold text-ink-950">
            Grow from Senior to Staff with engineers who’ve done it
          </h1>
          <p className="mt-5 max-w-xl text-lg text-ink-600">
            Book a one-to-one session with a staff or principal engineer. Bring the design review, the
            promotion packet or the team you just inherited — leave with notes and a 90-day plan.
          </p>

          <search aria-label="Find a mentor" className="mt-8 block max-w-xl">
            <GetForm action="/mentors">
              <Label htmlFor="hero-q" className="sr-only">
                What do you want to get better at?
              </Label>
              <div className="flex flex-col gap-3 rounded-xl border border-ink-200 bg-ink-0 p-2 shadow-raised sm:flex-row">
                <Input
                  id="hero-q"
                  name="q"
                  type="search"
                  placeholder="A skill, a topic or a name"
                  className="h-12 border-transparent shadow-none sm:flex-1"
                />
                <Button type="submit" size="lg">
                  Find a mentor
                </Button>
              </div>
            </GetForm>
          </search>

          <div className="mt-5 flex flex-wrap items-center gap-2 text-sm">
            <span className="text-ink-500">Popular:</span>
            <ul className="flex flex-wrap gap-2">
              {POPULAR_TOPICS.map((topic) => (
                <li key={topic}>
                  <Link
                    href={`/mentors?expertise=${encodeURIComponent(topic)}`}
                    className="inline-flex rounded-pill border border-ink-200 bg-ink-0 px-3 py-1 text-ink-700 hover:border-brand-300 hover:text-brand-800"
                  >
                    {topic}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        </div>

        <HeroPanel />
      </Container>
    </section>
  );
}

/** What every session includes; a supporting panel, left out on phones to keep the hero short. */
function HeroPanel() {
  const outcomes = [
    { title: 'Session notes', body: 'Shared with you after every call' },
    { title: '90-day plan', body: 'Goals, milestones and reading, agreed together' },
    { title: 'Your time zone', body: 'Every slot shown in your local time' },
  ];
  return (
    <div className="hidden rounded-2xl border border-ink-200 bg-ink-0 p-6 shadow-raised sm:block">
      <p className="text-sm font-semibold text-ink-500">Every session includes</p>
      <ul className="mt-4 space-y-4">
        {outcomes.map((o) => (
          <li key={o.title} className="flex gap-3">
            <span
              aria-hidden="true"
              className="mt-0.5 flex size-6 shrink-0 items-center justify-center rounded-pill bg-success-100 text-success-700"
            >
              <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-4">
                <path
                  fillRule="evenodd"
                  d="M16.7 5.3a1 1 0 0 1 0 1.4l-8 8a1 1 0 0 1-1.4 0l-4-4a1 1 0 1 1 1.4-1.4L8 12.6l7.3-7.3a1 1 0 0 1 1.4 0Z"
                  clipRule="evenodd"
                />
              </svg>
            </span>
            <span>
              <span className="block font-semibold text-ink-950">{o.title}</span>
              <span className="block text-sm text-ink-600">{o.body}</span>
            </span>
          </li>
        ))}
      </ul>
      <div className="mt-6 rounded-lg bg-brand-50 p-4 text-sm text-brand-900">
        Cancel up to 24 hours before your session for a full refund.
      </div>
    </div>
  );
}

function SectionHeading({
  id,
  eyebrow,
  title,
  action,
}: {
  id: string;
  eyebrow: string;
  title: string;
  action?: ReactNode;
}) {
  return (
    <div className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
      <div>
        <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{eyebrow}</p>
        <h2 id={id} className="mt-2 text-2xl font-bold tracking-tight text-ink-950 sm:text-3xl">
          {title}
        </h2>
      </div>
      {action}
    </div>
  );
}

async function FeaturedMentors() {
  const result = await settle(listMentors({ limit: 6, sort: 'rating' }));
  if (!result.ok) {
    return (
      <ErrorState
        title="We couldn’t load mentors right now"
        action={
          <Button asChild variant="secondary">
            <Link href="/mentors">Try the mentor search</Link>
          </Button>
        }
        reference={result.error.requestId}
      />
    );
  }
  if (result.data.items.length === 0) {
    return (
      <EmptyState
        title="Our first mentors are joining"
        description="Check back soon — or share what you’ve learned and become one of them."
        action={
          <Button asChild>
            <Link href="/become-a-mentor">Become a mentor</Link>
          </Button>
        }
      />
    );
  }
  return (
    <MentorGrid>
      {result.data.items.map((mentor) => (
        <li key={mentor.id}>
          <MentorCard mentor={mentor} />
        </li>
      ))}
    </MentorGrid>
  );
}

function MentorsFallback() {
  return (
    <LoadingRegion label="Loading mentors">
      <MentorGrid>
        {['a', 'b', 'c'].map((k) => (
          <li key={k}>
            <MentorCardSkeleton />
          </li>
        ))}
      </MentorGrid>
    </LoadingRegion>
  );
}

async function LatestArticles() {
  const result = await settle(listArticles({ limit: 3 }));
  if (!result.ok) {
    return <ErrorState title="We couldn’t load articles right now" reference={result.error.requestId} />;
  }
  if (result.data.items.length === 0) {
    return (
      <EmptyState
        title="No articles yet"
        description="Mentors are writing their first pieces. Subscribe below and we’ll send them to you."
      />
    );
  }
  return (
    <ul className="grid gap-5 md:grid-cols-3">
      {result.data.items.map((article) => (
        <li key={article.slug}>
          <ArticleCard article={article} />
        </li>
      ))}
    </ul>
  );
}

function ArticlesFallback() {
  return (
    <LoadingRegion label="Loading articles" className="grid gap-5 md:grid-cols-3">
      <ArticleCardSkeleton />
      <ArticleCardSkeleton />
      <ArticleCardSkeleton />
    </LoadingRegion>
  );
}

function NewsletterTeaser() {
  return (
    <section
      aria-labelledby="newsletter-heading"
      className="relative overflow-hidden rounded-2xl bg-brand-900 px-6 py-10 text-white sm:px-10 sm:py-14"
    >
      <div
        aria-hidden="true"
        className="pointer-events-none absolute -right-20 -bottom-24 size-80 rounded-pill bg-brand-600/40 blur-3xl"
      />
      <div className="relative grid gap-8 lg:grid-cols-2 lg:items-center">
        <div>
          <h2 id="newsletter-heading" className="text-2xl font-bold tracking-tight sm:text-3xl">
            The Staff+ letter
          </h2>
          <p className="mt-3 max-w-md text-brand-100">
            One email a fortnight: the best new articles from Ladder mentors on design reviews, promotions and
            leading without authority. No spam, unsubscribe in one click.
          </p>
        </div>
        <NewsletterForm />
      </div>
    </section>
  );
}
