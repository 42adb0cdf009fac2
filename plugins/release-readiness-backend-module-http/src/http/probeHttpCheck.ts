import {
  safeHttpUrl,
  type GateCheckResult,
} from '@release-readiness/plugin-release-readiness-common';
import { SourceUnavailableError } from '@release-readiness/plugin-release-readiness-node';
import { request } from 'undici';
import { compareJsonField } from './compareJsonField';
import { describeNetworkError } from '@release-readiness/plugin-release-readiness-node';
import { describeStatus } from './describeStatus';
import type { HttpCheck } from './HttpCheck';

/** The producer every result of this source names. */
export const HTTP_PRODUCER = 'http';

/** Only the head of a JSON answer is read; health answers are small. */
const MAX_JSON_BYTES = 64 * 1024;

const USER_AGENT = 'backstage-release-readiness-http-probe';

/** What a probe needs besides the check. */
export interface ProbeOptions {
  /** The collector's signal: when it aborts, the probe throws instead of reporting a result. */
  signal: AbortSignal;
  /** Wall clock for `at`. */
  now: () => number;
  /** Monotonic clock in ms for latencies. */
  monotonicNow: () => number;
}

/**
 * Probes one check: one request (redirects are not followed, no credentials are sent) that ends
 * at the check's own timeout or when the collector's signal aborts. Reports `passed` when the
 * status, the JSON field and the latency (until the status line and headers arrived) match,
 * else `failed` with what differed, or why there was no answer, in our own words. Throws only
 * when the collector's signal aborted: then nothing about the upstream is known.
 */
export async function probeHttpCheck(
  check: HttpCheck,
  { signal, now, monotonicNow }: ProbeOptions,
): Promise<GateCheckResult> {
  const at = new Date(now()).toISOString();
  const url = safeHttpUrl(check.url);
  const result = (
    state: 'passed' | 'failed',
    conclusion: string,
    detail: string,
  ): GateCheckResult => ({
    name: check.name,
    state,
    conclusion,
    detail,
    producer: HTTP_PRODUCER,
    at,
    ...(url && { url }),
  });

  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), check.timeoutMs);
  const started = monotonicNow();
  try {
    const response = await request(check.url, {
      method: check.method,
      dispatcher: check.dispatcher,
      signal: AbortSignal.any([signal, timeout.signal]),
      // One connection per probe: connect and TLS are part of what is checked.
      reset: true,
      headers: {
        'user-agent': USER_AGENT,
        accept: check.json ? 'application/json' : '*/*',
      },
    });
    const latencyMs = Math.round(monotonicNow() - started);
    const problems: string[] = [];
    if (response.statusCode !== check.expectStatus) {
      problems.push(
        `${describeStatus(response.statusCode)}, expected ${
          check.expectStatus
        }`,
      );
      await response.body.dump();
    } else if (check.json) {
      const problem = await compareJsonField(
        response.body,
        check.json,
        MAX_JSON_BYTES,
      );
      if (problem) {
        problems.push(problem);
      }
    } else {
      await response.body.dump();
    }
    if (check.maxLatencyMs !== undefined && latencyMs > check.maxLatencyMs) {
      problems.push(`took ${latencyMs} ms, limit ${check.maxLatencyMs} ms`);
    }
    return problems.length > 0
      ? result('failed', 'failure', problems.join('; '))
      : result(
          'passed',
          'success',
          `${describeStatus(response.statusCode)} in ${latencyMs} ms`,
        );
  } catch (error) {
    if (signal.aborted) {
      // The collector's reason (its TIMEOUT error), so that it reports why.
      throw typeof signal.reason === 'object' && signal.reason !== null
        ? signal.reason
        : new SourceUnavailableError('TIMEOUT', 'The probes were aborted');
    }
    if (timeout.signal.aborted) {
      return result(
        'failed',
        'timed_out',
        `no answer within ${check.timeoutMs} ms`,
      );
    }
    return result('failed', 'error', describeNetworkError(error));
  } finally {
    clearTimeout(timer);
  }
}
