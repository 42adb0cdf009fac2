import type { OpenIncidents } from '@internal/backstage-plugin-release-readiness-common';
import type {
  IncidentSource,
  SourceCallOptions,
} from '@internal/backstage-plugin-release-readiness-node';
import type { PagerDutyClient } from '../client';
import type { SeverityMapping } from './readSeverityMapping';
import { PagerDutyIncident, toOpenIncident } from './toOpenIncident';

/** At most this many open incidents are read; more would not change a verdict. */
const MAX_INCIDENTS = 500;

/**
 * Open incidents (triggered or acknowledged, of any age) of an environment's PagerDuty services,
 * with their priority and urgency mapped to P0–P3.
 */
export class PagerDutyIncidentSource implements IncidentSource {
  readonly key: string;
  readonly name = 'pagerduty';
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
  }

  async listOpenIncidents({
    signal,
  }: SourceCallOptions): Promise<OpenIncidents> {
    const incidents = await this.#client.list<PagerDutyIncident>(
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
      incidents: incidents
        .filter(i => i.status === 'triggered' || i.status === 'acknowledged')
        .map(i => toOpenIncident(i, this.#mapping)),
    };
  }
}
