import type {
  DecisionRecord,
  DecisionResponse,
  DecisionState,
} from '@release-readiness/plugin-release-readiness-common';

const STATUSES: ReadonlyArray<string> = [
  'open',
  'go',
  'no-go',
  'expired',
  'invalidated',
];

type Unknown = { [key: string]: unknown };

const isObject = (value: unknown): value is Unknown =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isString = (value: unknown): value is string => typeof value === 'string';

/** A decision record with what the actions read. */
function isDecisionRecord(value: unknown): value is DecisionRecord {
  return (
    isObject(value) &&
    isString(value.id) &&
    isString(value.system) &&
    isString(value.environment) &&
    isString(value.version) &&
    Array.isArray(value.votes) &&
    Array.isArray(value.waivers) &&
    isObject(value.evidence) &&
    isString(value.evidence.verdict)
  );
}

/** A decision state with a known status, a reason, approvals and blocking items. */
function isDecisionState(value: unknown): value is DecisionState {
  return (
    isObject(value) &&
    isString(value.status) &&
    STATUSES.includes(value.status) &&
    isString(value.reason) &&
    Array.isArray(value.blocking) &&
    Array.isArray(value.approvals) &&
    value.approvals.every(
      a =>
        isObject(a) &&
        isString(a.id) &&
        isString(a.title) &&
        (a.filledBy === undefined || isString(a.filledBy)) &&
        Array.isArray(a.candidates),
    )
  );
}

/**
 * Whether a body is a `DecisionResponse` (`GET /decisions/:id`, every write's answer, and each
 * item of `GET /decisions`), as far as the actions read it: the record's id, system,
 * environment, version, votes, waivers and evidence verdict; the state's status, reason,
 * approvals and blocking items; `you` when present.
 */
export function isDecisionResponse(value: unknown): value is DecisionResponse {
  return (
    isObject(value) &&
    isDecisionRecord(value.decision) &&
    isDecisionState(value.state) &&
    (value.you === undefined ||
      (isObject(value.you) &&
        isObject(value.you.vote) &&
        isObject(value.you.waive)))
  );
}
