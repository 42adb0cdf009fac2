import { Config } from '@backstage/config';
import type { IncidentSeverity } from '@release-readiness/plugin-release-readiness-common';
import { readConfigWithSchema } from '@release-readiness/plugin-release-readiness-node';
import { z } from 'zod';

/** How PagerDuty priorities and urgencies map to the team's P0–P3. */
export interface SeverityMapping {
  /** Priority name (as PagerDuty shows it, e.g. `P1`, `SEV-1`) to severity. */
  priorities: Record<string, IncidentSeverity>;
  /** Urgency (`high`, `low`) to severity, for incidents without a mapped priority. */
  urgencies: Partial<Record<'high' | 'low', IncidentSeverity>>;
}

const severity = z.enum(['P0', 'P1', 'P2', 'P3']);

const schema = z
  .object({
    priorities: z.record(z.string().min(1), severity).optional(),
    urgencies: z
      .object({ high: severity.optional(), low: severity.optional() })
      .optional(),
  })
  .optional();

/** Priorities named P0–P3 mean what they say unless configured otherwise. */
const DEFAULT_PRIORITIES: Record<string, IncidentSeverity> = {
  P0: 'P0',
  P1: 'P1',
  P2: 'P2',
  P3: 'P3',
};

/**
 * Reads `releaseReadiness.pagerduty.severity`. Throws an `InputError` naming the key of an
 * invalid value.
 */
export function readSeverityMapping(root: Config): SeverityMapping {
  const parsed = readConfigWithSchema(
    root,
    'releaseReadiness.pagerduty.severity',
    schema,
    '',
  );
  return {
    priorities: parsed?.priorities ?? DEFAULT_PRIORITIES,
    urgencies: parsed?.urgencies ?? {},
  };
}
