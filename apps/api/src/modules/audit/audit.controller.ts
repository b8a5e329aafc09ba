import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Roles } from '../../common/auth/decorators';
import { ApiZodQuery, ZodQuery } from '../../common/decorators/zod.decorators';
import { AuditService, type AuditView } from './audit.service';

const ZAuditQuery = z.strictObject({
  action: z.string().max(80).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/audit-log')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOperation({ summary: 'Recent admin actions and security events, newest first' })
  @ApiZodQuery(ZAuditQuery)
  list(@ZodQuery(ZAuditQuery) query: z.infer<typeof ZAuditQuery>): Promise<{ items: AuditView[] }> {
    return this.audit.list(query.action, query.limit ?? 50);
  }
}
