import { ArticleCardSkeleton } from '@/components/articles/article-card';
import { Container } from '@/components/ui/container';
import { LoadingRegion, Skeleton } from '@/components/ui/skeleton';

export default function ArticlesLoading() {
  return (
    <Container>
      <LoadingRegion label="Loading articles">
        <div className="pt-10 pb-8 sm:pt-14">
          <Skeleton className="h-4 w-20" />
          <Skeleton className="mt-3 h-9 w-full max-w-xl" />
          <Skeleton className="mt-4 h-5 w-full max-w-lg" />
        </div>
        <div className="grid gap-5 sm:grid-cols-2 lg:grid-cols-3">
          {['a', 'b', 'c', 'd', 'e', 'f'].map((k) => (
            <ArticleCardSkeleton key={k} />
          ))}
        </div>
      </LoadingRegion>
    </Container>
  );
}
