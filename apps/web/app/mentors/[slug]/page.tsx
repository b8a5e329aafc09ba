import type { TMentorProfile, TOffering } from '@ladder/domain';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { BookingWidget } from '@/components/booking/booking-widget';
import { parseCalLink } from '@/components/booking/calcom-link';
import { Rating } from '@/components/mentors/rating';
import { ReportProfile } from '@/components/mentors/report-profile';
import { ReportReview } from '@/components/mentors/report-review';
import { MessageMentor } from '@/components/messages/message-mentor';
import { ReviewList } from '@/components/sessions/review-list';
import { Avatar } from '@/components/ui/avatar';
import { Badge, TagList } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Container } from '@/components/ui/container';
import { ErrorState } from '@/components/ui/error-state';
import type { TMe } from '@/lib/api/auth';
import { settle } from '@/lib/api/client';
import { getMentor } from '@/lib/api/mentors';
import { sessionHeaders } from '@/lib/api/server-session';
import { listMentorReviews } from '@/lib/api/sessions';
import { signInHref } from '@/lib/auth/redirects';
import { describeTimeZone, truncate } from '@/lib/format';
import { mentorJsonLd, serializeJsonLd } from '@/lib/json-ld';
import { currentUserOrNull } from '@/lib/session';
import { absoluteUrl } from '@/lib/site';

export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** One API call per request, shared by generateMetadata and the page. */
const loadMentor = cache((slug: string) => settle(getMentor(slug)));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const result = await loadMentor(slug);
  if (!result.ok) {
    return { title: result.error.isNotFound ? 'Mentor not found' : 'Mentor' };
  }
  const mentor = result.data;
  const title = `${mentor.name} — ${mentor.headline}`;
  const description = truncate(`${mentor.headline}. ${mentor.bio}`, 160);
  const path = `/mentors/${encodeURIComponent(mentor.slug)}`;
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: {
      type: 'profile',
      title: `${mentor.name} on Ladder`,
      description,
      url: path,
      ...(mentor.photoUrl ? { images: [{ url: mentor.photoUrl, alt: mentor.name }] } : {}),
    },
  };
}

export default async function MentorProfilePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { offering: selectedRaw, start: startRaw } = await searchParams;
  const selectedOfferingId = typeof selectedRaw === 'string' ? selectedRaw : undefined;
  const selectedStart = typeof startRaw === 'string' ? startRaw : undefined;

  const [result, viewer, reviews] = await Promise.all([
    loadMentor(slug),
    currentUserOrNull(),
    settle(
      sessionHeaders().then((headers) =>
        listMentorReviews(slug, { limit: 10 }, { cache: 'no-store', headers }),
      ),
    ),
  ]);
  if (!result.ok) {
    if (result.error.isNotFound) notFound();
    return (
      <Container className="py-section">
        <ErrorState
          title="We couldn’t load this mentor right now"
          action={
            <>
              <Button asChild variant="secondary">
                <Link href={`/mentors/${encodeURIComponent(slug)}`}>Try again</Link>
              </Button>
              <Button asChild variant="ghost">
                <Link href="/mentors">Browse other mentors</Link>
              </Button>
            </>
          }
          reference={result.error.requestId}
        />
      </Container>
    );
  }

  const mentor = result.data;
  const pageUrl = absoluteUrl(`/mentors/${encodeURIComponent(mentor.slug)}`);
  const offerings = (mentor.offerings ?? []).filter((o) => o.active !== false);

  return (
    <>
      <script
        type="application/ld+json"
        // serializeJsonLd escapes "<", so profile text cannot break out of the script element.
        // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON-LD must be inlined verbatim
        dangerouslySetInnerHTML={{ __html: serializeJsonLd(mentorJsonLd(mentor, pageUrl)) }}
      />

      <div className="border-b border-ink-200 bg-gradient-to-b from-brand-50 to-ink-0">
        <Container className="py-8 sm:py-12">
          <nav aria-label="Breadcrumb" className="mb-6 text-sm">
            <ol className="flex items-center gap-2 text-ink-500">
              <li>
                <Link href="/mentors" className="hover:text-brand-700">
                  Mentors
                </Link>
              </li>
              <li aria-hidden="true">/</li>
              <li aria-current="page" className="truncate text-ink-800">
                {mentor.name}
              </li>
            </ol>
          </nav>
          <MentorHeader mentor={mentor} />
        </Container>
      </div>

      <Container className="flex flex-col gap-12 py-10">
        <BookingSection
          mentor={mentor}
          offerings={offerings}
          viewer={viewer}
          selectedOfferingId={selectedOfferingId}
          selectedStart={selectedStart}
        />

        <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
          <section aria-labelledby="about-heading" className="min-w-0">
            <h2 id="about-heading" className="text-xl font-semibold text-ink-950">
              About {firstName(mentor.name)}
            </h2>
            {mentor.bioHtml ? (
              <div
                className="prose-ladder mt-4 text-base"
                // bioHtml is sanitised by the API; it is the only HTML this page renders.
                // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised server-side
                dangerouslySetInnerHTML={{ __html: mentor.bioHtml }}
              />
            ) : (
              <p className="mt-4 whitespace-pre-line text-ink-800">{mentor.bio}</p>
            )}
          </section>

          <section aria-labelledby="expertise-heading">
            <h2 id="expertise-heading" className="text-xl font-semibold text-ink-950">
              Can help you with
            </h2>
            <TagList
              tags={mentor.expertise}
              label={`${mentor.name}’s expertise`}
              tone="brand"
              className="mt-4 [&_span]:px-3 [&_span]:py-1 [&_span]:text-sm"
            />
          </section>
        </div>

        <section aria-labelledby="reviews-heading">
          <h2 id="reviews-heading" className="text-xl font-semibold text-ink-950">
            Reviews
          </h2>
          <div className="mt-4">
            {reviews.ok || reviews.error.isNotFound ? (
              // A profile only its owner or an admin can see has no public reviews.
              <ReviewList
                reviews={reviews.ok ? reviews.data.items : []}
                // Anyone may report a review but their own; signed-out readers are asked to sign in.
                report={(review) => (
                  <ReportReview
                    review={review}
                    signInHref={
                      viewer
                        ? null
                        : signInHref(`/mentors/${encodeURIComponent(mentor.slug)}#reviews-heading`)
                    }
                  />
                )}
              />
            ) : (
              <p className="text-sm text-ink-500">Reviews are not available right now.</p>
            )}
          </div>
        </section>

        {viewer?.id === mentor.userId ? null : (
          <ReportProfile
            mentorId={mentor.id}
            signInHref={viewer ? null : signInHref(`/mentors/${encodeURIComponent(mentor.slug)}`)}
          />
        )}
      </Container>
    </>
  );
}

function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

function MentorHeader({ mentor }: { mentor: TMentorProfile }) {
  const facts: { label: string; value: string }[] = [
    { label: 'Time zone', value: describeTimeZone(mentor.timezone) },
    { label: 'Speaks', value: mentor.languages.join(', ') || '—' },
  ];
  if (mentor.yearsExperience !== null && mentor.yearsExperience !== undefined) {
    facts.push({ label: 'Experience', value: `${mentor.yearsExperience} years in the industry` });
  }
  return (
    <div className="flex flex-col gap-6 sm:flex-row sm:items-start">
      <Avatar name={mentor.name} src={mentor.photoUrl} size="xl" className="shadow-card" />
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <h1 className="text-3xl font-bold tracking-tight text-ink-950 sm:text-4xl">{mentor.name}</h1>
          {mentor.status !== 'approved' ? (
            <Badge tone="warning">{mentor.status === 'pending' ? 'Awaiting approval' : mentor.status}</Badge>
          ) : null}
        </div>
        <p className="mt-2 text-lg text-ink-700">{mentor.headline}</p>
        <div className="mt-3 flex flex-wrap items-center gap-4">
          <Rating rating={mentor.rating} />
          <Button asChild size="sm" className="lg:hidden">
            <a href="#book">See sessions and book</a>
          </Button>
        </div>
        <dl className="mt-6 grid gap-x-8 gap-y-3 text-sm sm:grid-cols-2 lg:grid-cols-3">
          {facts.map((fact) => (
            <div key={fact.label}>
              <dt className="font-medium text-ink-500">{fact.label}</dt>
              <dd className="mt-0.5 text-ink-900">{fact.value}</dd>
            </div>
          ))}
        </dl>
      </div>
    </div>
  );
}

function BookingSection({
  mentor,
  offerings,
  viewer,
  selectedOfferingId,
  selectedStart,
}: {
  mentor: TMentorProfile;
  offerings: TOffering[];
  viewer: TMe | null;
  selectedOfferingId: string | undefined;
  selectedStart: string | undefined;
}) {
  return (
    <section id="book" aria-labelledby="book-heading" className="scroll-mt-20">
      <Card className="p-5 sm:p-6">
        <h2 id="book-heading" className="text-xl font-semibold text-ink-950">
          Book a session with {firstName(mentor.name)}
        </h2>
        <p className="mt-1 mb-6 text-sm text-ink-600">
          Pick a session type and a time that suits you. Times are shown in your own time zone.
        </p>
        <BookingWidget
          mentor={{
            slug: mentor.slug,
            name: mentor.name,
            firstName: firstName(mentor.name),
            timezone: mentor.timezone,
            userId: mentor.userId,
          }}
          offerings={offerings.map((o) => ({
            id: o.id,
            title: o.title,
            description: o.description,
            durationMinutes: o.durationMinutes,
            priceAmount: o.priceAmount,
            currency: o.currency,
          }))}
          viewer={viewer ? { id: viewer.id, name: viewer.name, email: viewer.email } : null}
          initialOfferingId={selectedOfferingId}
          initialStart={selectedStart}
          calTarget={parseCalLink(mentor.calcomLink)}
        />
      </Card>
      {viewer?.id === mentor.userId ? null : (
        <div className="mt-4">
          <MessageMentor
            mentorId={mentor.id}
            mentorFirstName={firstName(mentor.name)}
            signInHref={viewer ? null : signInHref(`/mentors/${encodeURIComponent(mentor.slug)}#book`)}
          />
        </div>
      )}
    </section>
  );
}
