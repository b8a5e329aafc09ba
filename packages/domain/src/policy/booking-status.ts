import { BOOKING_STATUSES, type TBookingStatus } from '../enums';

/**
 * The booking lifecycle as data (DESIGN.md "Booking lifecycle"):
 *
 *   held ──▶ confirmed ──▶ completed
 *    │  └──▶ expired   ├──▶ no_show
 *    └─────▶ cancelled ◀┘
 *
 * `completed`, `no_show`, `cancelled` and `expired` are terminal.
 */
export const BOOKING_TRANSITIONS: Readonly<Record<TBookingStatus, readonly TBookingStatus[]>> = {
  held: ['confirmed', 'expired', 'cancelled'],
  confirmed: ['completed', 'no_show', 'cancelled'],
  completed: [],
  no_show: [],
  cancelled: [],
  expired: [],
};

export function canTransition(from: TBookingStatus, to: TBookingStatus): boolean {
  return BOOKING_TRANSITIONS[from]?.includes(to) ?? false;
}

export function isTerminalStatus(status: TBookingStatus): boolean {
  return BOOKING_TRANSITIONS[status].length === 0;
}

/** Thrown by {@link assertTransition}; `code` is stable for the API's error mapping. */
export class BookingTransitionError extends Error {
  readonly code = 'invalid_booking_transition';
  constructor(
    readonly from: string,
    readonly to: string,
  ) {
    super(`A booking cannot go from "${from}" to "${to}"`);
    this.name = 'BookingTransitionError';
  }
}

/** Throws {@link BookingTransitionError} unless `from → to` is an allowed transition. */
export function assertTransition(from: TBookingStatus, to: TBookingStatus): void {
  if (!BOOKING_STATUSES.includes(from) || !BOOKING_STATUSES.includes(to) || !canTransition(from, to)) {
    throw new BookingTransitionError(from, to);
  }
}
