import type { TBookingStatus } from '@ladder/domain';
import { Badge, type BadgeProps } from '@/components/ui/badge';

const STATUS: Record<TBookingStatus, { label: string; tone: NonNullable<BadgeProps['tone']> }> = {
  held: { label: 'Awaiting payment', tone: 'warning' },
  confirmed: { label: 'Confirmed', tone: 'success' },
  completed: { label: 'Completed', tone: 'neutral' },
  no_show: { label: 'No-show', tone: 'warning' },
  cancelled: { label: 'Cancelled', tone: 'danger' },
  expired: { label: 'Hold expired', tone: 'neutral' },
};

export function bookingStatusLabel(status: TBookingStatus): string {
  return STATUS[status]?.label ?? status;
}

/** A booking's status as a coloured label ("Confirmed", "Awaiting payment" …). */
export function BookingStatusBadge({ status, className }: { status: TBookingStatus; className?: string }) {
  const { label, tone } = STATUS[status] ?? { label: status, tone: 'neutral' };
  return (
    <Badge tone={tone} className={className}>
      {label}
    </Badge>
  );
}
