import { Card, CardContent } from '@/components/ui/card';
import { Container } from '@/components/ui/container';
import { LoadingRegion, Skeleton } from '@/components/ui/skeleton';

/** The settings page's shape while it loads: heading and four cards. */
export default function SettingsLoading() {
  return (
    <Container className="max-w-3xl pb-section">
      <LoadingRegion label="Loading your settings" className="flex flex-col gap-6 pt-14">
        <Skeleton className="h-4 w-24" />
        <Skeleton className="h-9 w-48" />
        {['profile', 'password', 'data', 'delete'].map((k) => (
          <Card key={k}>
            <CardContent className="space-y-3 pt-6">
              <Skeleton className="h-5 w-40" />
              <Skeleton className="h-4 w-72 max-w-full" />
              <Skeleton className="h-10 w-full" />
            </CardContent>
          </Card>
        ))}
      </LoadingRegion>
    </Container>
  );
}
