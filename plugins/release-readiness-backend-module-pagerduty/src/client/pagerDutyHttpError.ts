import { sourceErrorTypeForStatus } from '@release-readiness/plugin-release-readiness-common';
import { SourceUnavailableError } from '@release-readiness/plugin-release-readiness-node';

/** What each refusal means, in our words. */
const EXPLANATIONS: Record<number, string> = {
  400: 'the request was refused as invalid',
  401: 'the API token was rejected (check releaseReadiness.pagerduty.token)',
  402: "the account's plan does not include this",
  403: 'the API token may not read this',
  404: 'not found',
};

/**
 * The error for a PagerDuty answer that is not a success, with our own message: the path we
 * asked for (ours, e.g. `/incidents`), the status, PagerDuty's numeric error code when it sent
 * one, and what the status means.
 *
 * @remarks
 * Never the body's text (`error.message`, `error.errors`): PagerDuty echoes request details in
 * it, and an upstream (or something in between) can echo the token.
 *
 * @param body - the parsed error body, if any; only `error.code` is read, when a whole number
 */
export function pagerDutyHttpError(
  path: string,
  status: number,
  body?: unknown,
): SourceUnavailableError {
  const code = errorCodeOf(body);
  const codeText =
    typeof code === 'number' && Number.isInteger(code) && code >= 0
      ? ` (PagerDuty error ${code})`
      : '';
  const explanation = EXPLANATIONS[status];
  return new SourceUnavailableError(
    sourceErrorTypeForStatus(status),
    `PagerDuty ${path} answered HTTP ${status}${codeText}${
      explanation ? `: ${explanation}` : ''
    }`,
  );
}

/** `error.code` of PagerDuty's error body `{ error: { message, code, errors } }`, if any. */
function errorCodeOf(body: unknown): unknown {
  if (typeof body !== 'object' || body === null) {
    return undefined;
  }
  const error: unknown = Reflect.get(body, 'error');
  return typeof error === 'object' && error !== null
    ? Reflect.get(error, 'code')
    : undefined;
}
