import type { GateCheckResult } from './inputTypes';
import type { GateDefinition } from './policyTypes';
import { selectGateCheck } from './selectGateCheck';

const gate = (over: Partial<GateDefinition> = {}): GateDefinition => ({
  id: 'release',
  title: 'Release gate',
  source: 'ci',
  checks: ['lint', 'deploy-check'],
  required: 2,
  enforcement: 'block',
  acceptConclusions: [],
  producers: {},
  setBy: { activity: 'go-no-go', as: ['responsible', 'accountable'] },
  ...over,
});

const run = (over: Partial<GateCheckResult>): GateCheckResult => ({
  name: 'lint',
  state: 'passed',
  conclusion: 'success',
  producer: 'app:github-actions',
  at: '2026-03-24T10:00:00Z',
  ...over,
});

describe('selectGateCheck', () => {
  it('counts a check nobody reported as pending', () => {
    expect(selectGateCheck(gate(), 'lint', [], {})).toEqual({
      state: 'pending',
    });
  });

  it('does not count a skipped or neutral check as passed unless the gate accepts it', () => {
    const skipped = run({ state: 'skipped', conclusion: 'skipped' });
    const neutral = run({ state: 'skipped', conclusion: 'neutral' });
    expect(selectGateCheck(gate(), 'lint', [skipped], {}).state).toBe(
      'skipped',
    );
    expect(selectGateCheck(gate(), 'lint', [neutral], {}).state).toBe(
      'skipped',
    );
    const accepting = gate({ acceptConclusions: ['neutral'] });
    expect(selectGateCheck(accepting, 'lint', [neutral], {}).state).toBe(
      'passed',
    );
    expect(selectGateCheck(accepting, 'lint', [skipped], {}).state).toBe(
      'skipped',
    );
  });

  it('ignores a check of the same name from another producer when the gate pins one', () => {
    const pinned = gate({ producers: { lint: 'app:github-actions' } });
    const impostor = run({ producer: 'app:someone-elses-app' });
    expect(selectGateCheck(pinned, 'lint', [impostor], {})).toEqual({
      state: 'pending',
      note: 'reported only by app:someone-elses-app, not by app:github-actions',
    });
    const real = run({ state: 'failed', conclusion: 'failure' });
    expect(selectGateCheck(pinned, 'lint', [impostor, real], {}).state).toBe(
      'failed',
    );
  });

  it('matches a status pin against commit statuses of any creator', () => {
    const pinned = gate({ producers: { 'deploy-check': 'status' } });
    const status = run({ name: 'deploy-check', producer: 'status:jenkins' });
    const app = run({ name: 'deploy-check', producer: 'app:github-actions' });
    expect(selectGateCheck(pinned, 'deploy-check', [status], {}).state).toBe(
      'passed',
    );
    expect(selectGateCheck(pinned, 'deploy-check', [app], {}).state).toBe(
      'pending',
    );
  });

  it('lets the worst of several unpinned producers win: another app can fail a check, never pass it', () => {
    const failed = run({ state: 'failed', producer: 'app:other' });
    const passed = run({});
    expect(selectGateCheck(gate(), 'lint', [passed, failed], {}).state).toBe(
      'failed',
    );
    expect(selectGateCheck(gate(), 'lint', [failed, passed], {}).state).toBe(
      'failed',
    );
  });

  it('counts a result older than maxAge as pending', () => {
    const fresh = gate({ maxAge: 'PT12H' });
    const result = run({ at: '2026-03-24T10:00:00Z' });
    expect(
      selectGateCheck(fresh, 'lint', [result], { now: '2026-03-24T21:59:00Z' })
        .state,
    ).toBe('passed');
    expect(
      selectGateCheck(fresh, 'lint', [result], { now: '2026-03-24T22:01:00Z' }),
    ).toMatchObject({
      state: 'pending',
      note: 'older than PT12H: it must be run or set again',
    });
    expect(
      selectGateCheck(fresh, 'lint', [run({ at: undefined })], {
        now: '2026-03-24T11:00:00Z',
      }).state,
    ).toBe('pending');
  });

  describe('manual gates', () => {
    const manual = gate({
      source: 'manual',
      checks: ['smoke-tests'],
      required: 1,
    });
    const set = (over: Partial<GateCheckResult>): GateCheckResult => ({
      name: 'smoke-tests',
      state: 'passed',
      gate: 'release',
      ref: 'v1.4.2',
      at: '2026-03-24T10:00:00Z',
      ...over,
    });

    it('counts a result only for the release it was set for', () => {
      expect(
        selectGateCheck(manual, 'smoke-tests', [set({})], { release: 'v1.4.2' })
          .state,
      ).toBe('passed');
      expect(
        selectGateCheck(manual, 'smoke-tests', [set({})], {
          release: 'v1.5.0',
        }),
      ).toEqual({ state: 'pending', note: 'set for v1.4.2, not for v1.5.0' });
    });

    it('counts nothing when the release being judged is unknown', () => {
      expect(selectGateCheck(manual, 'smoke-tests', [set({})], {})).toEqual({
        state: 'pending',
        note: 'the release being judged is unknown',
      });
    });

    it('takes the newest result for the release, so a correction replaces a failure', () => {
      const failed = set({ state: 'failed', at: '2026-03-24T09:00:00Z' });
      const fixed = set({ state: 'passed', at: '2026-03-24T11:00:00Z' });
      expect(
        selectGateCheck(manual, 'smoke-tests', [fixed, failed], {
          release: 'v1.4.2',
        }).state,
      ).toBe('passed');
      const broke = set({ state: 'failed', at: '2026-03-24T12:00:00Z' });
      expect(
        selectGateCheck(manual, 'smoke-tests', [fixed, broke], {
          release: 'v1.4.2',
        }).state,
      ).toBe('failed');
    });

    it('ignores a result that belongs to another gate with the same check name', () => {
      expect(
        selectGateCheck(manual, 'smoke-tests', [set({ gate: 'other' })], {
          release: 'v1.4.2',
        }).state,
      ).toBe('pending');
    });
  });
});
