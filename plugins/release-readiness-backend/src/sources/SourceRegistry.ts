import { LoggerService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import type { SourceFactory } from '@release-readiness/plugin-release-readiness-node';
import { EnvironmentDefinition } from '../environments/readEnvironments';
import { factoryOptionsOf } from './factoryOptionsOf';

/** The source of one kind that serves one environment. */
export interface EnvironmentSource<TSource> {
  /** The factory type that made it, e.g. `kubernetes`. */
  type: string;
  source: TSource;
}

/**
 * Holds the factories of one source kind (workloads, gates, incidents, on-call) that modules
 * added through an extension point, and creates one source per environment at start-up.
 *
 * @remarks
 * An environment picks its source with `releaseReadiness.environments.<env>.<kind>.source`
 * (e.g. `workloads.source: kubernetes`); `defaultType` may pick one when the key is absent. A
 * type that no installed module provides stops the backend with a message naming the key.
 */
export class SourceRegistry<
  TSource,
  TFactory extends SourceFactory<TSource> = SourceFactory<TSource>,
> {
  readonly #kind: string;
  readonly #defaultType: (
    environment: EnvironmentDefinition,
  ) => string | undefined;
  readonly #factories = new Map<string, TFactory>();

  constructor(
    kind: string,
    options?: {
      defaultType?: (environment: EnvironmentDefinition) => string | undefined;
    },
  ) {
    this.#kind = kind;
    this.#defaultType = options?.defaultType ?? (() => undefined);
  }

  add(...factories: TFactory[]): void {
    for (const factory of factories) {
      if (this.#factories.has(factory.type)) {
        throw new Error(
          `A ${this.#kind} source of type '${factory.type}' was added twice`,
        );
      }
      this.#factories.set(factory.type, factory);
    }
  }

  types(): string[] {
    return [...this.#factories.keys()];
  }

  /** The installed factories, in the order they were added. */
  factories(): TFactory[] {
    return [...this.#factories.values()];
  }

  /** The factory of `type`; undefined when no module installed one. */
  factory(type: string): TFactory | undefined {
    return this.#factories.get(type);
  }

  /**
   * Creates the sources; environments without one are absent from the map.
   *
   * @param builtIn - factories of this one system besides the installed ones (e.g. the `config`
   *   sources, which read the system's own policy); an installed type of the same name wins
   *   nowhere: the two may not collide
   */
  async createAll(
    environments: EnvironmentDefinition[],
    logger: LoggerService,
    builtIn: TFactory[] = [],
  ): Promise<Map<string, EnvironmentSource<TSource>>> {
    const factories = new Map(this.#factories);
    for (const factory of builtIn) {
      if (factories.has(factory.type)) {
        throw new Error(
          `A ${this.#kind} source of type '${factory.type}' was added twice`,
        );
      }
      factories.set(factory.type, factory);
    }
    const result = new Map<string, EnvironmentSource<TSource>>();
    for (const environment of environments) {
      const name = environment.summary.name;
      const key = `${environment.keyPrefix}.${this.#kind}.source`;
      const type =
        environment.config.getOptionalString(`${this.#kind}.source`) ??
        this.#defaultType(environment);
      if (!type) {
        continue;
      }
      const factory = factories.get(type);
      if (!factory) {
        const installed = [...factories.keys()].join(', ') || 'none';
        throw new InputError(
          `Invalid configuration at '${key}': no ${
            this.#kind
          } source of type '${type}' is installed (installed: ${installed})`,
        );
      }
      const source = await factory.create({
        ...factoryOptionsOf(environment),
        logger: logger.child({
          system: environment.system,
          environment: name,
          source: `${this.#kind}:${type}`,
        }),
      });
      result.set(name, { type, source });
    }
    return result;
  }
}
