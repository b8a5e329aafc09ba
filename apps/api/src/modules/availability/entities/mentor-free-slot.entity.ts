import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Precomputed free slots of each mentor's shortest active offering over the next few weeks, for
 * discovery by time ("free during my working hours", "soonest available"). Refreshed by a job
 * after every change that affects them; the slots endpoint itself always computes live.
 */
@Entity({ name: 'mentor_free_slots' })
@Index('IDX_mentor_free_slots_start', ['startsAt'])
export class MentorFreeSlot {
  @PrimaryColumn({ name: 'mentor_id', type: 'uuid' })
  mentorId: string;

  @PrimaryColumn({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;
}
