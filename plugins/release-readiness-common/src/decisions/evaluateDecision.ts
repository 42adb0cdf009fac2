import { InputError } from '@backstage/errors';
import type { RaciResponse } from '../people';
import type { ReadinessEvaluation } from '../readiness';
import { formatMoment, listOf } from '../readiness/formatting';
import { blockingItemsOf } from './blockingItemsOf';
import { compareEvidence } from './compareEvidence';
import { judgeApprovals } from './judgeApprovals';
import { missingForGo } from './missingForGo';
import { oneLine } from './oneLine';
import { personName } from './personName';
import type {
  DecisionPolicy,
  DecisionRecord,
  DecisionState,
  DecisionStatus,
} from './types';

/**
 * Options of {@link evaluateDecision}.
 *
 * @public
 */
export interface EvaluateDecisionOptions {
  /** The moment to judge (ISO 8601): expiry and waivers are measured against it. */
  now: string;
  /**
   * Live readiness of the environment, when it could be read: an item that was `pass` in the
   * pinned evidence and is `fail` now, before the planned time, invalidates the decision.
   */
  live?: ReadinessEvaluation;
}

/**
 * Judges a go/no-go decision at `now`: its status, one sentence saying why (or what is missing),
 * its approvals with who filled them or who could, the items that need a waiver with their
 * waiver, and the no-go votes.
 *
 * @remarks
 * Pure: no I/O and no clock. In this order:
 *
 * - a recorded outcome `no-go`, `invalidated` or `expired` is final;
 * - any no-go vote decides `no-go` (votes are only recorded from eligible voters, and a rejection
 *   stays final even when the RACI changes later);
 * - at or after `expiresAt` the decision is `expired`, a go too;
 * - with `live`, before `plannedAt`, an item that turned from `pass` to `fail` makes it
 *   `invalidated`;
 * - `go` when every approval is filled by a go vote (distinct people, as many approvals as
 *   possible, eligibility by the current RACI matrix; with `fourEyes` at least one filling go is
 *   not the requester's) and every blocking item (enforced, `fail` or `unknown`) has a waiver
 *   whose `until` is after `now`;
 * - otherwise `open`, naming what is missing.
 *
 * A go is never guessed: when the RACI matrix is for another environment or its people cannot
 * be resolved, no go vote and no waiver counts.
 *
 * @public
 */
export function evaluateDecision(
  record: DecisionRecord,
  policy: DecisionPolicy,
  raci: RaciResponse,
  options: EvaluateDecisionOptions,
): DecisionState {
  const nowMs = Date.parse(options.now);
  if (Number.isNaN(nowMs)) {
    throw new InputError(`Invalid time '${options.now}' for now`);
  }
  const judged = judgeApprovals(record, policy, raci);
  const judgeAt = (ms: number) => {
    const items = blockingItemsOf(record, policy, raci, ms);
    const missing = missingForGo(record, judged, items, raci, ms);
    const go =
      missing.length === 0 &&
      !judged.refusal &&
      judged.allFilled &&
      judged.fourEyesMet &&
      items.every(b => b.waiver !== undefined);
    return { blocking: items, missing, go };
  };
  const { blocking, missing, go: isGo } = judgeAt(nowMs);
  const noGo = record.votes.filter(v => v.vote === 'no-go');

  const state = (status: DecisionStatus, reason: string): DecisionState => ({
    status,
    reason,
    approvals:
      status === 'open'
        ? judged.approvals
        : judged.approvals.map(a => ({ ...a, candidates: [] })),
    blocking,
    noGo,
  });
  const expiresMs = Date.parse(record.expiresAt);
  const plannedMs = Date.parse(record.plannedAt);
  const expiry = formatMoment(record.expiresAt);

  const { outcome } = record;
  if (outcome?.status === 'invalidated') {
    return state(
      'invalidated',
      `Invalidated at ${formatMoment(outcome.at)}: ${oneLine(outcome.reason)}`,
    );
  }
  if (noGo.length > 0) {
    const names = [...new Set(noGo.map(v => personName(raci, v.voter)))];
    return state(
      'no-go',
      `No-go by ${listOf(names)}: ${oneLine(noGo[0].reason)}`,
    );
  }
  if (outcome?.status === 'no-go') {
    return state('no-go', `No-go: ${oneLine(outcome.reason)}`);
  }
  if (
    outcome?.status === 'expired' ||
    !(nowMs < expiresMs) // an unreadable expiry counts as expired
  ) {
    // judged just before the expiry, when waivers (at most until the expiry) still counted
    const last = judgeAt(
      Number.isNaN(expiresMs) ? nowMs : Math.min(nowMs, expiresMs - 1),
    );
    return state(
      'expired',
      outcome?.status === 'go' || last.go
        ? `The go expired at ${expiry}: deploying needs a new decision`
        : `Expired at ${expiry} without a go (${last.missing.join('; ')})`,
    );
  }
  const turned =
    options.live && !(nowMs >= plannedMs)
      ? compareEvidence(record.evidence, options.live).filter(
          c => c.from === 'pass' && c.to === 'fail',
        )
      : [];
  if (turned.length > 0) {
    return state(
      'invalidated',
      `Invalidated: ${listOf(
        turned.map(c => c.title),
      )} turned from pass to fail before the planned time; deploying needs a new decision`,
    );
  }
  if (isGo) {
    const approvedBy = judged.approvals.map(
      a => `${personName(raci, a.filledBy ?? '')} (${a.title})`,
    );
    const waived = blocking.map(b => b.item);
    return state(
      'go',
      `Go until ${expiry}: approved by ${listOf(approvedBy)}${
        waived.length > 0 ? `; waived: ${waived.join(', ')}` : ''
      }`,
    );
  }
  return state('open', missing.join('; '));
}
