import type { SlaServiceDefinition } from '@release-readiness/plugin-release-readiness-common';
import { readConfigWithSchema } from '@release-readiness/plugin-release-readiness-node';
import { Duration } from 'luxon';
import { z } from 'zod';
import type { EnvironmentDefinition } from '../environments/readEnvironments';

const id = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, 'use lower-case letters, digits and dashes');

const window = z
  .string()
  .refine(
    // A window of no length has no requests to judge and no budget period to scale by.
    w => w === 'calendar-month' || Duration.fromISO(w).as('milliseconds') > 0,
    'expected an ISO 8601 duration such as P30D or PT5M, or calendar-month',
  )
  .describe(
    'The period measured: an ISO 8601 duration such as P30D or PT5M, or calendar-month.',
  );

const ratio = z.number().gt(0).lt(1);

const objectiveSchema = z
  .object({
    title: z
      .string()
      .min(1)
      .optional()
      .describe('The name the board shows (default: kind and id).'),
    kind: z
      .enum(['availability', 'latency', 'error-rate'])
      .describe('What is measured.'),
    role: z
      .enum(['slo', 'post-deploy', 'rollback-trigger'])
      .default('slo')
      .describe(
        'slo: the service level; post-deploy: checked after a deploy; rollback-trigger: breaching it suggests a rollback.',
      ),
    target: ratio.describe(
      'Between 0 and 1: the share of good requests (availability, latency) or the highest error share (error-rate).',
    ),
    threshold: z
      .number()
      .positive()
      .optional()
      .describe('Latency objectives only: the limit in seconds.'),
    window: window.default('P30D'),
    minRequests: z
      .number()
      .int()
      .min(0)
      .default(100)
      .describe('Fewer requests in the window mean no data, never a pass.'),
  })
  .strict()
  .refine(o => o.kind !== 'latency' || o.threshold !== undefined, {
    message: 'a latency objective needs a threshold in seconds',
    path: ['threshold'],
  })
  .refine(o => o.kind === 'latency' || o.threshold === undefined, {
    message: 'only latency objectives have a threshold',
    path: ['threshold'],
  });

const serviceSchema = z
  .object({
    metric: z
      .string()
      .regex(/^[a-zA-Z_:][a-zA-Z0-9_:]*$/, 'expected a Prometheus metric name')
      .default('servanda_http_request_duration_seconds')
      .describe('The request duration histogram, a Prometheus metric name.'),
    selector: z
      .string()
      .min(1)
      .describe(
        'The label matchers of the service, e.g. service="api-gateway".',
      ),
    errors: z
      .string()
      .min(1)
      .default('status_code=~"5.."')
      .describe('The label matchers of failed requests.'),
    objectives: z
      .record(id, objectiveSchema)
      .describe('Service level objectives by id.'),
  })
  .strict();

/**
 * An environment's `sla` block: its services and objectives; `source` and the source's own keys
 * (e.g. `prometheus`) are read by the SLA source module.
 */
export const slaSchema = z
  .object({
    source: z
      .string()
      .min(1)
      .describe(
        'The SLA source type, e.g. prometheus (installed as a backend module).',
      ),
    services: z
      .record(id, serviceSchema)
      .describe('The services measured, by id.'),
  })
  .loose()
  .meta({
    title: 'SLA compliance',
    description:
      "Services and their objectives; the source's own block (e.g. prometheus: { server }) is read by the source module.",
  });

const TITLES: Record<string, string> = {
  availability: 'Availability',
  latency: 'Latency',
  'error-rate': 'Error rate',
};

/**
 * Reads every environment's `sla` block: the services and their objectives (availability,
 * latency, error rate; SLOs, post-deploy limits and rollback triggers). The block's own
 * `source` and its source-specific keys are read by the source module. Throws an `InputError`
 * naming the key of an invalid value.
 */
export function readSlaDefinitions(
  environments: EnvironmentDefinition[],
): Map<string, SlaServiceDefinition[]> {
  const result = new Map<string, SlaServiceDefinition[]>();
  for (const { summary, config, keyPrefix } of environments) {
    if (!config.has('sla')) {
      continue;
    }
    const parsed = readConfigWithSchema(config, 'sla', slaSchema, keyPrefix);
    result.set(
      summary.name,
      Object.entries(parsed.services).map(([name, s]) => ({
        name,
        metric: s.metric,
        selector: s.selector,
        errorSelector: s.errors,
        objectives: Object.entries(s.objectives).map(([objectiveId, o]) => ({
          id: objectiveId,
          title: o.title ?? `${TITLES[o.kind]} (${objectiveId})`,
          kind: o.kind,
          role: o.role,
          target: o.target,
          ...(o.threshold !== undefined && { threshold: o.threshold }),
          window: o.window,
          minRequests: o.minRequests,
        })),
      })),
    );
  }
  return result;
}
