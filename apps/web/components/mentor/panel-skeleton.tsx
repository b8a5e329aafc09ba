import { Card } from '@/components/ui/card';
import { LoadingRegion, Skeleton } from '@/components/ui/skeleton';

/** A one-card mentor panel (payouts, Cal.com) while it loads: a title, a line and a button. */
export function PanelSkeleton({ label }: { label: string }) {
  return (
    <LoadingRegion label={label}>
      <Card className="flex flex-col gap-3 p-6">
        <Skeleton className="h-6 w-40" />
        <Skeleton className="h-4 w-full" />
        <Skeleton className="h-10 w-56" />
      </Card>
    </LoadingRegion>
  );
}
