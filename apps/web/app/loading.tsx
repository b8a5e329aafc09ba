import { Container } from '@/components/ui/container';
import { LoadingRegion, Skeleton } from '@/components/ui/skeleton';

export default function Loading() {
  return (
    <Container className="py-section">
      <LoadingRegion label="Loading">
        <Skeleton className="h-4 w-32" />
        <Skeleton className="mt-4 h-12 w-full max-w-2xl" />
        <Skeleton className="mt-3 h-12 w-3/4 max-w-xl" />
        <Skeleton className="mt-6 h-5 w-full max-w-lg" />
        <div className="mt-12 grid gap-5 sm:grid-cols-2 lg:grid-cols-3">
          <Skeleton className="h-48 rounded-card" />
          <Skeleton className="h-48 rounded-card" />
          <Skeleton className="h-48 rounded-card" />
        </div>
      </LoadingRegion>
    </Container>
  );
}
