import { Card, CardContent } from '@/components/ui/card';
import { Container } from '@/components/ui/container';
import { LoadingRegion, Skeleton } from '@/components/ui/skeleton';

/** The plan page's shape while it loads: goal, progress and the three phases as skeletons. */
export default function PlanLoading() {
  return (
    <Container className="max-w-4xl pb-section">
      <LoadingRegion label="Loading the learning plan" className="flex flex-col gap-6 pt-14">
        <Skeleton className="h-4 w-40" />
        <Skeleton className="h-9 w-3/4" />
        <Skeleton className="h-5 w-1/2" />
        <Card>
          <CardContent className="pt-6">
            <Skeleton className="h-2 w-full" />
          </CardContent>
        </Card>
        {['1', '2', '3'].map((k) => (
          <Card key={k}>
            <CardContent className="space-y-3 pt-6">
              <Skeleton className="h-5 w-48" />
              <Skeleton className="h-4 w-72 max-w-full" />
              <Skeleton className="h-4 w-64 max-w-full" />
            </CardContent>
          </Card>
        ))}
      </LoadingRegion>
    </Container>
  );
}
