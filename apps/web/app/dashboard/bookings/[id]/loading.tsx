import { Card } from '@/components/ui/card';
import { Container } from '@/components/ui/container';
import { LoadingRegion, Skeleton } from '@/components/ui/skeleton';

export default function BookingLoading() {
  return (
    <Container className="max-w-4xl pb-section">
      <LoadingRegion label="Loading session">
        <Skeleton className="mt-8 h-4 w-40" />
        <div className="flex flex-col gap-3 pt-6 pb-8">
          <Skeleton className="h-9 w-72 max-w-full" />
          <Skeleton className="h-6 w-56" />
        </div>
        <div className="grid gap-6 md:grid-cols-[minmax(0,1fr)_18rem]">
          <Card className="space-y-4 p-6">
            <Skeleton className="h-6 w-24" />
            <Skeleton className="h-16 w-full" />
            <Skeleton className="h-16 w-2/3" />
          </Card>
          <Card className="space-y-3 p-6">
            <Skeleton className="h-6 w-24" />
            <Skeleton className="h-5 w-full" />
          </Card>
        </div>
      </LoadingRegion>
    </Container>
  );
}
