import { JsonObject } from '@backstage/types';
import type { RaciResponse } from '@internal/backstage-plugin-release-readiness-common';
import { SourceUnavailableError } from '@internal/backstage-plugin-release-readiness-node';
import { Collector, CollectJob } from '../collector/Collector';
import type { EnvironmentRegistry } from '../service/EnvironmentRegistry';
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
  readonly #collector: Collector;
  readonly #definitions?: Map<string, RaciDefinition>;
  readonly #jobs = new Map<string, CollectJob<JsonObject>>();

  static create(options: {
    environments: EnvironmentRegistry;
    collector: Collector;
    resolver: CatalogPeopleResolver;
    definitions?: Map<string, RaciDefinition>;
  }): RaciService {
    return new RaciService(options);
  }

  private constructor(options: {
    environments: EnvironmentRegistry;
    collector: Collector;
    resolver: CatalogPeopleResolver;
    definitions?: Map<string, RaciDefinition>;
  }) {
    this.#environments = options.environments;
    this.#collector = options.collector;
    this.#definitions = options.definitions;
    for (const [environment, definition] of options.definitions ?? []) {
      const refs = definition.roles.flatMap(r => r.members);
      this.#jobs.set(
        environment,
        options.collector.register<JsonObject>({
          key: `raci:${environment}`,
          sourceName: SOURCE_NAME,
          fetch: async () => {
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
            // Plain JSON data; the interface only lacks an index signature.
            return resolved as unknown as JsonObject;
          },
        }),
      );
    }
  }

  /** The RACI matrix of `environment`; a `NotFoundError` for an unknown environment. */
  async getRaci(environment: string): Promise<RaciResponse> {
    const name = this.#environments.get(environment).summary.name;
    const definition = this.#definitions?.get(name);
    const job = this.#jobs.get(name);
    if (!definition || !job) {
      return {
        environment: name,
        activities: [],
        roles: [],
        findings: [],
        source: {
          name: SOURCE_NAME,
          status: 'unavailable',
          error: {
            type: 'NOT_CONFIGURED',
            message: 'No RACI is configured (releaseReadiness.raci)',
          },
        },
      };
    }
    const { value, source } = await this.#collector.read(job);
    return buildRaciResponse({
      environment: name,
      definition,
      resolved: value as unknown as ResolvedMembers | undefined,
      source,
    });
  }
}
