import { Fragment, type ReactNode } from 'react';
import { cn } from '@/lib/cn';
import { parseMarkdown, type TInline } from '@/lib/mentor/markdown-preview';

function renderInline(nodes: readonly TInline[]): ReactNode[] {
  return nodes.map((node, i): ReactNode => {
    // Positions are stable for one render of one text, which is all a preview needs.
    const key = `${node.kind}-${i}`;
    switch (node.kind) {
      case 'text':
        return <Fragment key={key}>{node.text}</Fragment>;
      case 'strong':
        return <strong key={key}>{renderInline(node.children)}</strong>;
      case 'em':
        return <em key={key}>{renderInline(node.children)}</em>;
      case 'code':
        return <code key={key}>{node.text}</code>;
      case 'link':
        return (
          <a key={key} href={node.href} target="_blank" rel="noopener noreferrer nofollow ugc">
            {renderInline(node.children)}
          </a>
        );
      default:
        return null;
    }
  });
}

/**
 * The live preview of a Markdown bio. Built from a parsed tree with React elements only — no HTML
 * string is ever injected — so text is always escaped and only http(s)/mailto links survive.
 */
export function MarkdownPreview({
  source,
  empty = 'Nothing to preview yet.',
  className,
}: {
  source: string;
  empty?: string;
  className?: string;
}) {
  const blocks = parseMarkdown(source);
  if (blocks.length === 0) return <p className={cn('text-sm text-ink-500 italic', className)}>{empty}</p>;
  return (
    <div className={cn('prose-ladder text-base', className)}>
      {blocks.map((block, i) => {
        const key = `${block.kind}-${i}`;
        if (block.kind === 'heading') return <h3 key={key}>{renderInline(block.children)}</h3>;
        if (block.kind === 'paragraph') return <p key={key}>{renderInline(block.children)}</p>;
        const items = block.items.map((item, j) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: list items have no identity beyond their position
          <li key={j}>{renderInline(item)}</li>
        ));
        return block.ordered ? <ol key={key}>{items}</ol> : <ul key={key}>{items}</ul>;
      })}
    </div>
  );
}
