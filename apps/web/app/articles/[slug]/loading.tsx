import { Container } from '@/components/ui/container';
import { LoadingRegion, Skeleton } from '@/components/ui/skeleton';

export default function ArticleLoading() {
  return (
    <LoadingRegion label="Loading article">
      <div className="border-b border-ink-200 bg-gradient-to-b from-brand-50 to-ink-0">
        <Container className="max-w-prose space-y-4 py-10 sm:py-14">
          <Skeleton className="h-4 w-28" />
          <Skeleton className="h-3 w-32" />
          <Skeleton className="h-10 w-full" />
          <Skeleton className="h-10 w-3/4" />
          <Skeleton className="h-5 w-full" />
          <Skeleton className="h-9 w-48" />
        </Container>
      </div>
      <Container className="max-w-prose space-y-3 py-10">
        {['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((k) => (
          <Skeleton key={k} className="h-4 w-full" />
        ))}
        <Skeleton className="h-4 w-2/3" />
      </Container>
    </LoadingRegion>
  );
}
