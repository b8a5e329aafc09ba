import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { LogController, type RawServerDefault } from 'fastify';
import type { Logger } from 'pino';
import { AppModule } from './app.module';
import { AppError } from './common/errors/app-error';
import { ProblemFilter } from './common/filters/problem.filter';
import { PinoNestLogger } from './common/logging/logger';
import { requestContext } from './common/logging/request-context';
import type { AppConfig } from './config/env';
import { MetricsService } from './modules/metrics/metrics.service';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const BODY_LIMIT = 1_048_576;
const WEBHOOKS_PREFIX = '/api/v1/webhooks/';

function malformedJson(err: Error): AppError {
  return AppError.validation(
    [{ path: '(body)', message: `Malformed JSON: ${err.message}` }],
    'The request body is not valid JSON.',
  );
}

/** The HTTP adapter: pino as Fastify's logger, a request id taken from `X-Request-Id` or made. */
export function createAdapter(logger: Logger, trustProxy: boolean): FastifyAdapter {
  return new FastifyAdapter({
    loggerInstance: logger,
    // Only behind a proxy we run: otherwise X-Forwarded-For would let anyone pick their IP.
    trustProxy,
    logController: new LogController({ requestIdLogLabel: 'requestId' }),
    bodyLimit: BODY_LIMIT,
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
  });
}

export async function createApp(config: AppConfig, logger: Logger): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config),
    createAdapter(logger, config.http.trustProxy),
    {
      rawBody: true,
      logger: new PinoNestLogger(logger),
      bufferLogs: false,
      abortOnError: false,
    },
  );
  await bootstrap(app, config);
  return app;
}

/** Everything that makes the app ours; main.ts and the e2e tests both call this. */
export async function bootstrap(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();

  fastify.addHook('onRequest', (req, reply, done) => {
    reply.header('x-request-id', req.id);
    requestContext.run({ requestId: String(req.id) }, done);
  });

  const metrics = app.get(MetricsService);
  fastify.addHook('onResponse', (req, reply, done) => {
    const route = req.routeOptions?.url ?? 'unmatched';
    metrics.observeRequest(req.method, route, reply.statusCode, reply.elapsedTime / 1000);
    done();
  });

  await app.register(fastifyHelmet, {
    // The API answers JSON; only /docs serves HTML (Swagger UI needs its inline assets).
    contentSecurityPolicy: false,
    crossOriginResourcePolicy: { policy: 'same-site' },
  });
  await app.register(fastifyCookie);
  app.enableCors({
    origin: config.http.corsOrigins,
    credentials: true,
    exposedHeaders: ['x-request-id', 'retry-after'],
  });

  // JSON bodies, kept raw too. A webhook is judged by the signature over its raw bytes before
  // anything reads it, so a body that is not JSON must still get the webhook's own answer for its
  // signature (Cal.com: 401 when unsigned): on webhook routes it reaches the handler unparsed.
  // Elsewhere an empty body is no body (a client that always sends the JSON content type), and
  // malformed JSON is a validation error like any other bad body (400 validation_failed).
  const json = fastify.getDefaultJsonParser('error', 'error');
  app.useBodyParser<RawServerDefault>('application/json', { bodyLimit: BODY_LIMIT }, (req, body, done) => {
    const text = body.toString('utf8');
    if (text.trim() === '') return done(null, undefined);
    json(req, text, (err, parsed) => {
      if (!err) done(null, parsed);
      else if (req.url.startsWith(WEBHOOKS_PREFIX)) done(null, undefined);
      else done(malformedJson(err), undefined);
    });
  });

  // CONTRACT.md: JSON bodies. Nest would otherwise parse HTML-form bodies too (a content type a
  // cross-site form may send without a CORS preflight): 415 for them, as for any other type.
  app.useBodyParser<RawServerDefault>('application/x-www-form-urlencoded', {}, (_req, _body, done) =>
    done(
      new AppError(
        415,
        'unsupported_media_type',
        'Unsupported media type',
        'Send the body as application/json.',
      ),
      undefined,
    ),
  );

  app.setGlobalPrefix('api/v1', { exclude: ['health', 'health/details', 'metrics'] });
  app.useGlobalFilters(new ProblemFilter());
  app.enableShutdownHooks();

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Ladder API')
      .setDescription('Mentoring marketplace for software engineers. Errors are application/problem+json.')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json', useGlobalPrefix: false });
}
