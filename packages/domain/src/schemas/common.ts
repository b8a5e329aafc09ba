import { z } from 'zod';
import { isValidTimeZone } from '../time/zones';

export const ZTimeZone = z
  .string()
  .refine(isValidTimeZone, { message: 'Must be an IANA time-zone name such as "Europe/Berlin"' });

export const ZEmail = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ message: 'Must be a valid email address' }));

export const ZUuid = z.uuid();

export const ZCurrency = z.string().regex(/^[A-Z]{3}$/, 'Must be an ISO 4217 code such as "USD"');

/** Integer minor units (cents); never a float. */
export const ZMinorUnits = z.number().int().min(0).max(100_000_000);

export const ZIsoDateTime = z.iso.datetime({ offset: true });

export const ZProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  code: z.string(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  requestId: z.string().optional(),
});
export type TProblem = z.infer<typeof ZProblemSchema>;

export interface TPage<T> {
  items: T[];
  nextCursor: string | null;
}
