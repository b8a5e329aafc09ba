import type { TMyArticleSummary } from '@ladder/domain';
import { Badge } from '@/components/ui/badge';
import { articleStatusView } from '@/lib/mentor/article-form';

/** "Draft", "Published", "Unpublished" or "Hidden by moderation", with its meaning as a tooltip. */
export function ArticleStatusBadge({
  article,
}: {
  article: Pick<TMyArticleSummary, 'status' | 'hidden' | 'publishedAt'>;
}) {
  const view = articleStatusView(article);
  return (
    <Badge tone={view.tone} title={view.description}>
      {view.label}
    </Badge>
  );
}
