import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditLog } from './entities/audit-log.entity';

export interface AuditEvent {
  actorId?: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  ip?: string | null;
  metadata?: Record<string, unknown>;
}

export interface AuditView {
  id: string;
  actorId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  metadata: Record<string, unknown>;
  createdAt: string;
}

@Injectable()
export class AuditService {
  constructor(private readonly db: DataSource) {}

  /** Records an event, inside `manager`'s transaction when given. */
  async record(event: AuditEvent, manager?: EntityManager): Promise<void> {
    const m = manager ?? this.db.manager;
    await m.save(
      m.create(AuditLog, {
        actorId: event.actorId ?? null,
        action: event.action,
        targetType: event.targetType ?? null,
        targetId: event.targetId ?? null,
        ip: event.ip ?? null,
        metadata: event.metadata ?? {},
      }),
    );
  }

  async list(action: string | undefined, limit: number): Promise<{ items: AuditView[] }> {
    const rows = await this.db.getRepository(AuditLog).find({
      where: action ? { action } : {},
      order: { createdAt: 'DESC' },
      take: limit,
    });
    return { items: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })) };
  }
}
