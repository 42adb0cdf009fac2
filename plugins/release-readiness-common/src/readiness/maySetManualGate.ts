import { mayActAs, mayHoldRole } from '../people';
import type { RaciEligibility, RaciResponse } from '../people';
import type { GateDefinition } from './policyTypes';

/**
 * May `user` set results of the manual gate `gate` in `environment`? Checked against the
 * environment's resolved RACI matrix with the gate's `setBy` setting: the letters of an activity
 * (default: Responsible and Accountable of `go-no-go`) through {@link mayActAs}, or roles through
 * {@link mayHoldRole}.
 *
 * @remarks
 * Pure. Only the RACI half of the decision: the backend also checks the Backstage permission
 * `release-readiness.gate.set` for the same user and resource.
 *
 * @public
 */
export function maySetManualGate(
  raci: RaciResponse,
  request: { user: string; environment: string; gate: GateDefinition },
): RaciEligibility {
  const { user, environment, gate } = request;
  if (gate.source !== 'manual') {
    return {
      allowed: false,
      reason: `'${gate.id}' is not a manual gate: its results come from CI`,
      matches: [],
    };
  }
  const setBy = gate.setBy;
  return 'roles' in setBy
    ? mayHoldRole(raci, { user, environment, roles: setBy.roles })
    : mayActAs(raci, {
        user,
        environment,
        activity: setBy.activity,
        as: setBy.as,
      });
}
