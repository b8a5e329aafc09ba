import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';
import { AppError } from '../errors/app-error';
import { zodIssuesToFieldErrors } from '../pipes/zod-validation.pipe';
import { type Problem, problemFor } from './problem';

/**
 * The one place errors become HTTP answers: application/problem+json with a stable `code`.
 * Unexpected errors become a generic 500; their stack is logged with the request id but never
 * the request's headers or body.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const reply = ctx.getResponse<FastifyReply>();
    const request = ctx.getRequest<FastifyRequest>();
    const { problem, headers } = toProblem(exception);
    if (problem.status >= 500) {
      this.logger.error(
        {
          err: exception instanceof Error ? exception : new Error(String(exception)),
          method: request.method,
          route: request.routeOptions?.url,
        },
        'Unhandled error',
      );
    }
    sendProblem(reply, { ...problem, requestId: String(request.id) }, headers);
  }
}

export function sendProblem(
  reply: FastifyReply,
  problem: Problem,
  headers: Record<string, string> = {},
): void {
  for (const [name, value] of Object.entries(headers)) reply.header(name, value);
  reply
    .status(problem.status)
    .header('content-type', 'application/problem+json; charset=utf-8')
    .send(problem);
}

export function toProblem(exception: unknown): { problem: Problem; headers: Record<string, string> } {
  if (exception instanceof AppError) {
    return {
      problem: {
        ...(exception.extensions ?? {}),
        ...problemFor(exception.status, {
          code: exception.code,
          title: exception.title,
          ...(exception.detail ? { detail: exception.detail } : {}),
          ...(exception.errors ? { errors: exception.errors } : {}),
        }),
      },
      headers: exception.headers ?? {},
    };
  }
  if (exception instanceof ZodError) {
    return {
      problem: problemFor(400, {
        code: 'validation_failed',
        title: 'Validation failed',
        detail: 'The request is not valid.',
        errors: zodIssuesToFieldErrors(exception.issues),
      }),
      headers: {},
    };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    const detail =
      typeof response === 'string'
        ? response
        : typeof response === 'object' && response && 'message' in response
          ? String((response as { message: unknown }).message)
          : undefined;
    const headers: Record<string, string> = {};
    const retryAfter = (exception as { retryAfter?: number }).retryAfter;
    if (status === 429 && retryAfter) headers['retry-after'] = String(retryAfter);
    return { problem: problemFor(status, detail ? { detail } : {}), headers };
  }
  // Errors raised by Fastify itself (bad JSON, body too large, wrong content type).
  const statusCode = (exception as { statusCode?: number })?.statusCode;
  if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
    const message = (exception as { message?: string }).message;
    return { problem: problemFor(statusCode, message ? { detail: message } : {}), headers: {} };
  }
  return {
    problem: problemFor(500, { detail: 'Something went wrong on our side. It has been logged.' }),
    headers: {},
  };
}
