import { formatMoment } from '../readiness/formatting';
import type {
  DecisionCheckResponse,
  DecisionRecord,
  DecisionState,
} from './types';

/**
 * The question {@link checkDecision} answers: may this version be deployed to this environment
 * now?
 *
 * @public
 */
export interface DecisionCheckRequest {
  environment: string;
  version: string;
  /** The moment (ISO). */
  now: string;
}

const newestFirst = (
  a: { record: DecisionRecord },
  b: { record: DecisionRecord },
) => Date.parse(b.record.requestedAt) - Date.parse(a.record.requestedAt);

/**
 * What a CD pipeline's approval step hears: `go: true` only when the newest decision requested
 * for that environment and version is `go` now (with its `expiresAt`); otherwise `go: false` and
 * why: none was requested for that version, it waits for someone, it is no-go, it expired, it was
 * invalidated; and when a go exists for another version, that this version needs its own
 * decision.
 *
 * @remarks
 * Pure: `now` is a parameter. `decisions` are the records of the system with their states judged
 * at `now` (see `evaluateDecision`); records of other environments are ignored. A go whose
 * `expiresAt` is not after `now` is not a go, whatever its state says.
 *
 * @public
 */
export function checkDecision(
  decisions: { record: DecisionRecord; state: DecisionState }[],
  request: DecisionCheckRequest,
): DecisionCheckResponse {
  const { environment, version } = request;
  const nowMs = Date.parse(request.now);
  const isGo = (d: { record: DecisionRecord; state: DecisionState }) =>
    d.state.status === 'go' && Date.parse(d.record.expiresAt) > nowMs;
  const here = decisions
    .filter(d => d.record.environment === environment)
    .sort(newestFirst);
  const otherGo = here.find(d => d.record.version !== version && isGo(d));
  const hint = otherGo
    ? `; a go exists for version ${otherGo.record.version} (decision ${otherGo.record.id}), but version ${version} needs a decision of its own`
    : '';
  const newest = here.find(d => d.record.version === version);
  if (!newest) {
    return {
      go: false,
      reason: `No go/no-go decision was requested for version ${version} in ${environment}${hint}`,
    };
  }
  const { record, state } = newest;
  const about = `Decision ${record.id} for version ${version} in ${environment}`;
  if (isGo(newest)) {
    return {
      go: true,
      decisionId: record.id,
      expiresAt: record.expiresAt,
      reason: `${about}: ${state.reason}`,
    };
  }
  const why =
    state.status === 'go'
      ? `The go expired at ${formatMoment(record.expiresAt)}`
      : state.reason;
  return {
    go: false,
    decisionId: record.id,
    reason: `${about} is not go: ${why}${hint}`,
  };
}
