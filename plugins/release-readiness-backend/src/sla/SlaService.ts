import {
  budgetObjectiveOf,
  ErrorBudgets,
  evaluateSlaService,
  resolveSloWindow,
  SlaMeasurements,
  SlaResponse,
  SlaServiceDefinition,
  sloWindows,
  Sourced,
  toErrorBudgets,
} from '@release-readiness/plugin-release-readiness-common';
import type {
  SlaMeasureRequest,
  SlaSource,
} from '@release-readiness/plugin-release-readiness-node';
import type { SourceCollector } from '../collector/collectorTypes';
import { EnvironmentJobs } from '../collector/EnvironmentJobs';
import type { EnvironmentRegistry } from '../environments/EnvironmentRegistry';
import type { EnvironmentSource } from '../sources/SourceRegistry';

/** Points of the error-budget sparkline. */
const SPARKLINE_POINTS = 60;

/** What the source measured, with the moment its windows were resolved for. */
type MeasuredSla = SlaMeasurements & { at: string };

/**
 * SLA compliance per environment: the environment's SLA source measures request, error and
 * latency counts per service and window through the collector (cached, timed out, stale on
 * failure); the pure SLO maths of `-common` judges them on every read.
 */
export class SlaService {
  readonly #environments: EnvironmentRegistry;
  readonly #definitions: Map<string, SlaServiceDefinition[]>;
  readonly #jobs: EnvironmentJobs<MeasuredSla>;

  constructor(options: {
    environments: EnvironmentRegistry;
    collector: SourceCollector;
    sources: Map<string, EnvironmentSource<SlaSource>>;
    definitions: Map<string, SlaServiceDefinition[]>;
    now?: () => number;
  }) {
    const now = options.now ?? Date.now;
    this.#environments = options.environments;
    this.#definitions = options.definitions;
    this.#jobs = EnvironmentJobs.register({
      collector: options.collector,
      sources: [...options.sources].filter(([env]) =>
        options.definitions.has(env),
      ),
      job: (environment, { source }) => ({
        key: options.environments.jobKey('sla', environment),
        sourceName: source.name,
        rateLimitGroup: source.rateLimitGroup,
        fetch: async ({ signal }) => {
          // A calendar-month window resolves to a different length at every moment: the
          // results are judged at the moment the request was built for, not the fetch time.
          const at = new Date(now()).toISOString();
          const request = measureRequest(
            options.definitions.get(environment) ?? [],
            at,
          );
          return { ...(await source.measure(request, { signal })), at };
        },
      }),
      notConfigured: name => ({
        name: 'none',
        message: `No SLA source is configured (${name}: sla.source and sla.services)`,
      }),
    });
  }

  /** The environment's services judged against their objectives. */
  async getSla(environment: string): Promise<SlaResponse> {
    const name = this.#environments.get(environment).summary.name;
    const definitions = this.#definitions.get(name) ?? [];
    const { value, source } = await this.#jobs.read(name);
    const at = value?.at ?? source.fetchedAt ?? new Date().toISOString();
    const warnings = value?.warnings ?? [];
    return {
      environment: name,
      services: definitions.map(definition =>
        evaluateSlaService(
          definition,
          value?.services.find(s => s.service === definition.name),
          {
            at,
            ...(warnings.length > 0 && { warnings }),
            ...(!value && { unavailable: true }),
          },
        ),
      ),
      // Only their number: the source's text stays out of the response.
      ...(warnings.length > 0 && { warnings: warnings.length }),
      source,
    };
  }

  /**
   * Measures again now, past the cache (a rollback's verification judges its triggers on fresh
   * counts), then answers as {@link SlaService.getSla}.
   */
  async refresh(environment: string): Promise<SlaResponse> {
    const name = this.#environments.get(environment).summary.name;
    await this.#jobs.refresh(name);
    return this.getSla(name);
  }

  /** The error budgets for the readiness rule; undefined without an SLA source. */
  async errorBudgets(
    environment: string,
  ): Promise<Sourced<ErrorBudgets> | undefined> {
    if (!this.#jobs.has(environment)) {
      return undefined;
    }
    const sla = await this.getSla(environment);
    return sla.source.status === 'unavailable'
      ? { source: sla.source }
      : { value: toErrorBudgets(sla.services), source: sla.source };
  }
}

function measureRequest(
  definitions: SlaServiceDefinition[],
  at: string,
): SlaMeasureRequest {
  return {
    at,
    services: definitions.map(definition => {
      const budget = budgetObjectiveOf(definition);
      return {
        name: definition.name,
        metric: definition.metric,
        selector: definition.selector,
        errorSelector: definition.errorSelector,
        windows: sloWindows([definition], at),
        thresholds: [
          ...new Set(
            definition.objectives.flatMap(o =>
              o.threshold !== undefined ? [o.threshold] : [],
            ),
          ),
        ],
        ...(budget && {
          series: {
            window: resolveSloWindow(budget.window, at),
            points: SPARKLINE_POINTS,
          },
        }),
      };
    }),
  };
}
