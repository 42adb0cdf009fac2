import type { OpenIncidents } from '@release-readiness/plugin-release-readiness-common';
import type {
  IncidentSource,
  SourceCallOptions,
} from '@release-readiness/plugin-release-readiness-node';
import type { PagerDutyClient } from '../client';
import type { SeverityMapping } from './readSeverityMapping';
import { PagerDutyIncident, toOpenIncident } from './toOpenIncident';

/**
 * At most this many open incidents are read: where PagerDuty's offset pagination ends. A list cut
 * there is reported as `truncated` (the readiness rule then reads `unknown`), since an incident
 * not read may be the one that blocks.
 */
const MAX_INCIDENTS = 10_000;

/**
 * Open incidents (triggered or acknowledged, of any age) of an environment's PagerDuty services,
 * with their priority and urgency mapped to P0–P3.
 */
export class PagerDutyIncidentSource implements IncidentSource {
  readonly key: string;
  readonly name = 'pagerduty';
  /** The token's opaque rate-limit group (see {@link PagerDutyClient.rateLimitGroup}). */
  readonly rateLimitGroup: string;
  readonly #client: PagerDutyClient;
  readonly #serviceIds: string[];
  readonly #mapping: SeverityMapping;

  constructor(options: {
    client: PagerDutyClient;
    serviceIds: string[];
    mapping: SeverityMapping;
  }) {
    this.#client = options.client;
    this.#serviceIds = [...options.serviceIds].sort();
    this.#mapping = options.mapping;
    this.key = `pagerduty:${this.#serviceIds.join(',')}`;
    this.rateLimitGroup = options.client.rateLimitGroup;
  }

  async listOpenIncidents({
    signal,
  }: SourceCallOptions): Promise<OpenIncidents> {
    const { items, truncated } = await this.#client.listAll<PagerDutyIncident>(
      '/incidents',
      'incidents',
      {
        'statuses[]': ['triggered', 'acknowledged'],
        'service_ids[]': this.#serviceIds,
        // Without it PagerDuty only searches the last month; an older open incident still counts.
        date_range: 'all',
        time_zone: 'UTC',
      },
      { signal, maxItems: MAX_INCIDENTS },
    );
    return {
      truncated,
      incidents: items
        .filter(i => i.status === 'triggered' || i.status === 'acknowledged')
        .map(i => toOpenIncident(i, this.#mapping)),
    };
  }
}
