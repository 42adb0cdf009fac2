import type { LoggerService } from '@backstage/backend-plugin-api';

/** A logger that keeps every line (`level: message meta`), for tests. */
export function captureLogger(): LoggerService & { lines: string[] } {
  const lines: string[] = [];
  const write = (level: string) => (message: string, meta?: Error | object) => {
    lines.push(`${level}: ${message}${meta ? ` ${JSON.stringify(meta)}` : ''}`);
  };
  const logger: LoggerService & { lines: string[] } = {
    lines,
    error: write('error'),
    warn: write('warn'),
    info: write('info'),
    debug: write('debug'),
    child: () => logger,
  };
  return logger;
}
