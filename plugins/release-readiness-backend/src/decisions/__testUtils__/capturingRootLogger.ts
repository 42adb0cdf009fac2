import {
  coreServices,
  createServiceFactory,
  LoggerService,
} from '@backstage/backend-plugin-api';

/**
 * A root logger that keeps every line any plugin or service logs (`level: message meta`, the
 * meta of the logger's children included), for tests that look for what must never be logged.
 */
export function capturingRootLogger() {
  const lines: string[] = [];
  const create = (labels: object): LoggerService => {
    const write =
      (level: string) => (message: string, meta?: Error | object) => {
        let extra = '';
        if (meta instanceof Error) {
          extra = ` ${meta.name}: ${meta.message} ${meta.stack ?? ''}`;
        } else if (meta) {
          extra = ` ${JSON.stringify(meta)}`;
        }
        lines.push(`${level}: ${message} ${JSON.stringify(labels)}${extra}`);
      };
    return {
      error: write('error'),
      warn: write('warn'),
      info: write('info'),
      debug: write('debug'),
      child: meta => create({ ...labels, ...meta }),
    };
  };
  return {
    lines,
    factory: createServiceFactory({
      service: coreServices.rootLogger,
      deps: {},
      factory: () => create({}),
    }),
  };
}
