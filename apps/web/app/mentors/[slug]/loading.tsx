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
      <Container className="flex flex-col gap-12 py-10">
        <Card className="p-5 sm:p-6">
          <Skeleton className="h-6 w-64 max-w-full" />
          <Skeleton className="mt-2 mb-6 h-4 w-80 max-w-full" />
          <div className="grid gap-8 lg:grid-cols-[18rem_minmax(0,1fr)]">
            <div className="space-y-3">
              <Skeleton className="h-4 w-36" />
              <Skeleton className="h-24 w-full" />
              <Skeleton className="h-24 w-full" />
            </div>
            <div className="space-y-3">
              <Skeleton className="h-4 w-24" />
              <Skeleton className="h-5 w-80 max-w-full" />
              <Skeleton className="h-8 w-full" />
              <div className="grid grid-cols-1 gap-2 md:min-h-48 md:grid-cols-7 md:gap-1.5">
                {['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((k) => (
                  <Skeleton key={k} className="h-12 md:h-40" />
                ))}
              </div>
            </div>
          </div>
        </Card>
        <div className="space-y-3">
          <Skeleton className="h-6 w-40" />
          <Skeleton className="h-4 w-full" />
          <Skeleton className="h-4 w-5/6" />
        </div>
      </Container>
    </LoadingRegion>
  );
}
