import { Config } from '@backstage/config';
import { NotFoundError } from '@backstage/errors';
import type { EnvironmentSummary } from '@internal/backstage-plugin-release-readiness-common';
import {
  EnvironmentDefinition,
  readEnvironments,
} from '../config/readEnvironments';

/**
 * The configured environments, validated once at start-up.
 */
export class EnvironmentRegistry {
  readonly #definitions: EnvironmentDefinition[];
  readonly #byName: Map<string, EnvironmentDefinition>;

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
    return this.#definitions.map(d => d.summary);
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
