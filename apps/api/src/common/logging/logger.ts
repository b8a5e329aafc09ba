import type { LoggerService } from '@nestjs/common';
import pino, { type DestinationStream, type Logger } from 'pino';
import { currentRequestId } from './request-context';

/**
 * Paths pino removes from every line. Requests are logged without bodies, but anything that
 * might carry a credential is redacted as a second line of defence.
 */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-cal-signature-256"]',
  'req.headers["stripe-signature"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.passwordHash',
  '*.accessToken',
  '*.refreshToken',
  '*.token',
  'password',
  'accessToken',
  'refreshToken',
  'token',
];

export interface LoggerOptions {
  level: string;
  pretty: boolean;
  destination?: DestinationStream;
}

export function createLogger({ level, pretty, destination }: LoggerOptions): Logger {
  const options: pino.LoggerOptions = {
    level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    base: { service: 'ladder-api' },
    timestamp: pino.stdTimeFunctions.isoTime,
    mixin() {
      const requestId = currentRequestId();
      return requestId ? { requestId } : {};
    },
    serializers: {
      req(req: { id?: string; method?: string; url?: string; ip?: string }) {
        // Deliberately no headers, no body: the URL path without the query string.
        return { id: req.id, method: req.method, url: req.url?.split('?')[0], ip: req.ip };
      },
      res(res: { statusCode?: number }) {
        return { statusCode: res.statusCode };
      },
      err: pino.stdSerializers.err,
    },
  };
  if (destination) return pino(options, destination);
  if (pretty) {
    return pino({
      ...options,
      transport: { target: 'pino-pretty', options: { singleLine: true, colorize: true } },
    });
  }
  return pino(options);
}

/** Routes Nest's own logging (bootstrap, modules, our services) through pino. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string): void {
    this.write('info', message, context);
  }
  /**
   * Nest calls this as `(message, ...params, context)`: `logger.error('text', err.stack)`,
   * `logger.error({ err, … }, 'text')` or `logger.error(err)`, with the logger's context last.
   */
  error(message: unknown, ...params: unknown[]): void {
    const rest = [...params];
    const context = rest.length > 0 && typeof rest.at(-1) === 'string' ? (rest.pop() as string) : undefined;
    const text = typeof rest[0] === 'string' ? rest[0] : undefined;
    if (message instanceof Error) {
      this.logger.error({ context, err: message }, text ?? message.message);
    } else if (typeof message === 'object' && message !== null) {
      this.logger.error({ context, ...message }, text ?? 'error');
    } else {
      this.logger.error({ context, ...(text ? { stack: text } : {}) }, String(message));
    }
  }
  warn(message: unknown, context?: string): void {
    this.write('warn', message, context);
  }
  debug(message: unknown, context?: string): void {
    this.write('debug', message, context);
  }
  verbose(message: unknown, context?: string): void {
    this.write('trace', message, context);
  }
  fatal(message: unknown, context?: string): void {
    this.write('fatal', message, context);
  }

  private write(level: pino.Level, message: unknown, context?: string): void {
    if (typeof message === 'object' && message !== null) this.logger[level]({ context, ...message });
    else this.logger[level]({ context }, String(message));
  }
}
