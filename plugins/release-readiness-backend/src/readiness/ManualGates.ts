import { InputError, NotFoundError } from '@backstage/errors';
import type {
  GateDefinition,
  ManualGateRecord,
  ManualGateRequest,
  ReadinessPolicy,
} from '@internal/backstage-plugin-release-readiness-common';
import { EnvironmentRegistry } from '../service/EnvironmentRegistry';
import { ManualGateStore } from './ManualGateStore';

/**
 * Manual gates: results that authorised users set, with a reason, for teams without a CI source.
 * Checks that the gate and the check exist in the environment's policy before anything is
 * written; the store keeps every result (append-only).
 */
export class ManualGates {
  readonly #environments: EnvironmentRegistry;
  readonly #policies: Map<string, ReadinessPolicy>;
  readonly #store: ManualGateStore;

  constructor(options: {
    environments: EnvironmentRegistry;
    policies: Map<string, ReadinessPolicy>;
    store: ManualGateStore;
  }) {
    this.#environments = options.environments;
    this.#policies = options.policies;
    this.#store = options.store;
  }

  /** The manual gate `gate` of `environment`; a 404 naming the manual gates if there is none. */
  gate(
    environment: string,
    gate: string,
  ): { name: string; definition: GateDefinition } {
    const name = this.#environments.get(environment).summary.name;
    const manual = (this.#policies.get(name)?.gates ?? []).filter(
      g => g.source === 'manual',
    );
    const definition = manual.find(g => g.id === gate);
    if (!definition) {
      throw new NotFoundError(
        `'${gate}' is not a manual gate of ${name}; manual gates: ${
          manual.map(g => g.id).join(', ') || 'none'
        }`,
      );
    }
    return { name, definition };
  }

  /** Appends a result; a retried request (same `requestId`) returns the first record. */
  async record(options: {
    environment: string;
    gate: string;
    check: string;
    request: ManualGateRequest & { requestId: string };
    actor: string;
  }): Promise<{ record: ManualGateRecord; created: boolean }> {
    const { name, definition } = this.gate(options.environment, options.gate);
    if (!definition.checks.includes(options.check)) {
      throw new InputError(
        `Invalid path parameter 'check': '${
          options.check
        }' is not a check of gate '${
          definition.id
        }' (checks: ${definition.checks.join(', ')})`,
      );
    }
    return this.#store.append({
      environment: name,
      gate: definition.id,
      check: options.check,
      state: options.request.state,
      reason: options.request.reason,
      actor: options.actor,
      requestId: options.request.requestId,
    });
  }

  /** The gate's records, newest first. */
  async history(
    environment: string,
    gate: string,
    limit?: number,
  ): Promise<ManualGateRecord[]> {
    const { name, definition } = this.gate(environment, gate);
    return this.#store.history(name, definition.id, { limit });
  }
}
