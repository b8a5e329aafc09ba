import {
  articleReadingMinutes,
  excerptFromMarkdown,
  markdownPlainText,
  normaliseArticleTag,
  ZCreateArticleSchema,
  ZUpdateArticleSchema,
} from './articles';

describe('article writing schemas', () => {
  it('normalises and deduplicates tags, and refuses malformed ones', () => {
    const ok = ZCreateArticleSchema.parse({
      title: 'Hello there',
      body: 'x',
      tags: ['Design Systems', 'design_systems', 'sre'],
    });
    expect(ok.tags).toEqual(['design-systems', 'sre']);
    expect(normaliseArticleTag('  Staff  Engineer ')).toBe('staff-engineer');
    expect(ZCreateArticleSchema.safeParse({ title: 'Hello there', body: 'x', tags: ['c++'] }).success).toBe(
      false,
    );
    expect(ZCreateArticleSchema.safeParse({ title: 'Hello there', body: 'x', tags: ['a'] }).success).toBe(
      false,
    );
    expect(
      ZCreateArticleSchema.safeParse({
        title: 'Hello there',
        body: 'x',
        tags: ['a1', 'b1', 'c1', 'd1', 'e1', 'f1'],
      }).success,
    ).toBe(false);
  });

  it('bounds title, body and excerpt and refuses unknown fields', () => {
    expect(ZCreateArticleSchema.safeParse({ title: 'Hi', body: 'x' }).success).toBe(false);
    expect(ZCreateArticleSchema.safeParse({ title: 'Hello there', body: '   ' }).success).toBe(false);
    expect(ZCreateArticleSchema.safeParse({ title: 'Hello there', body: 'x'.repeat(100_001) }).success).toBe(
      false,
    );
    expect(
      ZCreateArticleSchema.safeParse({ title: 'Hello there', body: 'x', excerpt: 'e'.repeat(301) }).success,
    ).toBe(false);
    expect(
      ZCreateArticleSchema.safeParse({ title: 'Hello there', body: 'x', status: 'published' }).success,
    ).toBe(false);
    expect(ZUpdateArticleSchema.safeParse({ slug: 'mine' }).success).toBe(false);
    expect(ZUpdateArticleSchema.parse({ excerpt: null })).toEqual({ excerpt: null });
  });
});

describe('markdownPlainText / excerptFromMarkdown / articleReadingMinutes', () => {
  const md = [
    '# Growing into staff',
    '',
    'Read **this** [guide](https://example.com/guide) and <b>that</b>.',
    '',
    '![chart](https://example.com/c.png)',
    '',
    '```ts',
    'const secret = 1;',
    '```',
    '',
    '- one',
    '- two',
  ].join('\n');

  it('keeps the words and drops markers, link targets, images and code', () => {
    expect(markdownPlainText(md)).toBe('Growing into staff Read this guide and that . one two');
    expect(markdownPlainText(md, { code: true })).toContain('const secret = 1;');
  });

  it('cuts a long excerpt at a word boundary with an ellipsis', () => {
    const long = Array.from({ length: 100 }, (_, i) => `word${i}`).join(' ');
    const excerpt = excerptFromMarkdown(long, 50);
    expect(excerpt.length).toBeLessThanOrEqual(50);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(excerpt).toMatch(/^word0 word1 .* word\d+…$/);
    expect(excerptFromMarkdown('Short one.')).toBe('Short one.');
  });

  it('counts reading minutes on the text at ~220 words a minute, at least one', () => {
    expect(articleReadingMinutes('hello')).toBe(1);
    const words = Array.from({ length: 1100 }, () => 'word').join(' ');
    expect(articleReadingMinutes(`[${words}](https://x.example/${'a/'.repeat(500)})`)).toBe(5);
  });
});
