import {
  BackstageCredentials,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import {
  GateDefinition,
  maySetManualGate,
  RaciResponse,
  releaseReadinessGateResourceRef,
} from '@release-readiness/plugin-release-readiness-common';
import type { GatePermissions } from '../permissions';

/** Reads an environment's resolved RACI matrix (the people service's `getRaci`). */
export type RaciReader = (environment: string) => Promise<RaciResponse>;

/** The answer of {@link ManualGateGuard.check}: allowed only when both halves allow. */
export interface ManualGateEligibility {
  allowed: boolean;
  /** A sentence for the user and the audit log. */
  reason: string;
  /** Which half decided a refusal. */
  deniedBy?: 'permission' | 'raci';
}

/**
 * Decides who may set a manual gate's results: the Backstage permission
 * `release-readiness.gate.set` for the gate (a resource permission, so a policy can allow dev and
 * deny prod) *and* the environment's RACI through the gate's `setBy` roles. A RACI that cannot be
 * resolved refuses.
 */
export class ManualGateGuard {
  readonly #permissions: GatePermissions;
  readonly #raci: RaciReader;
  readonly #system: string;

  constructor(options: {
    /** The system whose gates this guard decides on; its RACI is the only one consulted. */
    system: string;
    permissions: GatePermissions;
    raci: RaciReader;
  }) {
    this.#system = options.system;
    this.#permissions = options.permissions;
    this.#raci = options.raci;
  }

  async check(options: {
    credentials: BackstageCredentials<BackstageUserPrincipal>;
    environment: string;
    gate: GateDefinition;
  }): Promise<ManualGateEligibility> {
    const { credentials, environment, gate } = options;
    const resource = {
      system: this.#system,
      environment,
      gate: gate.id,
    };
    if (!(await this.#permissions.maySet(credentials, resource))) {
      return {
        allowed: false,
        deniedBy: 'permission',
        reason: `The permission policy does not allow you to set results of ${releaseReadinessGateResourceRef(
          resource,
        )} (release-readiness.gate.set)`,
      };
    }
    const raci = await this.#raci(environment);
    const eligibility = maySetManualGate(raci, {
      user: credentials.principal.userEntityRef,
      environment,
      gate,
    });
    return eligibility.allowed
      ? { allowed: true, reason: eligibility.reason }
      : { allowed: false, deniedBy: 'raci', reason: eligibility.reason };
  }
}
