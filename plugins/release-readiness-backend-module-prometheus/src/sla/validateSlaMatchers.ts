import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { parseLabelMatchers } from '../promql/parseLabelMatchers';
import { METRIC_NAME, RESERVED_LABELS } from './planSlaService';

/** The policy's default error matchers (`sla.services.<name>.errors`). */
export const DEFAULT_ERRORS = 'status_code=~"5.."';

/**
 * Checks, when the source is created, that every service of the environment's `sla.services`
 * has a metric name and label matchers the queries can be built from (see
 * `parseLabelMatchers`): a policy file cannot slip PromQL of its own into a query. Throws an
 * `InputError` naming each bad key, e.g. `Invalid configuration at
 * 'environments.prod.sla.services.api-gateway.selector': expected a comma at character 20; …`.
 * Other keys and types are the backend's to check.
 */
export function validateSlaMatchers(options: {
  config: Config;
  keyPrefix: string;
}): void {
  const services = asObject(options.config.getOptional('sla.services'));
  const problems: string[] = [];
  for (const [name, raw] of Object.entries(services ?? {})) {
    const service = asObject(raw);
    const key = `${options.keyPrefix}.sla.services.${name}`;
    const metric = service?.metric;
    if (typeof metric === 'string' && !METRIC_NAME.test(metric)) {
      problems.push(
        `Invalid configuration at '${key}.metric': expected a Prometheus metric name`,
      );
    }
    for (const field of ['selector', 'errors'] as const) {
      const value =
        service?.[field] ?? (field === 'errors' ? DEFAULT_ERRORS : undefined);
      if (typeof value !== 'string') {
        continue;
      }
      try {
        parseLabelMatchers(value, { min: 1, reserved: RESERVED_LABELS });
      } catch (error) {
        problems.push(
          `Invalid configuration at '${key}.${field}': ${
            (error as Error).message
          }`,
        );
      }
    }
  }
  if (problems.length > 0) {
    throw new InputError(problems.join('; '));
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asObject(value: unknown): Record<string, unknown> | undefined {
  return isRecord(value) ? value : undefined;
}
