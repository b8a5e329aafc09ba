import type { ReactNode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { stubFetch } from '@/lib/testing/stub-fetch';
import ArticlesPage from './articles/page';
import MentorsPage from './mentors/page';

jest.mock('next/navigation', () => ({ useRouter: () => ({ push: jest.fn(), refresh: jest.fn() }) }));

/** The whole page, streamed results included (they render inside a Suspense boundary). */
async function html(page: Promise<ReactNode>): Promise<string> {
  const { prelude } = await prerenderToNodeStream(await page);
  let out = '';
  for await (const chunk of prelude) out += chunk.toString();
  return out;
}

const params = (p: Record<string, string>) => ({ searchParams: Promise.resolve(p) });

describe('a saved "more results" link whose cursor the API no longer accepts', () => {
  const fetchMock = stubFetch({ apiUrl: 'http://api.test:4000' });
  beforeEach(() => {
    fetchMock.mockResolvedValue(
      new Response(
        JSON.stringify({
          type: 'https://ladder.dev/problems/validation-failed',
          title: 'Validation failed',
          status: 400,
          code: 'validation_failed',
          errors: [{ path: 'cursor', message: 'Invalid cursor (or one from another query)' }],
        }),
        { status: 400, headers: { 'content-type': 'application/problem+json' } },
      ),
    );
  });

  it('on /mentors, says the page is out of date and links to the first page of the same search', async () => {
    const out = await html(MentorsPage(params({ language: 'German', cursor: 'old' })));
    expect(out).toContain('This page of results is out of date');
    expect(out).toContain('href="/mentors?language=German"');
    // Not blamed on the person's filters.
    expect(out).not.toContain('don’t work together');
  });

  it('on /articles, says so instead of "we couldn’t load articles", with no retry of the same link', async () => {
    const out = await html(ArticlesPage(params({ tag: 'career', cursor: 'old' })));
    expect(out).toContain('This page of results is out of date');
    expect(out).toContain('href="/articles?tag=career"');
    expect(out).not.toContain('We couldn’t load articles');
    expect(out).not.toContain('cursor=old');
  });
});
