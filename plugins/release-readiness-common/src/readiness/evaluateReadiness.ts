import { STANDARD_CHANGE_TYPE } from '../calendar';
import {
  changeWindowOf,
  READINESS_WINDOW_HORIZON_DAYS,
} from './changeWindowOf';
import { evaluateCabApproval } from './evaluateCabApproval';
import { evaluateChangeWindowRule } from './evaluateChangeWindowRule';
import { evaluateErrorBudget } from './evaluateErrorBudget';
import { evaluateEvidenceAge } from './evaluateEvidenceAge';
import { evaluateGate } from './evaluateGate';
import { evaluateIncidentFree } from './evaluateIncidentFree';
import { evaluateOnCall } from './evaluateOnCall';
import { onCallPeriodOf } from './onCallPeriodOf';
import { withoutUnsafeLinks } from '../links/withoutUnsafeLinks';
import { formatMoment } from './formatting';
import type { ReadinessInputs } from './inputTypes';
import type { PreconditionRule, ReadinessPolicy } from './policyTypes';
import type {
  ReadinessEvaluation,
  ReadinessItem,
  ReadinessReason,
  ReadinessVerdict,
} from './resultTypes';

/**
 * Options of {@link evaluateReadiness}.
 *
 * @public
 */
export interface EvaluateReadinessOptions {
  /**
   * When the inputs were read (ISO). Ages (backup, restore test) are measured at this time, since
   * nothing is known about what happens between now and a future `at`. Default: `at`.
   */
  now?: string;
}

/** Why an item with no gates and no preconditions to judge is not `ready`. */
const EMPTY_POLICY_REASON: ReadinessReason = {
  itemId: 'policy',
  status: 'unknown',
  enforcement: 'block',
  text: 'The readiness policy has no gates and no preconditions: nothing proves readiness',
};

/** Why a policy whose every rule is advisory is not `ready`. */
const ADVISORY_ONLY_REASON: ReadinessReason = {
  itemId: 'policy',
  status: 'unknown',
  enforcement: 'block',
  text: 'Every rule of the readiness policy is advisory (enforcement: warn): nothing proves readiness',
};

/**
 * Stale data never proves anything: an enforced item that would pass (or only warn) on stale
 * data is `unknown`; a stale failure still fails. Advisory rules never block. Links that are not
 * http(s) URLs are dropped.
 */
function finalise(item: ReadinessItem): ReadinessItem {
  let { status, reason } = item;
  const { source } = item;
  if (source.status === 'stale' && status !== 'unknown') {
    const since = source.fetchedAt
      ? formatMoment(source.fetchedAt)
      : 'an unknown time';
    const note = `stale since ${since} (${source.name})`;
    if (item.enforcement === 'block' && status !== 'fail') {
      status = 'unknown';
      reason = `Cannot be judged on stale data: last known result "${reason}", ${note}`;
    } else {
      reason = `${reason}; last known result, ${note}`;
      if (status === 'pass') {
        status = 'warn';
      }
    }
  }
  if (item.enforcement === 'warn' && status === 'fail') {
    status = 'warn';
    reason = `Advisory: ${reason}`;
  }
  return withoutUnsafeLinks({ ...item, status, reason });
}

function rank(item: ReadinessItem): number {
  if (item.enforcement === 'warn') {
    return 3;
  }
  return { fail: 0, unknown: 1, warn: 2, pass: 4 }[item.status];
}

function verdictOf(items: ReadinessItem[]): ReadinessVerdict {
  const enforced = items.filter(i => i.enforcement === 'block');
  if (enforced.length === 0) {
    return 'unknown'; // nothing enforced, so nothing proves readiness
  }
  if (enforced.some(i => i.status === 'fail')) {
    return 'blocked';
  }
  if (enforced.some(i => i.status === 'unknown')) {
    return 'unknown';
  }
  return 'ready';
}

/**
 * Judges an environment's readiness at a moment: every gate and precondition of the policy,
 * each `pass`, `warn`, `fail` or `unknown` with its reason, evidence and source, the verdict, the
 * reasons for it, and when the next allowed window opens.
 *
 * @remarks
 * Pure: no I/O and no clock. The verdict is `blocked` when an enforced item fails, `unknown` when
 * none fails but one cannot be judged, `ready` otherwise; `unknown` never counts as `pass`. An
 * enforced item whose data is stale cannot pass (it is `unknown`, or still `fail`), and a policy
 * with no gates and no preconditions is `unknown`: nothing proves readiness. Links in the
 * evidence that are not http(s) URLs are dropped, with a note in the evidence's `detail`.
 *
 * @param inputs - the data, each with its source; an absent input means no source is configured
 * @param policy - the environment's policy
 * @param at - the moment to judge (ISO 8601), e.g. "will we be allowed on Tuesday 20:00?"
 * @public
 */
export function evaluateReadiness(
  inputs: ReadinessInputs,
  policy: ReadinessPolicy,
  at: string,
  options: EvaluateReadinessOptions = {},
): ReadinessEvaluation {
  const atMs = Date.parse(at);
  if (Number.isNaN(atMs)) {
    throw new Error(`Invalid time '${at}'`);
  }
  const atIso = new Date(atMs).toISOString();
  const now = options.now ?? atIso;
  const changeType = inputs.changeType ?? STANDARD_CHANGE_TYPE;
  const risk = inputs.risk ?? policy.defaultRisk;

  const window = changeWindowOf(policy, atIso, changeType);

  const judge = (rule: PreconditionRule): ReadinessItem => {
    switch (rule.type) {
      case 'incident-free':
        return evaluateIncidentFree(rule, inputs.incidents);
      case 'oncall-reachable':
        return evaluateOnCall(
          rule,
          inputs.onCall,
          onCallPeriodOf(rule, atIso, window),
        );
      case 'backup-age':
        return evaluateEvidenceAge(rule, inputs.backup, now);
      case 'restore-test-age':
        return evaluateEvidenceAge(rule, inputs.restoreTest, now);
      case 'change-window':
        return evaluateChangeWindowRule(
          rule,
          window!,
          READINESS_WINDOW_HORIZON_DAYS,
        );
      case 'cab-approval':
        return evaluateCabApproval(rule, inputs.cabDecision, risk);
      case 'error-budget':
        return evaluateErrorBudget(rule, inputs.errorBudgets);
      default:
        throw new Error(
          `Unknown precondition type '${(rule as { type: string }).type}'`,
        );
    }
  };

  const items = [
    ...policy.gates.map(gate =>
      evaluateGate(
        gate,
        gate.source === 'ci' ? inputs.ciChecks : inputs.manualChecks,
        { release: inputs.release, now },
      ),
    ),
    ...policy.preconditions.map(judge),
  ].map(finalise);

  const reasons: ReadinessReason[] =
    items.length === 0
      ? [EMPTY_POLICY_REASON]
      : [
          ...(items.some(i => i.enforcement === 'block')
            ? []
            : [ADVISORY_ONLY_REASON]),
          ...items
            .map((item, index) => ({ item, index }))
            .filter(({ item }) => item.status !== 'pass')
            .sort((a, b) => rank(a.item) - rank(b.item) || a.index - b.index)
            .map(({ item }) => ({
              itemId: item.id,
              status: item.status as ReadinessReason['status'],
              enforcement: item.enforcement,
              text: `${item.title}: ${item.reason}`,
            })),
        ];

  return {
    verdict: verdictOf(items),
    reasons,
    items,
    nextWindow: window?.nextAllowed ?? null,
    at: atIso,
    changeType,
    risk,
    changeTypes: policy.changeTypes,
  };
}
