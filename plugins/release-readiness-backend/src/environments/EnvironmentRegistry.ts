import { Config } from '@backstage/config';
import { NotFoundError } from '@backstage/errors';
import type {
  EnvironmentSummary,
  EnvironmentTarget,
} from '@release-readiness/plugin-release-readiness-common';
import { EnvironmentDefinition, readEnvironments } from './readEnvironments';
import { asSystemRoot, SystemConfigRoot } from '../systems/SystemConfigRoot';

/**
 * The environments of one system, validated once when the system's policy is read.
 */
export class EnvironmentRegistry {
  /** The system these environments belong to. */
  readonly system: string;
  readonly #definitions: EnvironmentDefinition[];
  readonly #byName: Map<string, EnvironmentDefinition>;
  #targets = new Map<string, EnvironmentTarget>();

  /** From a system's policy (or, given the portal's configuration, the single-system shorthand). */
  static fromConfig(input: Config | SystemConfigRoot): EnvironmentRegistry {
    const system = asSystemRoot(input);
    return new EnvironmentRegistry(system.name, readEnvironments(system));
  }

  private constructor(system: string, definitions: EnvironmentDefinition[]) {
    this.system = system;
    this.#definitions = definitions;
    this.#byName = new Map(definitions.map(d => [d.summary.name, d]));
  }

  /** All environments in promotion order. */
  /** True when the system has an environment of that name. */
  has(name: string): boolean {
    return this.#byName.has(name);
  }

  list(): EnvironmentDefinition[] {
    return [...this.#definitions];
  }

  summaries(): EnvironmentSummary[] {
    return this.#definitions.map(d => this.#summaryOf(d));
  }

  /**
   * Where each environment runs, as its workload source describes it (set once at start-up,
   * after the workload sources exist).
   */
  setTargets(targets: Map<string, EnvironmentTarget>): void {
    this.#targets = new Map(targets);
  }

  #summaryOf(definition: EnvironmentDefinition): EnvironmentSummary {
    const target = this.#targets.get(definition.summary.name);
    return target ? { ...definition.summary, target } : definition.summary;
  }

  /** The summary of `name` (with its target); a `NotFoundError` (404) for an unknown name. */
  summary(name: string): EnvironmentSummary {
    return this.#summaryOf(this.get(name));
  }

  /**
   * A collector key unique across systems for one environment's data of one kind, e.g.
   * `workloads:servanda/prod`.
   */
  jobKey(kind: string, environment: string): string {
    return `${kind}:${this.system}/${environment}`;
  }

  /** The environment called `name`; a `NotFoundError` (404) that lists the known names if none. */
  get(name: string): EnvironmentDefinition {
    const definition = this.#byName.get(name);
    if (!definition) {
      const known =
        this.#definitions.map(d => d.summary.name).join(', ') || 'none';
      throw new NotFoundError(
        `Unknown environment '${name}'; configured environments: ${known}`,
      );
    }
    return definition;
  }
}
