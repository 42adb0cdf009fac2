import type {
  EnvironmentReadinessSummary,
  ReadinessVerdict,
} from '@release-readiness/plugin-release-readiness-common';

/**
 * A system's verdict from its environments' verdicts: `blocked` when one is blocked, else
 * `unknown` when one is unknown or there is none to judge, else `ready`.
 */
export function systemVerdictOf(
  environments: EnvironmentReadinessSummary[],
): ReadinessVerdict {
  if (environments.length === 0) {
    return 'unknown';
  }
  if (environments.some(e => e.verdict === 'blocked')) {
    return 'blocked';
  }
  return environments.every(e => e.verdict === 'ready') ? 'ready' : 'unknown';
}
