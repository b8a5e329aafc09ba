import { Card } from '@/components/ui/card';
import { Container } from '@/components/ui/container';
import { LoadingRegion, Skeleton } from '@/components/ui/skeleton';

export default function MentorProfileLoading() {
  return (
    <LoadingRegion label="Loading mentor profile">
      <div className="border-b border-ink-200 bg-gradient-to-b from-brand-50 to-ink-0">
        <Container className="py-8 sm:py-12">
          <Skeleton className="mb-6 h-4 w-40" />
          <div className="flex flex-col gap-6 sm:flex-row">
            <Skeleton className="size-24 rounded-pill sm:size-28" />
            <div className="flex-1 space-y-3">
              <Skeleton className="h-9 w-64" />
              <Skeleton className="h-5 w-full max-w-lg" />
              <Skeleton className="h-4 w-24" />
              <div className="grid gap-4 pt-3 sm:grid-cols-3">
                <Skeleton className="h-10" />
                <Skeleton className="h-10" />
                <Skeleton className="h-10" />
              </div>
            </div>
          </div>
        </Container>
      </div>
      <Container className="grid gap-10 py-10 lg:grid-cols-[1fr_24rem]">
        <div className="space-y-3">
          <Skeleton className="h-6 w-40" />
          <Skeleton className="h-4 w-full" />
          <Skeleton className="h-4 w-full" />
          <Skeleton className="h-4 w-5/6" />
          <Skeleton className="h-4 w-2/3" />
        </div>
        <Card className="space-y-4 p-6">
          <Skeleton className="h-6 w-36" />
          <Skeleton className="h-28 w-full" />
          <Skeleton className="h-28 w-full" />
        </Card>
      </Container>
    </LoadingRegion>
  );
}
