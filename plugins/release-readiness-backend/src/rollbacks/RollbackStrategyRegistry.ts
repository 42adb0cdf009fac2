import { LoggerService } from '@backstage/backend-plugin-api';
import { ConfigReader } from '@backstage/config';
import { InputError } from '@backstage/errors';
import type {
  RollbackStrategy,
  RollbackStrategyFactory,
} from '@release-readiness/plugin-release-readiness-node';
import type { EnvironmentDefinition } from '../environments/readEnvironments';
import { factoryOptionsOf } from '../sources/factoryOptionsOf';
import type { RollbackPolicy } from './readRollbackPolicies';

/** `github-actions` → `githubActions`: the key of a strategy's own block. */
export function strategyKeyOf(type: string): string {
  return type.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

/** The strategies of one environment: its own, and per-workload overrides. */
export interface EnvironmentStrategies {
  /** The environment's strategy; undefined when it has none. */
  strategy?: { type: string; strategy: RollbackStrategy };
  workloads: Map<string, { type: string; strategy: RollbackStrategy }>;
}

/**
 * The rollback strategy factories modules add (`release-readiness.rollback-strategies`),
 * creating each environment's strategies from its policy.
 */
export class RollbackStrategyRegistry {
  readonly #factories = new Map<string, RollbackStrategyFactory>();

  add(...factories: RollbackStrategyFactory[]): void {
    for (const factory of factories) {
      if (this.#factories.has(factory.type)) {
        throw new Error(
          `A rollback strategy of type '${factory.type}' was added twice`,
        );
      }
      this.#factories.set(factory.type, factory);
    }
  }

  /**
   * Creates an environment's strategies. Without `rollback.strategy` the environment gets the
   * installed strategy that declares itself the default for its workload source type
   * (`defaultFor`; e.g. the Kubernetes module's for `kubernetes` and `snapshot`), else none. A
   * named type that is not installed throws an `InputError` naming the key.
   */
  async create(options: {
    environment: EnvironmentDefinition;
    policy: RollbackPolicy;
    workloadSourceType?: string;
    logger: LoggerService;
  }): Promise<EnvironmentStrategies> {
    const { environment, policy, logger } = options;
    const sourceType = options.workloadSourceType;
    const fallback =
      sourceType === undefined
        ? undefined
        : [...this.#factories.values()].find(f =>
            f.defaultFor?.includes(sourceType),
          )?.type;
    const type = policy.strategy ?? fallback;
    const make = async (
      strategyType: string,
      block: { config?: EnvironmentDefinition['config']; keyPrefix: string },
      key: string,
    ) => {
      const factory = this.#factories.get(strategyType);
      if (!factory) {
        throw new InputError(
          `Invalid configuration at '${key}': no rollback strategy of type '${strategyType}' is installed (installed: ${
            [...this.#factories.keys()].join(', ') || 'none'
          })`,
        );
      }
      const own = strategyKeyOf(strategyType);
      return {
        type: strategyType,
        strategy: await factory.create({
          ...factoryOptionsOf(environment),
          logger: logger.child({ rollback: strategyType }),
          strategyConfig:
            block.config?.getOptionalConfig(own) ?? new ConfigReader({}),
          strategyKeyPrefix: `${block.keyPrefix}.${own}`,
        }),
      };
    };
    const strategy =
      type && (policy.strategy || this.#factories.has(type))
        ? await make(
            type,
            { config: policy.config, keyPrefix: policy.keyPrefix },
            `${policy.keyPrefix}.strategy`,
          )
        : undefined;
    const workloads = new Map<
      string,
      { type: string; strategy: RollbackStrategy }
    >();
    for (const [name, override] of policy.workloads) {
      const own = strategyKeyOf(override.strategy);
      workloads.set(
        name,
        await make(
          override.strategy,
          override.config.has(own)
            ? override
            : { config: policy.config, keyPrefix: policy.keyPrefix },
          `${override.keyPrefix}.strategy`,
        ),
      );
    }
    return { ...(strategy && { strategy }), workloads };
  }
}
