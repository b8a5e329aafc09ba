import { renderToStaticMarkup } from 'react-dom/server';
import { markdownToPlainText, parseInline, parseMarkdown, safeHref } from '@/lib/mentor/markdown-preview';
import { MarkdownPreview } from './markdown-preview';

const render = (source: string) => renderToStaticMarkup(<MarkdownPreview source={source} />);

/** Every real tag in the output (escaped text has no literal "<"), with its attribute names. */
function tags(html: string): { name: string; attributes: string[] }[] {
  return [...html.matchAll(/<([a-z0-9]+)((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*\/?>/gi)].map((m) => ({
    name: (m[1] ?? '').toLowerCase(),
    attributes: [...(m[2] ?? '').matchAll(/([a-z-]+)(?:=)/gi)].map((a) => (a[1] ?? '').toLowerCase()),
  }));
}

const ALLOWED_TAGS = new Set(['div', 'p', 'h3', 'ul', 'ol', 'li', 'strong', 'em', 'code', 'a']);
const ALLOWED_ATTRIBUTES = new Set(['class', 'href', 'target', 'rel']);

describe('safe markdown preview', () => {
  it('renders paragraphs, bold, italic, links and lists', () => {
    const html = render(
      'I help **senior** engineers grow to *staff*.\nSee [my blog](https://example.com/blog).\n\n- System design\n- Career growth\n\n1. First\n2. Second',
    );
    expect(html).toContain('<strong>senior</strong>');
    expect(html).toContain('<em>staff</em>');
    expect(html).toContain(
      '<a href="https://example.com/blog" target="_blank" rel="noopener noreferrer nofollow ugc">my blog</a>',
    );
    expect(html).toContain('<ul><li>System design</li><li>Career growth</li></ul>');
    expect(html).toContain('<ol><li>First</li><li>Second</li></ol>');
    // A soft line break joins the paragraph's lines.
    expect(html).toContain('<em>staff</em>. See');
  });

  it.each([
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<a href="javascript:alert(1)">x</a>',
    '[click](javascript:alert(1))',
    '[click](JaVaScRiPt:alert(1))',
    '[click](java\tscript:alert(1))',
    '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '[x](vbscript:msgbox(1))',
    '**<svg onload=alert(1)>**',
    '- <iframe src="javascript:alert(1)"></iframe>',
    '[<b onmouseover=alert(1)>hi</b>](https://ok.example)',
    '"><script>alert(1)</script>',
  ])('never emits script, event handlers or javascript: URLs for %s', (payload) => {
    const html = render(payload);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<(img|svg|iframe|b)\b/i);
    expect(html).not.toMatch(/href="(?!https?:|mailto:)/i);
    for (const tag of tags(html)) {
      expect(ALLOWED_TAGS.has(tag.name)).toBe(true);
      for (const attribute of tag.attributes) expect(ALLOWED_ATTRIBUTES.has(attribute)).toBe(true);
    }
    // What was typed still shows, as text.
    if (payload.includes('<')) expect(html).toContain('&lt;');
  });

  it('shows links with unsafe URLs as their text only', () => {
    expect(parseInline('[click](javascript:void)')).toEqual([{ kind: 'text', text: 'click' }]);
    expect(parseInline('[click](javascript:alert(1))').some((n) => n.kind === 'link')).toBe(false);
    expect(safeHref('https://example.com/a?b=c')).toBe('https://example.com/a?b=c');
    expect(safeHref('mailto:ada@example.com')).toBe('mailto:ada@example.com');
    for (const bad of [
      'javascript:alert(1)',
      ' javascript:alert(1)',
      '/relative',
      '//evil.com',
      'data:,x',
      'java\nscript:x',
    ]) {
      expect(safeHref(bad)).toBeNull();
    }
  });

  it('leaves snake_case and lone asterisks alone', () => {
    expect(parseInline('use snake_case_names and 2 * 3 * 4')).toEqual([
      { kind: 'text', text: 'use snake_case_names and 2 * 3 * 4' },
    ]);
  });

  it('reads headings and list continuations', () => {
    expect(parseMarkdown('## About me\n- one\n  continued\n- two')).toEqual([
      { kind: 'heading', children: [{ kind: 'text', text: 'About me' }] },
      {
        kind: 'list',
        ordered: false,
        items: [[{ kind: 'text', text: 'one continued' }], [{ kind: 'text', text: 'two' }]],
      },
    ]);
  });

  it('gives plain text for excerpts', () => {
    expect(markdownToPlainText('I **love** [Go](https://go.dev).\n\n- a\n- b')).toBe(
      'I love Go.\n\n• a\n• b',
    );
  });

  it('says so when there is nothing to preview', () => {
    expect(render('   \n\n')).toContain('Nothing to preview yet.');
  });
});
