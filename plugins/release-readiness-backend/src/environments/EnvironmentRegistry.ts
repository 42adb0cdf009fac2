import { Config } from '@backstage/config';
import { NotFoundError } from '@backstage/errors';
import type {
  EnvironmentSummary,
  EnvironmentTarget,
} from '@internal/backstage-plugin-release-readiness-common';
import {
  EnvironmentDefinition,
  readEnvironments,
} from './readEnvironments';

/**
 * The configured environments, validated once at start-up.
 */
export class EnvironmentRegistry {
  readonly #definitions: EnvironmentDefinition[];
  readonly #byName: Map<string, EnvironmentDefinition>;
  #targets = new Map<string, EnvironmentTarget>();

  static fromConfig(config: Config): EnvironmentRegistry {
    return new EnvironmentRegistry(readEnvironments(config));
  }

  private constructor(definitions: EnvironmentDefinition[]) {
    this.#definitions = definitions;
    this.#byName = new Map(definitions.map(d => [d.summary.name, d]));
  }

  /** All environments in promotion order. */
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
