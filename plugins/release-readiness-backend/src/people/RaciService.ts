import type { RaciResponse } from '@release-readiness/plugin-release-readiness-common';
import { SourceUnavailableError } from '@release-readiness/plugin-release-readiness-node';
import type { SourceCollector } from '../collector/collectorTypes';
import { EnvironmentJobs } from '../collector/EnvironmentJobs';
import type { EnvironmentRegistry } from '../environments/EnvironmentRegistry';
import { buildRaciResponse } from './buildRaciResponse';
import type {
  CatalogPeopleResolver,
  ResolvedMembers,
} from './CatalogPeopleResolver';
import type { RaciDefinition } from './readRaciConfig';

const SOURCE_NAME = 'catalog';

/**
 * The RACI matrix per environment: configured roles resolved to people through the catalog.
 * Catalog reads go through the collector (cached, timed out, stale fallback), one job per
 * environment.
 */
export class RaciService {
  readonly #environments: EnvironmentRegistry;
  readonly #definitions?: Map<string, RaciDefinition>;
  readonly #jobs: EnvironmentJobs<ResolvedMembers>;

  static create(options: {
    environments: EnvironmentRegistry;
    collector: SourceCollector;
    resolver: CatalogPeopleResolver;
    definitions?: Map<string, RaciDefinition>;
  }): RaciService {
    return new RaciService(options);
  }

  private constructor(options: {
    environments: EnvironmentRegistry;
    collector: SourceCollector;
    resolver: CatalogPeopleResolver;
    definitions?: Map<string, RaciDefinition>;
  }) {
    this.#environments = options.environments;
    this.#definitions = options.definitions;
    this.#jobs = EnvironmentJobs.register({
      collector: options.collector,
      sources: options.definitions ?? new Map<string, RaciDefinition>(),
      job: (environment, definition) => ({
        key: options.environments.jobKey('raci', environment),
        sourceName: SOURCE_NAME,
        fetch: async () => {
          const refs = definition.roles.flatMap(r => r.members);
          const resolved = await options.resolver.resolveMembers(refs);
          const missing = resolved.findings.filter(
            f => f.code === 'ENTITY_NOT_FOUND',
          ).length;
          if (refs.length > 0 && missing === new Set(refs).size) {
            // Not one configured user or group exists: the catalog is still ingesting or
            // points elsewhere. Saying "every role resolves to nobody" would be a false finding.
            throw new SourceUnavailableError(
              'NOT_FOUND',
              `None of the ${missing} configured users and groups is in the catalog (yet)`,
            );
          }
          return resolved;
        },
      }),
      notConfigured: () => ({
        name: SOURCE_NAME,
        message: 'No RACI is configured (releaseReadiness.raci)',
      }),
    });
  }

  /** The RACI matrix of `environment`; a `NotFoundError` for an unknown environment. */
  async getRaci(environment: string): Promise<RaciResponse> {
    const name = this.#environments.get(environment).summary.name;
    const definition = this.#definitions?.get(name);
    const { value, source } = await this.#jobs.read(name);
    if (!definition) {
      return {
        environment: name,
        activities: [],
        roles: [],
        findings: [],
        source,
      };
    }
    return buildRaciResponse({
      environment: name,
      definition,
      resolved: value,
      source,
    });
  }
}
