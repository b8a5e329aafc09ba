import type { TMyArticle } from '@ladder/domain';
import {
  articleSaveErrors,
  articleStatusView,
  articleValuesOf,
  createArticleBody,
  EMPTY_ARTICLE,
  isArticleDirty,
  updateArticleBody,
} from './article-form';

const article = (over: Partial<TMyArticle> = {}): TMyArticle => ({
  id: '6f1c8a5e-3b0d-4c1a-9d57-1b2e3f4a5b6c',
  slug: 'growing-into-staff',
  title: 'Growing into staff',
  excerpt: 'The start of the body',
  excerptDerived: true,
  tags: ['career'],
  body: 'The start of the body, and more.',
  bodyHtml: '<p>The start of the body, and more.</p>',
  status: 'draft',
  hidden: false,
  publishedAt: null,
  readingMinutes: 1,
  createdAt: '2026-03-09T14:00:00.000Z',
  updatedAt: '2026-03-09T14:00:00.000Z',
  ...over,
});

describe('article form values', () => {
  it('shows a derived excerpt as empty (so it keeps following the body) and an explicit one as typed', () => {
    expect(articleValuesOf(article()).excerpt).toBe('');
    expect(articleValuesOf(article({ excerptDerived: false, excerpt: 'Mine' })).excerpt).toBe('Mine');
  });

  it('is dirty only when something the server stores differs (outer spaces of the title aside)', () => {
    const saved = articleValuesOf(article());
    expect(isArticleDirty({ ...saved }, saved)).toBe(false);
    expect(isArticleDirty({ ...saved, title: ' Growing into staff ' }, saved)).toBe(false);
    expect(isArticleDirty({ ...saved, body: `${saved.body} ` }, saved)).toBe(true);
    expect(isArticleDirty({ ...saved, tags: ['career', 'sre'] }, saved)).toBe(true);
    expect(isArticleDirty({ ...saved, excerpt: 'Now mine' }, saved)).toBe(true);
    expect(isArticleDirty(EMPTY_ARTICLE, EMPTY_ARTICLE)).toBe(false);
  });

  it('creates with a trimmed title and leaves an empty excerpt out', () => {
    expect(createArticleBody({ title: '  Hello there ', body: 'Body', excerpt: '  ', tags: ['a1'] })).toEqual(
      {
        title: 'Hello there',
        body: 'Body',
        tags: ['a1'],
      },
    );
    expect(
      createArticleBody({ title: 'Hello there', body: 'Body', excerpt: ' Short ', tags: [] }).excerpt,
    ).toBe('Short');
  });

  it('patches only what changed, and a cleared excerpt as null', () => {
    const saved = articleValuesOf(article({ excerptDerived: false, excerpt: 'Mine' }));
    expect(updateArticleBody(saved, saved)).toEqual({});
    expect(updateArticleBody({ ...saved, title: 'New title', excerpt: '' }, saved)).toEqual({
      title: 'New title',
      excerpt: null,
    });
    expect(updateArticleBody({ ...saved, tags: [] }, saved)).toEqual({ tags: [] });
  });
});

describe('articleStatusView', () => {
  it('names the four states, moderation first', () => {
    expect(articleStatusView(article()).label).toBe('Draft');
    expect(
      articleStatusView(article({ status: 'published', publishedAt: '2026-03-09T14:00:00.000Z' })),
    ).toMatchObject({ label: 'Published', tone: 'success' });
    expect(articleStatusView(article({ publishedAt: '2026-03-09T14:00:00.000Z' })).label).toBe('Unpublished');
    expect(articleStatusView(article({ status: 'published', hidden: true }))).toMatchObject({
      label: 'Hidden by moderation',
      tone: 'danger',
    });
  });
});

describe('articleSaveErrors', () => {
  it('names an empty title and body of a new article, field by field', () => {
    expect(articleSaveErrors(EMPTY_ARTICLE, EMPTY_ARTICLE, false)).toEqual({
      fields: { title: 'A title has at least 3 characters', body: 'Write something first' },
      form: null,
    });
    expect(
      articleSaveErrors({ ...EMPTY_ARTICLE, title: 'Hello there', body: 'x' }, EMPTY_ARTICLE, false),
    ).toBeNull();
  });

  it('checks a stored article’s changes, and nothing when there are none', () => {
    const saved = articleValuesOf(article());
    expect(articleSaveErrors(saved, saved, true)).toBeNull();
    expect(articleSaveErrors({ ...saved, body: '   ' }, saved, true)?.fields).toEqual({
      body: 'Write something first',
    });
  });
});
