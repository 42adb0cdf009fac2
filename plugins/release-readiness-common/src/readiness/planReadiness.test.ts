import { servandaProdPolicy } from '../__fixtures__/servandaPolicy';
import { evaluateReadiness } from './evaluateReadiness';
import { planReadiness } from './planReadiness';
import type { ReadinessPolicy } from './policyTypes';

const NOW = '2026-03-24T12:00:00.000Z';

/** A weekend maintenance window of 48 hours, Saturday 00:00 UTC, release window required. */
const maintenance: ReadinessPolicy = {
  ...servandaProdPolicy,
  gates: [],
  windows: [
    {
      id: 'maintenance',
      title: 'Weekend maintenance window',
      kind: 'release',
      recurrence:
        'DTSTART;TZID=UTC:20260103T000000\nRRULE:FREQ=WEEKLY;BYDAY=SA',
      duration: 'PT48H',
      exemptChangeTypes: [],
    },
  ],
  preconditions: [
    {
      id: 'on-call',
      title: 'On-call reachable',
      type: 'oncall-reachable',
      enforcement: 'block',
      requireBackup: true,
      coverage: 'PT2H',
    },
    {
      id: 'window',
      title: 'Change window',
      type: 'change-window',
      enforcement: 'block',
      requireReleaseWindow: true,
      releaseWindowExemptChangeTypes: [],
    },
  ],
};

describe('planReadiness', () => {
  it('answers unknown, never ready, without a policy, and says where to configure one', () => {
    const plan = planReadiness(undefined, {
      environment: 'qa',
      now: NOW,
      policyLocation: 'releaseReadiness.environments.qa.readiness',
    });
    expect(plan.evaluation).toMatchObject({
      verdict: 'unknown',
      at: NOW,
      reasons: [
        {
          itemId: 'policy',
          text: 'No readiness policy is configured (releaseReadiness.environments.qa.readiness)',
        },
      ],
    });
  });

  it('refuses a change type the policy does not know, naming the field', () => {
    expect(() =>
      planReadiness(servandaProdPolicy, {
        environment: 'prod',
        now: NOW,
        changeType: 'hotfix-p7',
      }),
    ).toThrow(
      "Invalid query parameter 'changeType': 'hotfix-p7' is not a change type of prod (known: standard, hotfix-p0, hotfix-p1)",
    );
  });

  it('normalises the moment to UTC once, for every later step', () => {
    const plan = planReadiness(servandaProdPolicy, {
      environment: 'prod',
      now: NOW,
      at: '2026-03-24T20:30:00+01:00',
    });
    expect(plan.evaluation).toBeUndefined();
    expect(plan).toMatchObject({
      at: '2026-03-24T19:30:00.000Z',
      changeType: 'standard',
      risk: 'normal',
    });
  });

  it('lists the inputs the policy needs', () => {
    const plan = planReadiness(servandaProdPolicy, {
      environment: 'prod',
      now: NOW,
    });
    expect(plan.evaluation === undefined && plan.needs).toMatchObject({
      ciChecks: true,
      manualChecks: true,
      release: true,
      incidents: true,
      backup: true,
      restoreTest: true,
      cabDecision: true,
      errorBudgets: true,
    });
  });

  it('asks for on-call through the end of the release window the change goes out in, however long', () => {
    const at = '2026-03-28T10:00:00.000Z'; // Saturday, inside the 48 h window
    const plan = planReadiness(maintenance, {
      environment: 'prod',
      now: NOW,
      at,
    });
    expect(plan.evaluation === undefined && plan.needs.onCall).toEqual({
      start: at,
      end: '2026-03-30T00:00:00.000Z',
    });
    // Coverage of exactly that range judges the rule; a fixed 24 h range would have read unknown.
    const result = evaluateReadiness(
      {
        onCall: {
          value: {
            range: { start: at, end: '2026-03-30T00:00:00.000Z' },
            known: true,
            primary: [{ displayName: 'Mara Schulz' }],
            backup: [{ displayName: 'Aylin Koch' }],
            gaps: [],
          },
          source: { name: 'oncall:config', status: 'ok', fetchedAt: NOW },
        },
      },
      maintenance,
      at,
      { now: NOW },
    );
    expect(result.items.find(i => i.id === 'on-call')?.status).toBe('pass');
  });

  it('asks for the rule coverage after the change outside release windows', () => {
    const at = '2026-03-25T10:00:00.000Z'; // Wednesday: outside, the change is refused anyway
    const plan = planReadiness(maintenance, {
      environment: 'prod',
      now: NOW,
      at,
    });
    expect(plan.evaluation === undefined && plan.needs.onCall).toEqual({
      start: at,
      end: '2026-03-25T12:00:00.000Z',
    });
  });
});
