import { Card } from '@/components/ui/card';
import { Container } from '@/components/ui/container';
import { LoadingRegion, Skeleton } from '@/components/ui/skeleton';

export default function CheckoutLoading() {
  return (
    <Container className="max-w-2xl pb-section">
      <LoadingRegion label="Loading checkout">
        <div className="space-y-3 pt-10 pb-6 sm:pt-14">
          <Skeleton className="h-4 w-24" />
          <Skeleton className="h-9 w-72 max-w-full" />
        </div>
        <Skeleton className="mb-6 h-20 w-full" />
        <Card className="space-y-4 p-6">
          <Skeleton className="h-6 w-2/3" />
          <Skeleton className="h-24 w-full" />
          <Skeleton className="h-12 w-48" />
        </Card>
      </LoadingRegion>
    </Container>
  );
}
