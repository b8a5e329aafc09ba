import { Container } from '@/components/ui/container';
import { LoadingRegion, Skeleton } from '@/components/ui/skeleton';

export default function MessagesLoading() {
  return (
    <Container className="max-w-3xl py-14">
      <LoadingRegion label="Loading messages" className="flex flex-col gap-4">
        <Skeleton className="h-10 w-48" />
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} className="h-16 w-full" />
        ))}
      </LoadingRegion>
    </Container>
  );
}
