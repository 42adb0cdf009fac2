import { InputError, NotFoundError } from '@backstage/errors';
import type {
  GateDefinition,
  ManualGateRecord,
  ManualGateRequest,
  ReadinessPolicy,
} from '@release-readiness/plugin-release-readiness-common';
import { EnvironmentRegistry } from '../environments/EnvironmentRegistry';
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

  /** True when `environment` has a manual gate `gate` (for permission resources). */
  exists(environment: string, gate: string): boolean {
    return (this.#policies.get(environment)?.gates ?? []).some(
      g => g.source === 'manual' && g.id === gate,
    );
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

  /**
   * Appends a result; a retried request (same user and `requestId`) returns the first record.
   * The caller has checked that the user may set it ({@link ManualGateGuard}).
   */
  /** Throws 404/400 unless `check` is a check of the manual gate `gate` of `environment`. */
  check(
    environment: string,
    gate: string,
    check: string,
  ): { name: string; definition: GateDefinition } {
    const found = this.gate(environment, gate);
    if (!found.definition.checks.includes(check)) {
      throw new InputError(
        `Invalid path parameter 'check': '${check}' is not a check of gate '${
          found.definition.id
        }' (checks: ${found.definition.checks.join(', ')})`,
      );
    }
    return found;
  }

  async record(options: {
    environment: string;
    gate: string;
    check: string;
    request: ManualGateRequest & { requestId: string };
    actor: string;
    /** The release the result is for (the request's, or the one being judged). */
    ref: string;
  }): Promise<{ record: ManualGateRecord; created: boolean }> {
    const { name, definition } = this.check(
      options.environment,
      options.gate,
      options.check,
    );
    return this.#store.append({
      system: this.#environments.system,
      environment: name,
      gate: definition.id,
      check: options.check,
      state: options.request.state,
      reason: options.request.reason,
      actor: options.actor,
      ref: options.ref,
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
    return this.#store.history(this.#environments.system, name, definition.id, {
      limit,
    });
  }
}
