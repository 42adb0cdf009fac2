import type { ReadinessInputs, ReadinessPolicy } from '../readiness';
import { servandaProdWindows } from './servandaCalendar';

/** The Servanda prod policy from the handbooks (001 §1, 002 §2 and §5, 000). */
export const servandaProdPolicy: ReadinessPolicy = {
  gates: [
    {
      id: 'release',
      title: 'Release gate',
      source: 'ci',
      checks: [
        'lint',
        'unit-and-integration-tests',
        'docker-build',
        'trivy-scan',
        'owasp-dependency-check',
      ],
      required: 5,
      enforcement: 'block',
      acceptConclusions: [],
      producers: {},
      setBy: { activity: 'go-no-go', as: ['responsible', 'accountable'] },
    },
    {
      id: 'staging',
      title: 'Staging gate (T-12h)',
      source: 'manual',
      checks: ['smoke-tests', 'health-200', 'readiness-200'],
      required: 3,
      enforcement: 'block',
      acceptConclusions: [],
      producers: {},
      setBy: { activity: 'go-no-go', as: ['responsible', 'accountable'] },
    },
  ],
  preconditions: [
    {
      id: 'no-p1-p2',
      title: 'No open P0–P2 incident',
      type: 'incident-free',
      severities: ['P0', 'P1', 'P2'],
      enforcement: 'block',
    },
    {
      id: 'on-call',
      title: 'On-call reachable',
      type: 'oncall-reachable',
      requireBackup: true,
      coverage: 'PT2H',
      enforcement: 'block',
    },
    {
      id: 'backup',
      title: 'Backup younger than 24 h',
      type: 'backup-age',
      maxAge: 'PT24H',
      enforcement: 'block',
    },
    {
      id: 'restore-test',
      title: 'Restore test younger than 30 days',
      type: 'restore-test-age',
      maxAge: 'P30D',
      enforcement: 'block',
    },
    {
      id: 'window',
      title: 'Change window',
      type: 'change-window',
      requireReleaseWindow: true,
      releaseWindowExemptChangeTypes: ['hotfix-p0', 'hotfix-p1'],
      outsideWindowApproval: 'Product Owner + On-Call consent',
      enforcement: 'block',
    },
    {
      id: 'cab',
      title: 'CAB approval',
      type: 'cab-approval',
      risks: ['high'],
      enforcement: 'block',
    },
    {
      id: 'error-budget',
      title: 'Error budget left',
      type: 'error-budget',
      minRemaining: 0,
      enforcement: 'warn',
    },
  ],
  windows: servandaProdWindows,
  changeTypes: ['standard', 'hotfix-p0', 'hotfix-p1'],
  defaultRisk: 'normal',
};

/** Tuesday 24 March 2026, 20:30 in Berlin (CET): inside the standard release window. */
export const IN_WINDOW = '2026-03-24T19:30:00.000Z';

const ok = (name: string, fetchedAt = '2026-03-24T19:29:00.000Z') => ({
  name,
  status: 'ok' as const,
  fetchedAt,
});

/** Inputs under which the prod policy is met at {@link IN_WINDOW}. */
export function goodInputs(at = IN_WINDOW): ReadinessInputs {
  const hoursBefore = (h: number) =>
    new Date(Date.parse(at) - h * 3600_000).toISOString();
  return {
    release: 'v1.8.0',
    ciChecks: {
      value: {
        ref: { name: 'v1.8.0', sha: '4f2a9c1' },
        checks: servandaProdPolicy.gates[0].checks.map(name => ({
          name,
          state: 'passed' as const,
          url: `https://github.com/servanda/servanda/runs/${name}`,
        })),
      },
      source: ok('github:servanda/servanda'),
    },
    manualChecks: {
      value: {
        checks: ['smoke-tests', 'health-200', 'readiness-200'].map(name => ({
          name,
          state: 'passed' as const,
          actor: 'user:default/lena.kraus',
          detail: 'checked on staging',
          ref: 'v1.8.0',
        })),
      },
      source: ok('manual-gates'),
    },
    incidents: { value: { incidents: [] }, source: ok('pagerduty') },
    onCall: {
      value: {
        range: { start: at, end: hoursBefore(-24) },
        known: true,
        primary: [{ displayName: 'Anna Weber' }],
        backup: [{ displayName: 'Xaver Maier' }],
        gaps: [],
      },
      source: ok('oncall:config'),
    },
    backup: {
      value: { lastSuccessAt: hoursBefore(20.5) },
      source: ok('backups'),
    },
    restoreTest: {
      value: { lastSuccessAt: hoursBefore(10 * 24) },
      source: ok('restore-tests'),
    },
    errorBudgets: {
      value: {
        objectives: [{ name: 'API availability 99.9%', remaining: 0.6 }],
      },
      source: ok('prometheus'),
    },
  };
}
