import { MentorCardSkeleton, MentorGrid } from '@/components/mentors/mentor-card';
import { Card } from '@/components/ui/card';
import { Container } from '@/components/ui/container';
import { LoadingRegion, Skeleton } from '@/components/ui/skeleton';

export default function MentorsLoading() {
  return (
    <Container>
      <LoadingRegion label="Loading mentors">
        <div className="pt-10 pb-8 sm:pt-14">
          <Skeleton className="h-4 w-28" />
          <Skeleton className="mt-3 h-9 w-full max-w-xl" />
          <Skeleton className="mt-4 h-5 w-full max-w-lg" />
        </div>
        <div className="grid gap-8 lg:grid-cols-[18rem_1fr] lg:items-start">
          <Card className="space-y-5 p-4 sm:p-5">
            <Skeleton className="h-4 w-16" />
            <Skeleton className="h-10 w-full" />
            <Skeleton className="hidden h-10 w-full lg:block" />
            <Skeleton className="hidden h-10 w-full lg:block" />
            <Skeleton className="h-10 w-full" />
          </Card>
          <div>
            <Skeleton className="mb-5 h-6 w-40" />
            <MentorGrid className="lg:grid-cols-2">
              {['a', 'b', 'c', 'd'].map((k) => (
                <li key={k}>
                  <MentorCardSkeleton />
                </li>
              ))}
            </MentorGrid>
          </div>
        </div>
      </LoadingRegion>
    </Container>
  );
}
