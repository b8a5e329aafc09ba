import { type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { AppError, type FieldError } from '../errors/app-error';

export function zodIssuesToFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: [...issue.path, key].join('.'),
        message: 'Unknown field',
      }));
    }
    return [{ path: issue.path.join('.') || '(body)', message: issue.message }];
  });
}

/** Validates and parses a value with a zod schema; failures are 400 `validation_failed`. */
export class ZodValidationPipe<S extends z.ZodType> implements PipeTransform<unknown, z.output<S>> {
  constructor(private readonly schema: S) {}

  transform(value: unknown): z.output<S> {
    const result = this.schema.safeParse(value ?? {});
    if (!result.success) throw AppError.validation(zodIssuesToFieldErrors(result.error.issues));
    return result.data;
  }
}
