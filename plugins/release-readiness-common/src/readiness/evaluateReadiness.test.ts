/* eslint-disable no-script-url -- these tests feed script URLs on purpose, to see them refused */
import {
  goodInputs,
  IN_WINDOW,
  servandaProdPolicy,
} from '../__fixtures__/servandaPolicy';
import { evaluateReadiness } from './evaluateReadiness';
import type { OpenIncident, ReadinessInputs } from './inputTypes';
import type { ReadinessItemStatus, ReadinessVerdict } from './resultTypes';

const incident = (over: Partial<OpenIncident>): OpenIncident => ({
  id: 'Q0RIJJZL24RC6W',
  title: 'servanda-api 5xx rate above 2%',
  status: 'triggered',
  createdAt: '2026-03-24T18:00:00.000Z',
  url: 'https://servanda.pagerduty.com/incidents/Q0RIJJZL24RC6W',
  ...over,
});

const unavailable = (name: string) => ({
  source: {
    name,
    status: 'unavailable' as const,
    error: { type: 'TIMEOUT' as const, message: 'No answer within 5000 ms' },
  },
});

type Case = {
  name: string;
  change: (inputs: ReadinessInputs) => ReadinessInputs;
  at?: string;
  verdict: ReadinessVerdict;
  item: string;
  status: ReadinessItemStatus;
  reason: RegExp;
};

const cases: Case[] = [
  // gates
  {
    name: 'a failed check fails the gate',
    change: i => {
      i.ciChecks!.value!.checks[3].state = 'failed';
      return i;
    },
    verdict: 'blocked',
    item: 'release',
    status: 'fail',
    reason: /^4\/5 required checks passed; failed: trivy-scan$/,
  },
  {
    name: 'a check the source does not report counts as pending',
    change: i => {
      i.ciChecks!.value!.checks.pop();
      return i;
    },
    verdict: 'blocked',
    item: 'release',
    status: 'fail',
    reason: /pending: owasp-dependency-check/,
  },
  {
    name: 'a running check is pending, not passed',
    change: i => {
      i.ciChecks!.value!.checks[0].state = 'pending';
      return i;
    },
    verdict: 'blocked',
    item: 'release',
    status: 'fail',
    reason: /pending: lint/,
  },
  {
    name: 'no CI source: the gate is unknown',
    change: i => ({ ...i, ciChecks: undefined }),
    verdict: 'unknown',
    item: 'release',
    status: 'unknown',
    reason: /No CI gate source is configured/,
  },
  {
    name: 'CI source timed out: unknown with the reason',
    change: i => ({ ...i, ciChecks: unavailable('github:servanda/servanda') }),
    verdict: 'unknown',
    item: 'release',
    status: 'unknown',
    reason:
      /github:servanda\/servanda is unavailable: No answer within 5000 ms \(TIMEOUT\)/,
  },
  {
    name: 'stale CI data that passed is unknown, never green',
    change: i => {
      i.ciChecks!.source = {
        name: 'github:servanda/servanda',
        status: 'stale',
        fetchedAt: '2026-03-24T19:10:00.000Z',
        error: { type: 'SERVER_ERROR', message: 'Upstream answered HTTP 500' },
      };
      return i;
    },
    verdict: 'unknown',
    item: 'release',
    status: 'unknown',
    reason:
      /^Cannot be judged on stale data: last known result "5\/5 checks passed \(5 required\)", stale since Tue 24 Mar 19:10 UTC \(github:servanda\/servanda\)$/,
  },
  {
    name: 'a stale pass without a fetch time is unknown, stale since an unknown time',
    change: i => {
      i.incidents!.source = { name: 'pagerduty', status: 'stale' };
      return i;
    },
    verdict: 'unknown',
    item: 'no-p1-p2',
    status: 'unknown',
    reason: /stale since an unknown time \(pagerduty\)$/,
  },
  {
    name: 'stale CI data that failed still blocks, with the stale note',
    change: i => {
      i.ciChecks!.value!.checks[3].state = 'failed';
      i.ciChecks!.source = {
        name: 'github:servanda/servanda',
        status: 'stale',
        fetchedAt: '2026-03-24T19:10:00.000Z',
      };
      return i;
    },
    verdict: 'blocked',
    item: 'release',
    status: 'fail',
    reason:
      /^4\/5 required checks passed; failed: trivy-scan; last known result, stale since Tue 24 Mar 19:10 UTC \(github:servanda\/servanda\)$/,
  },
  {
    name: 'a stale pass of an advisory rule is a warning that does not decide the verdict',
    change: i => {
      i.errorBudgets!.source = {
        name: 'prometheus',
        status: 'stale',
        fetchedAt: '2026-03-24T18:00:00.000Z',
      };
      return i;
    },
    verdict: 'ready',
    item: 'error-budget',
    status: 'warn',
    reason:
      /; last known result, stale since Tue 24 Mar 18:00 UTC \(prometheus\)$/,
  },
  {
    name: 'manual gate not set: pending',
    change: i => ({
      ...i,
      manualChecks: { ...i.manualChecks!, value: { checks: [] } },
    }),
    verdict: 'blocked',
    item: 'staging',
    status: 'fail',
    reason:
      /0\/3 required checks passed; pending: smoke-tests, health-200 and readiness-200/,
  },
  {
    name: 'a manual result recorded for another gate does not count',
    change: i => {
      for (const check of i.manualChecks!.value!.checks) {
        check.gate = 'post-deploy';
      }
      return i;
    },
    verdict: 'blocked',
    item: 'staging',
    status: 'fail',
    reason: /^0\/3 required checks passed; pending/,
  },
  // incidents
  {
    name: 'no incident source: unknown, not "no incidents"',
    change: i => ({ ...i, incidents: undefined }),
    verdict: 'unknown',
    item: 'no-p1-p2',
    status: 'unknown',
    reason:
      /No incident source is configured for this environment: open incidents are unknown/,
  },
  {
    name: 'an open P1 blocks',
    change: i => ({
      ...i,
      incidents: {
        ...i.incidents!,
        value: { incidents: [incident({ severity: 'P1' })] },
      },
    }),
    verdict: 'blocked',
    item: 'no-p1-p2',
    status: 'fail',
    reason: /^1 open P0\/P1\/P2 incident: servanda-api 5xx rate above 2%$/,
  },
  {
    name: 'an open P3 does not block',
    change: i => ({
      ...i,
      incidents: {
        ...i.incidents!,
        value: { incidents: [incident({ severity: 'P3' })] },
      },
    }),
    verdict: 'ready',
    item: 'no-p1-p2',
    status: 'pass',
    reason: /No open P0\/P1\/P2 incident \(1 of lower severity open\)/,
  },
  {
    name: 'an incident whose severity does not map is unknown',
    change: i => ({
      ...i,
      incidents: { ...i.incidents!, value: { incidents: [incident({})] } },
    }),
    verdict: 'unknown',
    item: 'no-p1-p2',
    status: 'unknown',
    reason: /1 open incident has a severity that does not map/,
  },
  {
    name: 'an incomplete incident list is unknown, not "no incident"',
    change: i => ({
      ...i,
      incidents: {
        ...i.incidents!,
        value: { incidents: [incident({ severity: 'P3' })], truncated: true },
      },
    }),
    verdict: 'unknown',
    item: 'no-p1-p2',
    status: 'unknown',
    reason: /^The incident list is incomplete: pagerduty could not read every/,
  },
  {
    name: 'a blocking incident in an incomplete list still blocks',
    change: i => ({
      ...i,
      incidents: {
        ...i.incidents!,
        value: { incidents: [incident({ severity: 'P2' })], truncated: true },
      },
    }),
    verdict: 'blocked',
    item: 'no-p1-p2',
    status: 'fail',
    reason: /^1 open P0\/P1\/P2 incident/,
  },
  // on-call
  {
    name: 'a gap in the rota during the release window fails',
    change: i => {
      i.onCall!.value!.gaps = [
        {
          start: '2026-03-24T20:30:00.000Z',
          end: '2026-03-24T22:00:00.000Z',
          missing: ['backup'],
        },
      ];
      return i;
    },
    verdict: 'blocked',
    item: 'on-call',
    status: 'fail',
    reason:
      /^On-call gap during the release window: no backup from Tue 24 Mar 20:30 UTC to Tue 24 Mar 21:00 UTC$/,
  },
  {
    name: 'a gap after the release window does not matter',
    change: i => {
      i.onCall!.value!.gaps = [
        {
          start: '2026-03-24T21:00:00.000Z',
          end: '2026-03-24T23:00:00.000Z',
          missing: ['backup'],
        },
      ];
      return i;
    },
    verdict: 'ready',
    item: 'on-call',
    status: 'pass',
    reason:
      /Primary Anna Weber, backup Xaver Maier; no gap during the release window/,
  },
  {
    name: 'no backup on call fails when a backup is required',
    change: i => {
      i.onCall!.value!.backup = [];
      return i;
    },
    verdict: 'blocked',
    item: 'on-call',
    status: 'fail',
    reason: /Nobody is on call as backup/,
  },
  {
    name: 'on-call data that does not reach the end of the window is unknown',
    change: i => {
      i.onCall!.value!.range.end = '2026-03-24T20:00:00.000Z';
      return i;
    },
    verdict: 'unknown',
    item: 'on-call',
    status: 'unknown',
    reason: /On-call data does not cover the release window/,
  },
  {
    name: 'no on-call source: unknown',
    change: i => ({ ...i, onCall: undefined }),
    verdict: 'unknown',
    item: 'on-call',
    status: 'unknown',
    reason: /No on-call source is connected/,
  },
  {
    name: 'an on-call source that is not configured says where to configure it',
    change: i => ({
      ...i,
      onCall: {
        source: {
          name: 'none',
          status: 'unavailable',
          error: {
            type: 'NOT_CONFIGURED',
            message:
              'No on-call source is configured (releaseReadiness.environments.prod.onCall)',
          },
        },
      },
    }),
    verdict: 'unknown',
    item: 'on-call',
    status: 'unknown',
    reason:
      /^No on-call source is configured \(releaseReadiness\.environments\.prod\.onCall\)$/,
  },
  // backups and restore tests
  {
    name: 'a backup older than 24 h blocks',
    change: i => ({
      ...i,
      backup: {
        ...i.backup!,
        value: { lastSuccessAt: '2026-03-23T13:30:00.000Z' },
      },
    }),
    verdict: 'blocked',
    item: 'backup',
    status: 'fail',
    reason: /^Last successful backup 30 h ago \(limit 24 h\)$/,
  },
  {
    name: 'a backup source without a success time is unknown',
    change: i => ({ ...i, backup: { ...i.backup!, value: {} } }),
    verdict: 'unknown',
    item: 'backup',
    status: 'unknown',
    reason: /reports no successful backup time/,
  },
  {
    name: 'no backup source: unknown',
    change: i => ({ ...i, backup: undefined }),
    verdict: 'unknown',
    item: 'backup',
    status: 'unknown',
    reason: /No backup source is connected/,
  },
  {
    name: 'a restore test older than 30 days blocks',
    change: i => ({
      ...i,
      restoreTest: {
        ...i.restoreTest!,
        value: { lastSuccessAt: '2026-02-20T19:30:00.000Z' },
      },
    }),
    verdict: 'blocked',
    item: 'restore-test',
    status: 'fail',
    reason: /^Last successful restore test 32 days ago \(limit 30 days\)$/,
  },
  // calendar
  {
    name: 'peak hours block, and say when the next window opens',
    change: i => i,
    at: '2026-03-24T12:00:00.000Z',
    verdict: 'blocked',
    item: 'window',
    status: 'fail',
    reason:
      /^Peak traffic: no prod deploys until Tue 24 Mar 18:00 CET; outside the release windows \(only with Product Owner \+ On-Call consent\); next allowed from Tue 24 Mar 20:00 CET \(Standard release window\)$/,
  },
  {
    name: 'the weekend freeze blocks until the first window after the DST change',
    change: i => i,
    at: '2026-03-27T18:00:00.000Z',
    verdict: 'blocked',
    item: 'window',
    status: 'fail',
    reason:
      /Weekend change freeze until Mon 30 Mar 08:00 UTC; .*next allowed from Tue 31 Mar 20:00 CEST/,
  },
  {
    name: 'a P1 hotfix on the weekend is exempt: a warning, not a block',
    change: i => ({ ...i, changeType: 'hotfix-p1' }),
    at: '2026-03-28T12:00:00.000Z',
    verdict: 'ready',
    item: 'window',
    status: 'warn',
    reason: /Weekend change freeze applies, but hotfix-p1 changes are exempt/,
  },
  // CAB
  {
    name: 'a normal-risk change needs no CAB approval',
    change: i => i,
    verdict: 'ready',
    item: 'cab',
    status: 'pass',
    reason:
      /Not needed: CAB approval is required for high-risk changes, this one is normal risk/,
  },
  {
    name: 'a high-risk change without a CAB source is unknown',
    change: i => ({ ...i, risk: 'high' }),
    verdict: 'unknown',
    item: 'cab',
    status: 'unknown',
    reason:
      /high-risk change needs CAB approval; no CAB decision source is connected/,
  },
  {
    name: 'a high-risk change the CAB did not approve is blocked',
    change: i => ({
      ...i,
      risk: 'high',
      cabDecision: {
        value: { approved: false },
        source: { name: 'cab', status: 'ok' },
      },
    }),
    verdict: 'blocked',
    item: 'cab',
    status: 'fail',
    reason: /does not have/,
  },
  {
    name: 'a high-risk change the CAB approved passes',
    change: i => ({
      ...i,
      risk: 'high',
      cabDecision: {
        value: { approved: true, decidedAt: '2026-03-19T14:30:00.000Z' },
        source: { name: 'cab', status: 'ok' },
      },
    }),
    verdict: 'ready',
    item: 'cab',
    status: 'pass',
    reason: /The CAB approved this change/,
  },
  // error budget (advisory in this policy)
  {
    name: 'an overspent error budget only warns when the rule is advisory',
    change: i => ({
      ...i,
      errorBudgets: {
        ...i.errorBudgets!,
        value: {
          objectives: [{ name: 'API availability 99.9%', remaining: -0.2 }],
        },
      },
    }),
    verdict: 'ready',
    item: 'error-budget',
    status: 'warn',
    reason:
      /^Advisory: Less than 0% of the error budget left: API availability 99.9%$/,
  },
  {
    name: 'no SLO data is unknown but does not decide an advisory rule',
    change: i => ({
      ...i,
      errorBudgets: {
        ...i.errorBudgets!,
        value: {
          objectives: [{ name: 'API availability 99.9%', remaining: null }],
        },
      },
    }),
    verdict: 'ready',
    item: 'error-budget',
    status: 'unknown',
    reason: /No data for API availability 99.9%/,
  },
];

describe('evaluateReadiness (Servanda prod policy)', () => {
  it('is ready when every gate and precondition is met', () => {
    const result = evaluateReadiness(
      goodInputs(),
      servandaProdPolicy,
      IN_WINDOW,
    );
    expect(result.verdict).toBe('ready');
    expect(result.reasons).toEqual([]);
    expect(result.items.map(i => [i.id, i.status])).toEqual([
      ['release', 'pass'],
      ['staging', 'pass'],
      ['no-p1-p2', 'pass'],
      ['on-call', 'pass'],
      ['backup', 'pass'],
      ['restore-test', 'pass'],
      ['window', 'pass'],
      ['cab', 'pass'],
      ['error-budget', 'pass'],
    ]);
    expect(result.items[0].gate).toEqual({
      passed: 5,
      required: 5,
      total: 5,
      source: 'ci',
      ref: { name: 'v1.8.0', sha: '4f2a9c1' },
    });
    expect(result.nextWindow).toMatchObject({
      openNow: true,
      start: IN_WINDOW,
      end: '2026-03-24T21:00:00.000Z',
    });
    expect(result.items.find(i => i.id === 'window')?.reason).toBe(
      'Inside the Standard release window until Tue 24 Mar 22:00 CET',
    );
  });

  it.each(cases)('$name', c => {
    const at = c.at ?? IN_WINDOW;
    const inputs = c.change(goodInputs(at));
    const result = evaluateReadiness(inputs, servandaProdPolicy, at);
    const item = result.items.find(i => i.id === c.item)!;
    expect(item.status).toBe(c.status);
    expect(item.reason).toMatch(c.reason);
    expect(result.verdict).toBe(c.verdict);
    // every item that did not pass is a reason, and only those
    expect(result.reasons.map(r => r.itemId).includes(c.item)).toBe(
      c.status !== 'pass',
    );
  });

  it('never shows a rule without data as pass', () => {
    const result = evaluateReadiness({}, servandaProdPolicy, IN_WINDOW);
    const byId = Object.fromEntries(result.items.map(i => [i.id, i.status]));
    expect(byId).toEqual({
      release: 'unknown',
      staging: 'unknown',
      'no-p1-p2': 'unknown',
      'on-call': 'unknown',
      backup: 'unknown',
      'restore-test': 'unknown',
      window: 'pass', // the calendar is policy, not data
      cab: 'pass', // not needed for a normal-risk change
      'error-budget': 'unknown',
    });
    expect(result.verdict).toBe('unknown');
    for (const item of result.items.filter(i => i.status === 'unknown')) {
      expect(item.source.status).toBe('unavailable');
      expect(item.source.error?.type).toBe('NOT_CONFIGURED');
    }
  });

  it('orders reasons: blocking failures, then unknowns, then warnings, then advisory items; policy order within each', () => {
    const at = '2026-03-28T12:00:00.000Z'; // Saturday: weekend freeze
    const inputs = goodInputs(at);
    inputs.changeType = 'hotfix-p1'; // exempt from the freeze: warn
    inputs.incidents = undefined; // unknown
    inputs.backup = undefined; // unknown
    inputs.restoreTest!.value!.lastSuccessAt = '2026-01-01T00:00:00.000Z'; // fail
    inputs.manualChecks!.source = {
      name: 'manual-gates',
      status: 'stale',
      fetchedAt: '2026-03-28T11:00:00.000Z',
    }; // a stale pass: unknown
    inputs.errorBudgets!.value!.objectives[0].remaining = -1; // advisory
    inputs.ciChecks!.value!.checks[0].state = 'failed'; // fail
    const result = evaluateReadiness(inputs, servandaProdPolicy, at);
    expect(result.verdict).toBe('blocked');
    expect(result.reasons.map(r => [r.itemId, r.status])).toEqual([
      ['release', 'fail'],
      ['restore-test', 'fail'],
      ['staging', 'unknown'],
      ['no-p1-p2', 'unknown'],
      ['backup', 'unknown'],
      ['window', 'warn'],
      ['error-budget', 'warn'],
    ]);
    expect(result.reasons[0].text).toBe(
      'Release gate: 4/5 required checks passed; failed: lint',
    );
  });

  it('is unknown, never ready, for a policy with no gates and no preconditions', () => {
    const result = evaluateReadiness(
      goodInputs(),
      { ...servandaProdPolicy, gates: [], preconditions: [] },
      IN_WINDOW,
    );
    expect(result.verdict).toBe('unknown');
    expect(result.items).toEqual([]);
    expect(result.reasons).toEqual([
      {
        itemId: 'policy',
        status: 'unknown',
        enforcement: 'block',
        text: 'The readiness policy has no gates and no preconditions: nothing proves readiness',
      },
    ]);
    expect(result.nextWindow).toBeNull();
  });

  it('is unknown, never ready, when every rule is advisory', () => {
    const advisory = {
      ...servandaProdPolicy,
      gates: servandaProdPolicy.gates.map(g => ({
        ...g,
        enforcement: 'warn' as const,
      })),
      preconditions: servandaProdPolicy.preconditions.map(p => ({
        ...p,
        enforcement: 'warn' as const,
      })),
    };
    const result = evaluateReadiness(goodInputs(), advisory, IN_WINDOW);
    expect(result.items.every(i => i.status === 'pass')).toBe(true);
    expect(result.verdict).toBe('unknown');
    expect(result.reasons[0]).toEqual({
      itemId: 'policy',
      status: 'unknown',
      enforcement: 'block',
      text: 'Every rule of the readiness policy is advisory (enforcement: warn): nothing proves readiness',
    });
  });

  it('drops links that are not http(s) URLs from evidence and the gate ref, and says so', () => {
    const inputs = goodInputs();
    const checks = inputs.ciChecks!.value!.checks;
    checks[0].url = 'javascript:alert(document.cookie)';
    checks[1].url = ' JavaScript:alert(1)';
    checks[1].detail = 'success';
    checks[2].url = '//evil.example/phish';
    inputs.ciChecks!.value!.ref!.url = 'vbscript:msgbox(1)';
    inputs.incidents!.value!.incidents = [
      incident({ severity: 'P3', url: 'data:text/html,<script>1</script>' }),
    ];
    const result = evaluateReadiness(inputs, servandaProdPolicy, IN_WINDOW);
    const release = result.items.find(i => i.id === 'release')!;
    expect(
      release.evidence.map(e => ({
        label: e.label,
        url: e.url,
        detail: e.detail,
      })),
    ).toEqual([
      { label: 'lint', detail: 'link removed: not an http(s) URL' },
      {
        label: 'unit-and-integration-tests',
        detail: 'success; link removed: not an http(s) URL',
      },
      { label: 'docker-build', detail: 'link removed: not an http(s) URL' },
      {
        label: 'trivy-scan',
        url: 'https://github.com/servanda/servanda/runs/trivy-scan',
      },
      {
        label: 'owasp-dependency-check',
        url: 'https://github.com/servanda/servanda/runs/owasp-dependency-check',
      },
    ]);
    expect(release.evidence[0]).not.toHaveProperty('url');
    expect(release.gate?.ref).toEqual({ name: 'v1.8.0', sha: '4f2a9c1' });
    const incidents = result.items.find(i => i.id === 'no-p1-p2')!;
    expect(incidents.evidence[0]).not.toHaveProperty('url');
    expect(incidents.evidence[0].detail).toBe(
      'link removed: not an http(s) URL',
    );
    // a dropped link is not a failed check
    expect(result.verdict).toBe('ready');
  });

  it('measures ages at the time the data was read, not at a future moment', () => {
    const inputs = goodInputs();
    const future = '2026-03-26T19:30:00.000Z'; // Thursday's window
    const asked = evaluateReadiness(inputs, servandaProdPolicy, future, {
      now: IN_WINDOW,
    });
    expect(asked.items.find(i => i.id === 'backup')?.status).toBe('pass');
    expect(asked.at).toBe(future);
  });

  it('has no next window without a change-window rule', () => {
    const policy = {
      ...servandaProdPolicy,
      preconditions: servandaProdPolicy.preconditions.filter(
        p => p.type !== 'change-window',
      ),
    };
    expect(
      evaluateReadiness(goodInputs(), policy, IN_WINDOW).nextWindow,
    ).toBeNull();
  });

  it('refuses an invalid time', () => {
    expect(() => evaluateReadiness({}, servandaProdPolicy, 'soon')).toThrow(
      "Invalid time 'soon'",
    );
  });
});
