import { HttpStatus } from '@nestjs/common';

export interface FieldError {
  path: string;
  message: string;
}

/**
 * A domain error with a stable machine-readable `code`. Services throw these; the global
 * filter turns them into application/problem+json. Never put secrets in `detail`.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
    readonly headers?: Record<string, string>,
    /** Extension members of the problem (RFC 9457), e.g. the id of the resource in the way. */
    readonly extensions?: Record<string, string>,
  ) {
    super(detail ?? title);
    this.name = 'AppError';
  }

  static notFound(what = 'Resource', detail?: string): AppError {
    return new AppError(HttpStatus.NOT_FOUND, 'not_found', `${what} not found`, detail);
  }

  static validation(errors: FieldError[], detail = 'The request is not valid.'): AppError {
    return new AppError(HttpStatus.BAD_REQUEST, 'validation_failed', 'Validation failed', detail, errors);
  }

  static conflict(code: string, title: string, detail?: string): AppError {
    return new AppError(HttpStatus.CONFLICT, code, title, detail);
  }

  static unprocessable(code: string, title: string, detail?: string): AppError {
    return new AppError(HttpStatus.UNPROCESSABLE_ENTITY, code, title, detail);
  }

  static unauthorized(code = 'unauthorized', title = 'Authentication required', detail?: string): AppError {
    return new AppError(HttpStatus.UNAUTHORIZED, code, title, detail);
  }

  static forbidden(code = 'forbidden', title = 'Not allowed', detail?: string): AppError {
    return new AppError(HttpStatus.FORBIDDEN, code, title, detail);
  }
}
