import type { TMyArticleSummary } from '@ladder/domain';
import { renderToStaticMarkup } from 'react-dom/server';
import type { TActionProblem } from '@/lib/mentor/action-result';
import { ArticlePreviewPane, articleProblemErrors } from './article-editor';
import { MyArticlesList } from './my-articles-list';

// The editor imports server actions, whose session helper needs a Next request; none runs here.
jest.mock('@/lib/api/server-session', () => ({ actionWithSession: jest.fn(), callWithSession: jest.fn() }));

const summary = (over: Partial<TMyArticleSummary> = {}): TMyArticleSummary => ({
  id: '6f1c8a5e-3b0d-4c1a-9d57-1b2e3f4a5b6c',
  slug: 'growing-into-staff',
  title: 'Growing into staff',
  excerpt: 'An excerpt',
  excerptDerived: true,
  tags: ['career'],
  status: 'draft',
  hidden: false,
  publishedAt: null,
  readingMinutes: 3,
  createdAt: '2026-03-09T14:00:00.000Z',
  updatedAt: '2026-03-10T09:00:00.000Z',
  ...over,
});

describe('MyArticlesList', () => {
  it('has an empty state that leads to writing the first article', () => {
    const html = renderToStaticMarkup(<MyArticlesList items={[]} />);
    expect(html).toContain('No articles yet');
    expect(html).toContain('href="/dashboard/mentor/articles/new"');
  });

  it('lists each article with its status badge, an edit link, and a public link only when public', () => {
    const html = renderToStaticMarkup(
      <MyArticlesList
        items={[
          summary({ id: 'a1', title: '<b>Draft</b> one' }),
          summary({
            id: 'a2',
            slug: 'live-one',
            status: 'published',
            publishedAt: '2026-03-09T14:00:00.000Z',
          }),
          summary({
            id: 'a3',
            slug: 'hidden-one',
            status: 'published',
            hidden: true,
            publishedAt: '2026-03-01T00:00:00.000Z',
          }),
        ]}
      />,
    );
    expect(html).toContain('&lt;b&gt;Draft&lt;/b&gt; one');
    expect(html).toContain('>Draft</span>');
    expect(html).toContain('>Published</span>');
    expect(html).toContain('>Hidden by moderation</span>');
    expect(html).toContain('href="/dashboard/mentor/articles/a1"');
    expect(html).toContain('href="/articles/live-one"');
    expect(html).not.toContain('href="/articles/hidden-one"');
  });
});

describe('ArticlePreviewPane', () => {
  it('shows the API’s sanitised HTML as the article page does, and a hint when empty', () => {
    const ready = renderToStaticMarkup(
      <ArticlePreviewPane
        preview={{
          status: 'ready',
          html: '<h2>Hi</h2><p><strong>there</strong></p>',
          excerpt: 'Hi there',
          readingMinutes: 2,
        }}
      />,
    );
    expect(ready).toContain('<div class="prose-ladder"><h2>Hi</h2><p><strong>there</strong></p></div>');
    expect(ready).toContain('2 min read');
    expect(renderToStaticMarkup(<ArticlePreviewPane preview={{ status: 'empty' }} />)).toContain(
      'Your article will appear here',
    );
    const failed = renderToStaticMarkup(
      <ArticlePreviewPane
        preview={{ status: 'failed', html: '<p>old</p>', message: 'The preview could not be updated.' }}
      />,
    );
    expect(failed).toContain('<p>old</p>');
    expect(failed).toContain('The preview could not be updated.');
  });
});

describe('articleProblemErrors', () => {
  const problem = (over: Partial<TActionProblem>): TActionProblem => ({
    status: 400,
    code: 'validation_failed',
    title: 'Validation failed',
    errors: [],
    ...over,
  });

  it('puts the API’s field errors next to their fields', () => {
    expect(
      articleProblemErrors(
        problem({
          errors: [{ path: 'tags.1', message: 'Tags use letters, digits and single hyphens only' }],
        }),
      ),
    ).toEqual({ fields: { tags: 'Tags use letters, digits and single hyphens only' }, form: null });
  });

  it('explains a lost session, an unapproved profile, a gone article and rate limiting', () => {
    expect(articleProblemErrors(problem({ status: 401, code: 'unauthorized' })).form).toMatch(
      /session has ended/,
    );
    expect(articleProblemErrors(problem({ status: 403, code: 'mentor_not_approved' })).form).toMatch(
      /approved mentors/,
    );
    expect(articleProblemErrors(problem({ status: 404, code: 'not_found' })).form).toMatch(
      /no longer exists/,
    );
    expect(
      articleProblemErrors(problem({ status: 429, code: 'rate_limited', retryAfterSeconds: 30 })).form,
    ).toBe('Too many attempts — try again in 30 seconds.');
  });
});
