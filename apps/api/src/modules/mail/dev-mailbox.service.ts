import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { DevMail } from './entities/dev-mail.entity';

export interface DevMailView {
  id: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments: { filename: string; contentType: string; size: number }[];
  createdAt: string;
}

@Injectable()
export class DevMailboxService {
  constructor(private readonly db: DataSource) {}

  async list(to: string | undefined, limit: number): Promise<{ items: DevMailView[] }> {
    const rows = await this.db.getRepository(DevMail).find({
      where: to ? { toAddress: to } : {},
      order: { createdAt: 'DESC' },
      take: limit,
    });
    return { items: rows.map(view) };
  }

  async get(id: string): Promise<DevMailView> {
    const row = await this.db.getRepository(DevMail).findOneBy({ id });
    if (!row) throw AppError.notFound('Message');
    return view(row);
  }
}

function view(m: DevMail): DevMailView {
  return {
    id: m.id,
    from: m.fromAddress,
    to: m.toAddress,
    subject: m.subject,
    text: m.text,
    html: m.html,
    attachments: m.attachments.map((a) => ({
      filename: a.filename,
      contentType: a.contentType,
      size: Buffer.byteLength(a.content),
    })),
    createdAt: m.createdAt.toISOString(),
  };
}
