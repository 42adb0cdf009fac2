import { InputError } from '@backstage/errors';
import { STANDARD_CHANGE_TYPE } from '../calendar';
import { changeWindowOf } from './changeWindowOf';
import { onCallPeriodOf } from './onCallPeriodOf';
import type { ChangeRisk, ReadinessPolicy } from './policyTypes';
import type { ReadinessEvaluation } from './resultTypes';

/**
 * What a readiness request asks, before anything is read.
 *
 * @public
 */
export interface ReadinessRequest {
  /** The environment, for messages. */
  environment: string;
  /** The moment to judge, ISO 8601 with `Z` or an offset; default `now`. */
  at?: string;
  /** When the request is made (ISO). */
  now: string;
  /** Default `standard`; must be one the policy knows. */
  changeType?: string;
  /** Default: the policy's `defaultRisk`. */
  risk?: ChangeRisk;
  /**
   * Where the environment's policy would be configured, for the reason of a missing one, e.g.
   * `releaseReadiness.environments.qa.readiness`.
   */
  policyLocation?: string;
}

/**
 * The inputs an evaluation needs read, and for when.
 *
 * @public
 */
export interface ReadinessNeeds {
  /** CI gate results (the gate source), for the release being judged. */
  ciChecks: boolean;
  /** Manual gate results, for the release being judged. */
  manualChecks: boolean;
  /** Which release is judged (for CI and manual gates). */
  release: boolean;
  incidents: boolean;
  /** On-call coverage of this period (through the end of the release window the change uses). */
  onCall?: { start: string; end: string };
  backup: boolean;
  restoreTest: boolean;
  cabDecision: boolean;
  errorBudgets: boolean;
}

/**
 * The plan for one readiness request: either the answer already (no policy: `unknown`, never
 * `ready`), or the normalised moment, change type and risk with the inputs to read.
 *
 * @public
 */
export type ReadinessPlan =
  | { evaluation: ReadinessEvaluation }
  | {
      evaluation?: undefined;
      /** The policy to evaluate with. */
      policy: ReadinessPolicy;
      /** The moment judged, ISO in UTC: pass it to `evaluateReadiness` as is. */
      at: string;
      changeType: string;
      risk: ChangeRisk;
      needs: ReadinessNeeds;
    };

/**
 * Plans a readiness evaluation: validates the request against the policy, answers when there is
 * nothing to evaluate, and lists the inputs and time ranges `evaluateReadiness` will need.
 *
 * @remarks
 * Pure. The on-call range is the one the evaluation judges: through the end of the release
 * window the change goes out in (however long it is), or the rule's coverage after the change;
 * reading exactly that range means a long window is never `unknown` for want of data.
 *
 * @throws `InputError` naming `at` or `changeType` when the request does not fit the policy
 * @public
 */
export function planReadiness(
  policy: ReadinessPolicy | undefined,
  request: ReadinessRequest,
): ReadinessPlan {
  const atMs = Date.parse(request.at ?? request.now);
  if (Number.isNaN(atMs)) {
    throw new InputError(
      `Invalid query parameter 'at': '${request.at}' is not an ISO 8601 time`,
    );
  }
  const at = new Date(atMs).toISOString();
  const changeType = request.changeType ?? STANDARD_CHANGE_TYPE;
  if (!policy) {
    return {
      evaluation: {
        verdict: 'unknown',
        reasons: [
          {
            itemId: 'policy',
            status: 'unknown',
            enforcement: 'block',
            text: `No readiness policy is configured${
              request.policyLocation ? ` (${request.policyLocation})` : ''
            }`,
          },
        ],
        items: [],
        nextWindow: null,
        at,
        changeType,
        risk: request.risk ?? 'normal',
        changeTypes: [STANDARD_CHANGE_TYPE],
      },
    };
  }
  if (!policy.changeTypes.includes(changeType)) {
    throw new InputError(
      `Invalid query parameter 'changeType': '${changeType}' is not a change type of ${
        request.environment
      } (known: ${policy.changeTypes.join(', ')})`,
    );
  }
  const needs = (type: string) =>
    policy.preconditions.some(p => p.type === type);
  const window = changeWindowOf(policy, at, changeType);
  const periods = policy.preconditions.flatMap(p =>
    p.type === 'oncall-reachable' ? [onCallPeriodOf(p, at, window)] : [],
  );
  const gates = (source: 'ci' | 'manual') =>
    policy.gates.some(g => g.source === source);
  return {
    policy,
    at,
    changeType,
    risk: request.risk ?? policy.defaultRisk,
    needs: {
      ciChecks: gates('ci'),
      manualChecks: gates('manual'),
      release: policy.gates.length > 0,
      incidents: needs('incident-free'),
      ...(periods.length > 0 && {
        onCall: {
          start: at,
          end: new Date(
            Math.max(...periods.map(p => Date.parse(p.end))),
          ).toISOString(),
        },
      }),
      backup: needs('backup-age'),
      restoreTest: needs('restore-test-age'),
      cabDecision: needs('cab-approval'),
      errorBudgets: needs('error-budget'),
    },
  };
}
