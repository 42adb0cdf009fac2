import type { LoggerService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import type { SlaMeasurements } from '@release-readiness/plugin-release-readiness-common';
import type {
  SlaMeasureRequest,
  SlaSource,
  SourceCallOptions,
} from '@release-readiness/plugin-release-readiness-node';
import type { PrometheusClient } from '../client/PrometheusClient';
import { runLimited } from '../client/runLimited';
import { WarningTally } from '../client/WarningTally';
import { withDeadline } from '../client/withDeadline';
import type { BucketBoundary } from './BucketBoundary';
import { buildSlaQueries } from './buildSlaQueries';
import { parseBucketBoundaries } from './parseBucketBoundaries';
import { planSlaService } from './planSlaService';
import { singleValue } from './singleValue';
import { serviceJobs, SlaQueryRunner } from './serviceJobs';

/** What a {@link PrometheusSlaSource} measures from. */
export interface PrometheusSlaSourceOptions {
  client: PrometheusClient;
  system: string;
  environment: string;
  logger: LoggerService;
  /** Queries in flight at once per measurement (default 4; Prometheus runs 20 at once). */
  concurrency?: number;
}

/**
 * SLA counts from Prometheus: per service and window, instant queries at the request's `at`
 * for the requests, the errors and the requests within each latency threshold (from the
 * histogram's buckets), and the budget series as a range query (see the README for the PromQL).
 *
 * @remarks
 * An empty answer is `null` (no series), never 0. Upstream `warnings` go into the result's
 * `warnings` (every result then reads unknown), and so does a service whose series have no
 * sample within Prometheus' lookback before `at` while its windows still hold counts: its data
 * is stale (e.g. the exporter stopped), and `increase()` would extrapolate the old samples.
 * Any failure, or no answer within the server's `timeout` (the requests are aborted), is a
 * `SourceUnavailableError` with our own message.
 */
export class PrometheusSlaSource implements SlaSource {
  /** `prometheus:<server>/<system>/<environment>`: the services of one environment. */
  readonly key: string;
  /** `prometheus:<server>`. */
  readonly name: string;
  /** One group per server: a 429 of a proxy in front of it holds back all its sources. */
  readonly rateLimitGroup: string;
  readonly #client: PrometheusClient;
  readonly #logger: LoggerService;
  readonly #context: string;
  readonly #concurrency: number;

  constructor(options: PrometheusSlaSourceOptions) {
    const { client, system, environment } = options;
    this.key = `prometheus:${client.name}/${system}/${environment}`;
    this.name = `prometheus:${client.name}`;
    this.rateLimitGroup = `prometheus:${client.name}`;
    this.#client = client;
    this.#logger = options.logger;
    this.#context = `the SLA of ${system}/${environment}`;
    this.#concurrency = options.concurrency ?? 4;
  }

  async measure(
    request: SlaMeasureRequest,
    { signal }: SourceCallOptions,
  ): Promise<SlaMeasurements> {
    const atMs = Date.parse(request.at);
    if (Number.isNaN(atMs)) {
      throw new InputError('at: expected an ISO 8601 time');
    }
    const plans = request.services.map(service =>
      planSlaService(service, atMs),
    );
    const client = this.#client;
    return withDeadline(
      { signal, timeoutMs: client.timeoutMs, server: client.name },
      async deadline => {
        const tally = new WarningTally(client);
        const runner: SlaQueryRunner = {
          server: client.name,
          atMs,
          instant: async (expr, s) =>
            tally.take(await client.query(expr, atMs, s)),
          range: async (expr, range, s) =>
            tally.take(await client.queryRange(expr, range, s)),
        };
        const limits = { concurrency: this.#concurrency, signal: deadline };
        // First the newest sample (is the data fresh?) and the bucket boundaries (which `le`
        // a threshold needs), then every window's counts and the budget series.
        const fresh: boolean[] = plans.map(() => false);
        const boundaries: BucketBoundary[][] = plans.map(() => []);
        await runLimited(
          plans.flatMap((plan, i) => {
            const queries = buildSlaQueries(plan);
            return [
              async (s: AbortSignal) => {
                const newest = await runner.instant(queries.newestSample(), s);
                fresh[i] = singleValue(newest, client.name) !== null;
              },
              ...(plan.thresholds.length > 0
                ? [
                    async (s: AbortSignal) => {
                      boundaries[i] = parseBucketBoundaries(
                        await runner.instant(queries.boundaries(), s),
                      );
                    },
                  ]
                : []),
            ];
          }),
          limits,
        );
        const services = plans.map((plan, i) =>
          serviceJobs(plan, boundaries[i], runner),
        );
        await runLimited(
          services.flatMap(s => s.jobs),
          limits,
        );
        const measured = services.map(s => s.assemble());
        const warnings = [
          ...measured.flatMap((m, i) =>
            !fresh[i] && m.windows.some(w => w.total !== null)
              ? [
                  `Prometheus ${client.name} has no recent sample of ${m.service} (none within its lookback before ${request.at}): the data is stale, the results are unknown`,
                ]
              : [],
          ),
        ];
        const warning = tally.finish(this.#logger, this.#context);
        if (warning) {
          warnings.unshift(warning);
        }
        return {
          services: measured,
          ...(warnings.length > 0 && { warnings }),
        };
      },
    );
  }
}
