import { FUNNEL_EVENT_TYPES, type TFunnelEvent, type TFunnelReport, type TFunnelType } from '@ladder/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

@Injectable()
export class FunnelService {
  constructor(private readonly db: DataSource) {}

  /**
   * Stores one event; `userId` only from a valid session (or a verified webhook), never from the
   * body. Pass the `manager` of the transaction that causes the step, if any.
   */
  async record(event: TFunnelEvent, userId: string | null, manager?: EntityManager): Promise<void> {
    await (manager ?? this.db.manager).query(
      `INSERT INTO funnel_events (type, anonymous_id, user_id, path, article_slug, mentor_slug, utm)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        event.type,
        event.anonymousId,
        userId,
        event.path ?? null,
        event.articleSlug ?? null,
        event.mentorSlug ?? null,
        event.utm && Object.keys(event.utm).length > 0 ? JSON.stringify(event.utm) : null,
      ],
    );
  }

  /** Events and distinct visitors per step over the last `days` days, every step listed. */
  async report(days: number, now: Date = new Date()): Promise<TFunnelReport> {
    const from = new Date(now.getTime() - days * 86_400_000);
    const rows: { type: TFunnelType; events: number; visitors: number }[] = await this.db.query(
      `SELECT type, count(*)::int AS events, count(DISTINCT anonymous_id)::int AS visitors
         FROM funnel_events WHERE created_at >= $1 AND created_at < $2 GROUP BY type`,
      [from, now],
    );
    const byType = new Map(rows.map((r) => [r.type, r]));
    return {
      from: from.toISOString(),
      to: now.toISOString(),
      steps: FUNNEL_EVENT_TYPES.map((type) => ({
        type,
        events: byType.get(type)?.events ?? 0,
        visitors: byType.get(type)?.visitors ?? 0,
      })),
    };
  }
}
