import type { TArticle } from '@ladder/domain';
import { renderToStaticMarkup } from 'react-dom/server';
import { stubFetch } from '@/lib/testing/stub-fetch';
import ArticlePage from './page';

jest.mock('@/lib/session', () => ({ currentUserOrNull: jest.fn(async () => null) }));
jest.mock('@/lib/api/server-session', () => ({ callWithSession: jest.fn(), actionWithSession: jest.fn() }));

function article(overrides: Partial<TArticle> = {}): TArticle {
  return {
    id: '5b0d3c1e-8f0a-4a57-9d8e-1c2b3a4d5e6f',
    slug: 'senior-to-staff',
    title: 'From Senior to Staff',
    excerpt: 'Staff is a different job.',
    tags: ['career'],
    author: {
      userId: 'a1b2c3d4-0000-4000-8000-000000000001',
      name: 'Priya Raman',
      mentorSlug: 'priya-raman',
    },
    publishedAt: '2026-11-25T09:00:00.000Z',
    readingMinutes: 1,
    body: 'Staff is a different job.',
    bodyHtml: '<p>Staff is a different job.</p>',
    ...overrides,
  };
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

describe('/articles/[slug]', () => {
  const fetchMock = stubFetch({ apiUrl: 'http://api.test:4000' });

  async function render(a: TArticle): Promise<string> {
    fetchMock.mockImplementation(async (url) =>
      url.includes('/articles/')
        ? json(a)
        : json({ code: 'not_found', title: 'Not found', status: 404 }, 404),
    );
    return renderToStaticMarkup(await ArticlePage({ params: Promise.resolve({ slug: a.slug }) }));
  }

  it('offers a mentor author’s readers both the growth session and the newsletter', async () => {
    const html = await render(article());

    expect(html).toContain('Book your growth session with Priya Raman');
    expect(html).toContain('href="/mentors/priya-raman"');
    expect(html).toContain('Get the next article in your inbox');
    expect(html).toMatch(/<input[^>]*name="email"/);
    // The booking comes first; the newsletter is the second way to keep in touch.
    expect(html.indexOf('Book your growth session')).toBeLessThan(html.indexOf('Get the next article'));
  });

  it('offers only the newsletter when the author has no public mentor profile', async () => {
    const html = await render(
      article({ author: { userId: 'a1b2c3d4-0000-4000-8000-000000000001', name: 'Ex Mentor' } }),
    );

    expect(html).not.toContain('Book your growth session');
    expect(html).toContain('Get the next article in your inbox');
  });
});
