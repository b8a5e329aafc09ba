import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'hr',
    'h2',
    'h3',
    'h4',
    'blockquote',
    'ul',
    'ol',
    'li',
    'strong',
    'em',
    'del',
    'code',
    'pre',
    'a',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'img',
  ],
  allowedAttributes: { a: ['href', 'title', 'rel', 'target'], img: ['src', 'alt', 'title'], code: ['class'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['https'] },
  allowProtocolRelative: false,
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow noopener noreferrer', target: '_blank' }),
    h1: 'h2',
  },
};

/**
 * Markdown from users (bios, articles, notes) to HTML that is safe to inject: no scripts,
 * no event handlers, no javascript: or data: URLs. Raw HTML in the source is sanitised too.
 */
export function renderMarkdown(markdown: string, options: { images?: boolean } = {}): string {
  const html = marked.parse(markdown, { async: false, gfm: true, breaks: false });
  if (options.images === false) {
    // Profiles and notes: no remote images, so a bio cannot carry a tracking pixel.
    return sanitizeHtml(html, {
      ...ALLOWED,
      allowedTags: (ALLOWED.allowedTags || []).filter((t) => t !== 'img'),
    });
  }
  return sanitizeHtml(html, ALLOWED);
}
