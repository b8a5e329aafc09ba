import type { TArticle } from '@ladder/domain';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { CalcomDialog } from '@/components/booking/calcom-dialog';
import { parseCalLink, type TCalTarget } from '@/components/booking/calcom-link';
import { TrackView } from '@/components/funnel/track-view';
import { TrackedLink } from '@/components/funnel/tracked-link';
import { ReportDisclosure } from '@/components/mentors/report-disclosure';
import { NewsletterForm } from '@/components/newsletter/newsletter-form';
import { Avatar } from '@/components/ui/avatar';
import { Button } from '@/components/ui/button';
import { Container } from '@/components/ui/container';
import { ErrorState } from '@/components/ui/error-state';
import { getArticle } from '@/lib/api/articles';
import { settle } from '@/lib/api/client';
import { getMentor } from '@/lib/api/mentors';
import { cn } from '@/lib/cn';
import { formatDate } from '@/lib/format';
import { articleJsonLd, serializeJsonLd } from '@/lib/json-ld';
import { currentUserOrNull } from '@/lib/session';
import { absoluteUrl } from '@/lib/site';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }> };

/** One API call per request, shared by generateMetadata and the page. */
const loadArticle = cache((slug: string) => settle(getArticle(slug)));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const result = await loadArticle(slug);
  if (!result.ok) return { title: result.error.isNotFound ? 'Article not found' : 'Article' };
  const article = result.data;
  const path = `/articles/${encodeURIComponent(article.slug)}`;
  return {
    title: article.title,
    description: article.excerpt,
    alternates: { canonical: path },
    openGraph: {
      type: 'article',
      title: article.title,
      description: article.excerpt,
      url: path,
      publishedTime: article.publishedAt,
      authors: [article.author.name],
      tags: article.tags,
    },
  };
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  const result = await loadArticle(slug);
  if (!result.ok) {
    if (result.error.isNotFound) notFound();
    return (
      <Container className="py-section">
        <ErrorState
          title="We couldn’t load this article right now"
          action={
            <>
              <Button asChild variant="secondary">
                <Link href={`/articles/${encodeURIComponent(slug)}`}>Try again</Link>
              </Button>
              <Button asChild variant="ghost">
                <Link href="/articles">All articles</Link>
              </Button>
            </>
          }
          reference={result.error.requestId}
        />
      </Container>
    );
  }

  const article = result.data;
  // The author's Cal.com link (if any) and the reader, for "Book via Cal.com"; neither is needed
  // to read the article, so a failure just leaves the Cal.com option out.
  const authorSlug = article.author.mentorSlug;
  const [author, viewer] = await Promise.all([
    authorSlug ? settle(getMentor(authorSlug)) : Promise.resolve(null),
    currentUserOrNull(),
  ]);
  const calTarget = author?.ok ? parseCalLink(author.data.calcomLink) : null;
  const isAuthor = !!viewer && viewer.id === article.author.userId;
  const mentorPath = article.author.mentorSlug
    ? `/mentors/${encodeURIComponent(article.author.mentorSlug)}`
    : undefined;
  const jsonLd = articleJsonLd(
    article,
    absoluteUrl(`/articles/${encodeURIComponent(article.slug)}`),
    mentorPath ? absoluteUrl(mentorPath) : undefined,
  );

  return (
    <article>
      <script
        type="application/ld+json"
        // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON-LD with "<" escaped by serializeJsonLd
        dangerouslySetInnerHTML={{ __html: serializeJsonLd(jsonLd) }}
      />
      <TrackView type="article_view" articleSlug={article.slug} mentorSlug={article.author.mentorSlug} />
      <header className="border-b border-ink-200 bg-gradient-to-b from-brand-50 to-ink-0">
        <Container className="max-w-prose py-10 sm:py-14">
          <nav aria-label="Breadcrumb" className="text-sm">
            <Link href="/articles" className="text-ink-500 hover:text-brand-700">
              ← All articles
            </Link>
          </nav>
          {article.tags.length > 0 ? (
            <ul aria-label="Tags" className="mt-6 flex flex-wrap gap-x-3 gap-y-1">
              {article.tags.map((tag) => (
                <li key={tag}>
                  <Link
                    href={`/articles?tag=${encodeURIComponent(tag)}`}
                    className="text-xs font-semibold tracking-wide text-brand-700 uppercase hover:text-brand-900"
                  >
                    {tag}
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
          <h1 className="mt-3 text-3xl font-bold tracking-tight text-balance text-ink-950 sm:text-4xl">
            {article.title}
          </h1>
          {article.excerpt ? <p className="mt-4 text-lg text-ink-600">{article.excerpt}</p> : null}
          <div className="mt-6 flex items-center gap-3 text-sm">
            <Avatar name={article.author.name} size="sm" />
            <div>
              <p className="font-medium text-ink-900">
                {mentorPath ? (
                  <Link href={mentorPath} className="hover:text-brand-700">
                    {article.author.name}
                  </Link>
                ) : (
                  article.author.name
                )}
              </p>
              <p className="text-ink-500">
                <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
                <span aria-hidden="true"> · </span>
                {article.readingMinutes} min read
              </p>
            </div>
          </div>
        </Container>
      </header>

      <Container className="max-w-prose py-10">
        <ArticleBody article={article} />
        <footer className="mt-14">
          {/* A reader either books the author or subscribes: both are offered, the booking first. */}
          {mentorPath ? (
            <BookAuthorCta
              name={article.author.name}
              href={mentorPath}
              articleSlug={article.slug}
              mentorSlug={article.author.mentorSlug}
              calTarget={isAuthor ? null : calTarget}
              viewer={viewer ? { name: viewer.name, email: viewer.email } : null}
            />
          ) : null}
          <NewsletterCta className={mentorPath ? 'mt-8' : undefined} />
          <div className="mt-8">
            {isAuthor ? (
              <Link
                href={`/dashboard/mentor/articles/${encodeURIComponent(article.id)}`}
                className="text-sm text-brand-700 underline"
              >
                Edit this article
              </Link>
            ) : viewer ? (
              // Signed-in readers may report an article (never their own).
              <ReportDisclosure targetType="article" targetId={article.id} signInHref={null} />
            ) : null}
          </div>
        </footer>
      </Container>
    </article>
  );
}

function ArticleBody({ article }: { article: TArticle }) {
  if (article.bodyHtml) {
    return (
      <div
        className="prose-ladder"
        // bodyHtml is sanitised by the API; it is the only HTML rendered here.
        // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised server-side
        dangerouslySetInnerHTML={{ __html: article.bodyHtml }}
      />
    );
  }
  return <div className="prose-ladder whitespace-pre-line">{article.body ?? article.excerpt}</div>;
}

function BookAuthorCta({
  name,
  href,
  articleSlug,
  mentorSlug,
  calTarget,
  viewer,
}: {
  name: string;
  href: string;
  articleSlug: string;
  mentorSlug?: string;
  calTarget: TCalTarget | null;
  viewer: { name: string; email: string } | null;
}) {
  return (
    <section
      aria-labelledby="book-author-heading"
      className="rounded-2xl border border-brand-200 bg-brand-50 p-6 sm:p-8"
    >
      <div className="flex flex-col gap-5 sm:flex-row sm:items-center">
        <Avatar name={name} size="lg" />
        <div className="flex-1">
          <h2 id="book-author-heading" className="text-xl font-semibold text-ink-950">
            Book your growth session with {name}
          </h2>
          <p className="mt-1 text-sm text-ink-700">
            Bring your own situation. Leave with notes, next steps and a 90-day plan.
          </p>
        </div>
        <div className="flex flex-col gap-2 sm:items-end">
          <Button asChild size="lg">
            <TrackedLink href={href} articleSlug={articleSlug} mentorSlug={mentorSlug}>
              See sessions
            </TrackedLink>
          </Button>
          {calTarget && mentorSlug ? (
            <CalcomDialog
              target={calTarget}
              mentorName={name}
              mentorSlug={mentorSlug}
              articleSlug={articleSlug}
              viewer={viewer}
              trigger={
                <Button type="button" variant="secondary" size="lg">
                  Book via Cal.com
                </Button>
              }
            />
          ) : null}
        </div>
      </div>
    </section>
  );
}

function NewsletterCta({ className }: { className?: string | undefined }) {
  return (
    <section
      aria-labelledby="newsletter-cta-heading"
      className={cn('rounded-2xl bg-brand-900 p-6 text-white sm:p-8', className)}
    >
      <h2 id="newsletter-cta-heading" className="text-xl font-semibold">
        Get the next article in your inbox
      </h2>
      <p className="mt-1 mb-5 text-sm text-brand-100">One email a fortnight. Unsubscribe in one click.</p>
      <NewsletterForm />
    </section>
  );
}
