import { evaluateGate } from './evaluateGate';
import type { GateChecks, Sourced } from './inputTypes';
import type { GateDefinition } from './policyTypes';

const staging: GateDefinition = {
  id: 'staging',
  title: 'Staging gate',
  source: 'manual',
  checks: ['smoke-tests', 'health-200'],
  required: 2,
  enforcement: 'block',
  acceptConclusions: [],
  producers: {},
  maxAge: 'PT12H',
  setBy: { activity: 'go-no-go', as: ['responsible', 'accountable'] },
};

const input = (checks: GateChecks['checks']): Sourced<GateChecks> => ({
  value: { checks },
  source: {
    name: 'manual-gates',
    status: 'ok',
    fetchedAt: '2026-03-24T19:00:00Z',
  },
});

const passedFor = (ref: string, at = '2026-03-24T12:00:00Z') =>
  ['smoke-tests', 'health-200'].map(name => ({
    name,
    gate: 'staging',
    state: 'passed' as const,
    ref,
    at,
    detail: 'green (user:default/lena.kraus)',
  }));

describe('evaluateGate', () => {
  it('passes a manual gate set for the release being judged', () => {
    const item = evaluateGate(staging, input(passedFor('v1.4.2')), {
      release: 'v1.4.2',
      now: '2026-03-24T19:00:00Z',
    });
    expect(item.status).toBe('pass');
    expect(item.gate).toMatchObject({ passed: 2, ref: { name: 'v1.4.2' } });
  });

  it('does not let a result set for an earlier release keep a later release green', () => {
    const item = evaluateGate(staging, input(passedFor('v1.4.2')), {
      release: 'v1.5.0',
      now: '2026-03-24T19:00:00Z',
    });
    expect(item.status).toBe('fail');
    expect(item.reason).toBe(
      '0/2 required checks passed; pending: smoke-tests and health-200; for v1.5.0',
    );
    expect(item.evidence[0]).toMatchObject({
      status: 'warn',
      value: 'pending',
      detail: 'set for v1.4.2, not for v1.5.0',
    });
  });

  it('lets results expire after maxAge', () => {
    const item = evaluateGate(staging, input(passedFor('v1.4.2')), {
      release: 'v1.4.2',
      now: '2026-03-25T01:00:00Z',
    });
    expect(item.status).toBe('fail');
    expect(item.evidence.map(e => e.detail)).toEqual([
      'green (user:default/lena.kraus); older than PT12H: it must be run or set again',
      'green (user:default/lena.kraus); older than PT12H: it must be run or set again',
    ]);
  });

  it('is unknown when it cannot tell which release is judged', () => {
    const item = evaluateGate(staging, input(passedFor('v1.4.2')), {
      now: '2026-03-24T19:00:00Z',
    });
    expect(item.status).toBe('unknown');
    expect(item.reason).toMatch(/Cannot tell which release is judged/);
  });

  it('names skipped checks that the gate does not accept', () => {
    const ci: GateDefinition = {
      ...staging,
      id: 'release',
      source: 'ci',
      checks: ['lint', 'e2e'],
      maxAge: undefined,
    };
    const item = evaluateGate(
      ci,
      input([
        { name: 'lint', state: 'passed', conclusion: 'success' },
        { name: 'e2e', state: 'skipped', conclusion: 'skipped' },
      ]),
    );
    expect(item.status).toBe('fail');
    expect(item.reason).toBe(
      '1/2 required checks passed; skipped (not accepted): e2e',
    );
    expect(item.evidence[1].value).toBe('skipped (skipped), not accepted');
    const accepting = evaluateGate(
      { ...ci, acceptConclusions: ['skipped'] },
      input([
        { name: 'lint', state: 'passed', conclusion: 'success' },
        { name: 'e2e', state: 'skipped', conclusion: 'skipped' },
      ]),
    );
    expect(accepting.status).toBe('pass');
    expect(accepting.evidence[1].value).toBe('passed (skipped, accepted)');
  });

  it('is unknown without readable results', () => {
    expect(evaluateGate(staging, undefined).status).toBe('unknown');
    expect(
      evaluateGate(staging, {
        source: {
          name: 'manual-gates',
          status: 'unavailable',
          error: { type: 'UNKNOWN', message: 'db down' },
        },
      }).status,
    ).toBe('unknown');
  });
});
