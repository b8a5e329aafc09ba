import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/errors/app-error';

@Injectable()
export class HealthService {
  constructor(private readonly db: DataSource) {}

  async check(): Promise<{ status: 'ok' }> {
    try {
      await this.db.query('SELECT 1');
    } catch {
      throw new AppError(HttpStatus.SERVICE_UNAVAILABLE, 'database_unavailable', 'Database unreachable');
    }
    return { status: 'ok' };
  }
}
