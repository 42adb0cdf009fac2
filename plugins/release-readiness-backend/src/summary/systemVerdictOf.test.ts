import type {
  EnvironmentReadinessSummary,
  ReadinessVerdict,
} from '@release-readiness/plugin-release-readiness-common';
import { systemVerdictOf } from './systemVerdictOf';

const env = (verdict: ReadinessVerdict): EnvironmentReadinessSummary => ({
  name: verdict,
  title: verdict,
  order: 1,
  verdict,
  source: { status: 'ok' },
  reasons: [],
  reasonCount: 0,
});

describe('systemVerdictOf', () => {
  it.each<[ReadinessVerdict[], ReadinessVerdict]>([
    [[], 'unknown'],
    [['ready'], 'ready'],
    [['ready', 'ready'], 'ready'],
    [['ready', 'unknown'], 'unknown'],
    [['unknown', 'blocked', 'ready'], 'blocked'],
  ])('judges %j as %s', (verdicts, expected) => {
    expect(systemVerdictOf(verdicts.map(env))).toBe(expected);
  });
});
