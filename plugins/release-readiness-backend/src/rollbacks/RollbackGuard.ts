import {
  BackstageCredentials,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import {
  CalendarWindow,
  mayActAs,
  mayHoldRole,
  releaseReadinessEnvironmentResourceRef,
  rollbackFreezeCheck,
} from '@release-readiness/plugin-release-readiness-common';
import type { EnvironmentPermissions } from '../permissions';
import type { RaciReader } from '../readiness/ManualGateGuard';
import type { RollbackPolicy } from './readRollbackPolicies';

/** Why a rollback may or may not go ahead, for the record and the audit event. */
export interface RollbackClearance {
  allowed: boolean;
  /** `permission`, `raci` or `freeze` when refused. */
  deniedBy?: 'permission' | 'raci' | 'freeze';
  reason: string;
}

/**
 * Who may roll back, and when: the Backstage permission `release-readiness.rollback.execute` for
 * the environment (a resource permission), the environment's RACI (the policy's `allowedBy`,
 * by default the Responsible of `rollback`) and the freeze rule; all checked for the user who
 * acts.
 */
export class RollbackGuard {
  readonly #system: string;
  readonly #permissions: EnvironmentPermissions;
  readonly #raci: RaciReader;

  constructor(options: {
    system: string;
    permissions: EnvironmentPermissions;
    raci: RaciReader;
  }) {
    this.#system = options.system;
    this.#permissions = options.permissions;
    this.#raci = options.raci;
  }

  /** Permission and RACI: may this user roll back in this environment at all. */
  async mayRollBack(options: {
    credentials: BackstageCredentials<BackstageUserPrincipal>;
    environment: string;
    policy: RollbackPolicy;
  }): Promise<RollbackClearance> {
    const { credentials, environment, policy } = options;
    const resource = { system: this.#system, environment };
    if (!(await this.#permissions.mayRollback(credentials, resource))) {
      return {
        allowed: false,
        deniedBy: 'permission',
        reason: `The permission policy does not allow you to roll back in ${releaseReadinessEnvironmentResourceRef(
          resource,
        )} (release-readiness.rollback.execute)`,
      };
    }
    const raci = await this.#raci(environment);
    const user = credentials.principal.userEntityRef;
    const who = policy.allowedBy;
    const eligibility =
      'roles' in who
        ? mayHoldRole(raci, { user, environment, roles: who.roles })
        : mayActAs(raci, {
            user,
            environment,
            activity: who.activity,
            as: who.as,
          });
    return eligibility.allowed
      ? { allowed: true, reason: eligibility.reason }
      : { allowed: false, deniedBy: 'raci', reason: eligibility.reason };
  }

  /** The freeze rule at `at` (dry runs are never held back). */
  freeze(options: {
    policy: RollbackPolicy;
    windows: CalendarWindow[];
    at: string;
    overrideReason?: string;
  }): RollbackClearance {
    const check = rollbackFreezeCheck({
      windows: options.windows,
      at: options.at,
      rule: options.policy.freeze,
      overrideReason: options.overrideReason,
    });
    return check.allowed
      ? { allowed: true, reason: check.reason }
      : { allowed: false, deniedBy: 'freeze', reason: check.reason };
  }
}
