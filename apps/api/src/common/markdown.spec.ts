import { renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('renders ordinary markdown', () => {
    const html = renderMarkdown('# Title\n\nSome **bold** and a [link](https://ladder.dev).');
    expect(html).toContain('<h2>Title</h2>');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('href="https://ladder.dev"');
    expect(html).toContain('rel="nofollow noopener noreferrer"');
  });

  it.each([
    ['<script>alert(1)</script>', /<script/i],
    ['<img src="https://x.dev/a.png" onerror="alert(1)">', /onerror/i],
    ['[click](javascript:alert(1))', /javascript:/i],
    ['<a href="data:text/html,<script>alert(1)</script>">x</a>', /data:/i],
    ['<iframe src="https://evil.dev"></iframe>', /<iframe/i],
    ['<div style="background:url(javascript:alert(1))">x</div>', /style=/i],
  ])('neutralises %s', (payload, forbidden) => {
    expect(renderMarkdown(payload)).not.toMatch(forbidden);
  });

  it('drops images where they are not wanted (profiles), keeping the rest', () => {
    const html = renderMarkdown('Hi ![pixel](https://tracker.example/p.gif) **there**', { images: false });
    expect(html).not.toContain('<img');
    expect(html).toContain('<strong>there</strong>');
    expect(renderMarkdown('![a](https://x.dev/a.png)')).toContain('<img src="https://x.dev/a.png"');
  });
});
