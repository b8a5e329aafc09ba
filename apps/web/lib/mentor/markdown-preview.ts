/**
 * A deliberately tiny Markdown reader for the live bio preview: paragraphs, `#` headings,
 * bullet and numbered lists, **bold**, *italic*, `code` and [links](https://…). It builds a
 * tree, never HTML: the preview component renders the tree with React, which escapes every piece
 * of text, so whatever a mentor types (`<script>`, `<img onerror=…>`) shows up as text. Links are
 * kept only for http(s) and mailto URLs; anything else (`javascript:`, `data:`, relative paths)
 * is shown as its plain text. The public profile shows the API's own sanitised rendering, which
 * understands more Markdown than this preview does.
 */

export type TInline =
  | { kind: 'text'; text: string }
  | { kind: 'strong'; children: TInline[] }
  | { kind: 'em'; children: TInline[] }
  | { kind: 'code'; text: string }
  | { kind: 'link'; href: string; children: TInline[] };

export type TBlock =
  | { kind: 'paragraph'; children: TInline[] }
  | { kind: 'heading'; children: TInline[] }
  | { kind: 'list'; ordered: boolean; items: TInline[][] };

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** The URL to put in `href`, or null when it is not a plain http(s)/mailto address. */
export function safeHref(raw: string): string | null {
  const value = raw.trim();
  // Browsers drop tabs and newlines inside URLs ("java\tscript:"); refuse them outright.
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    if (code <= 0x20 || code === 0x7f) return null;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  return SAFE_PROTOCOLS.has(url.protocol) ? url.href : null;
}

const INLINE =
  /\[([^\]\n]+)\]\(([^()\s]+)\)|\*\*([^*\n]+?)\*\*|__([^_\n]+?)__|\*([^*\s][^*\n]*?)\*|(?<![\p{L}\p{N}])_([^_\s][^_\n]*?)_(?![\p{L}\p{N}])|`([^`\n]+)`/gu;

export function parseInline(text: string): TInline[] {
  const out: TInline[] = [];
  let last = 0;
  const push = (node: TInline) => {
    const prev = out[out.length - 1];
    if (node.kind === 'text' && prev?.kind === 'text') prev.text += node.text;
    else out.push(node);
  };
  for (const match of text.matchAll(INLINE)) {
    const start = match.index;
    if (start > last) push({ kind: 'text', text: text.slice(last, start) });
    const [whole, linkText, linkUrl, strongA, strongB, emA, emB, code] = match;
    if (linkText !== undefined && linkUrl !== undefined) {
      const href = safeHref(linkUrl);
      if (href) out.push({ kind: 'link', href, children: parseInline(linkText) });
      else push({ kind: 'text', text: linkText });
    } else if (strongA !== undefined || strongB !== undefined) {
      out.push({ kind: 'strong', children: parseInline(strongA ?? strongB ?? '') });
    } else if (emA !== undefined || emB !== undefined) {
      out.push({ kind: 'em', children: parseInline(emA ?? emB ?? '') });
    } else if (code !== undefined) {
      out.push({ kind: 'code', text: code });
    } else {
      push({ kind: 'text', text: whole });
    }
    last = start + whole.length;
  }
  if (last < text.length) push({ kind: 'text', text: text.slice(last) });
  return out;
}

const BULLET = /^\s{0,3}[-*+]\s+(.*)$/;
const NUMBERED = /^\s{0,3}\d{1,9}[.)]\s+(.*)$/;
const HEADING = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/;

/** Blocks of the preview, in order. Soft line breaks inside a paragraph become spaces. */
export function parseMarkdown(source: string): TBlock[] {
  const blocks: TBlock[] = [];
  // The block being built: lines of a paragraph, or the items of a list.
  const open: { paragraph: string[]; list: { ordered: boolean; items: string[] } | null } = {
    paragraph: [],
    list: null,
  };

  const flushParagraph = () => {
    if (open.paragraph.length > 0) {
      blocks.push({ kind: 'paragraph', children: parseInline(open.paragraph.join(' ')) });
    }
    open.paragraph = [];
  };
  const flushList = () => {
    if (open.list)
      blocks.push({ kind: 'list', ordered: open.list.ordered, items: open.list.items.map(parseInline) });
    open.list = null;
  };

  for (const rawLine of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = rawLine.trimEnd();
    if (line.trim() === '') {
      flushParagraph();
      flushList();
      continue;
    }
    const heading = HEADING.exec(line);
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (heading) {
      flushParagraph();
      flushList();
      blocks.push({ kind: 'heading', children: parseInline(heading[1] ?? '') });
    } else if (bullet || numbered) {
      flushParagraph();
      const ordered = numbered !== null;
      const item = ((bullet ?? numbered)?.[1] ?? '').trim();
      if (open.list && open.list.ordered === ordered) open.list.items.push(item);
      else {
        flushList();
        open.list = { ordered, items: [item] };
      }
    } else if (open.list) {
      // A line right under a list item continues that item.
      const items = open.list.items;
      items[items.length - 1] = `${items[items.length - 1] ?? ''} ${line.trim()}`;
    } else {
      open.paragraph.push(line.trim());
    }
  }
  flushParagraph();
  flushList();
  return blocks;
}

/** The bio as plain text (Markdown markers dropped), e.g. for the admin queue's excerpt. */
export function markdownToPlainText(source: string): string {
  const inlineText = (nodes: TInline[]): string =>
    nodes.map((n) => (n.kind === 'text' || n.kind === 'code' ? n.text : inlineText(n.children))).join('');
  return parseMarkdown(source)
    .map((block) =>
      block.kind === 'list'
        ? block.items.map((item) => `• ${inlineText(item)}`).join('\n')
        : inlineText(block.children),
    )
    .join('\n\n');
}
