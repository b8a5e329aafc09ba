import { Writable } from 'node:stream';
import { Logger } from '@nestjs/common';
import { createLogger, PinoNestLogger } from './logger';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  const nest = new PinoNestLogger(createLogger({ level: 'info', pretty: false, destination }));
  Logger.overrideLogger(nest);
  return lines;
}

describe('PinoNestLogger.error', () => {
  afterEach(() =>
    Logger.overrideLogger(new PinoNestLogger(createLogger({ level: 'silent', pretty: false }))),
  );

  it('keeps the error of an object message (how the problem filter logs a 500)', () => {
    const lines = capture();
    new Logger('ProblemFilter').error({ err: new Error('connection reset'), route: '/x' }, 'Unhandled error');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ context: 'ProblemFilter', msg: 'Unhandled error', route: '/x' });
    expect(lines[0]!.err).toMatchObject({ message: 'connection reset', type: 'Error' });
    expect(String((lines[0]!.err as { stack: string }).stack)).toContain('connection reset');
  });

  it('keeps a text message with its stack, and an Error message', () => {
    const lines = capture();
    const logger = new Logger('Jobs');
    logger.error('job failed', 'Error: boom\n    at here');
    logger.error(new Error('kaput'));
    expect(lines[0]).toMatchObject({ context: 'Jobs', msg: 'job failed', stack: 'Error: boom\n    at here' });
    expect(lines[1]).toMatchObject({ context: 'Jobs', msg: 'kaput' });
    expect(lines[1]!.err).toMatchObject({ message: 'kaput' });
  });
});
