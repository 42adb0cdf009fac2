import type { ReadinessResponse } from '@release-readiness/plugin-release-readiness-common';

/** What the backend answers for the Servanda prod policy on a Friday evening (weekend freeze). */
export const prodReadiness: ReadinessResponse = {
  environment: 'prod',
  verdict: 'blocked',
  at: '2026-03-27T18:00:00.000Z',
  changeType: 'standard',
  risk: 'normal',
  changeTypes: ['standard', 'hotfix-p0', 'hotfix-p1'],
  nextWindow: {
    start: '2026-03-31T18:00:00.000Z',
    end: '2026-03-31T20:00:00.000Z',
    openNow: false,
    releaseWindow: {
      windowId: 'standard-release',
      title: 'Standard release window',
      kind: 'release',
      start: '2026-03-31T18:00:00.000Z',
      end: '2026-03-31T20:00:00.000Z',
      timeZone: 'Europe/Berlin',
      exemptChangeTypes: [],
    },
  },
  reasons: [
    {
      itemId: 'release',
      status: 'fail',
      enforcement: 'block',
      text: 'Release gate: 4/5 required checks passed; failed: trivy-scan',
    },
    {
      itemId: 'window',
      status: 'fail',
      enforcement: 'block',
      text: 'Change window: Weekend change freeze until Mon 30 Mar 08:00 UTC; next allowed from Tue 31 Mar 20:00 CEST (Standard release window)',
    },
    {
      itemId: 'no-p1-p2',
      status: 'unknown',
      enforcement: 'block',
      text: 'No open P0–P2 incident: No incident source is configured for this environment: open incidents are unknown',
    },
  ],
  items: [
    {
      id: 'release',
      kind: 'gate',
      title: 'Release gate',
      status: 'fail',
      reason: '4/5 required checks passed; failed: trivy-scan',
      enforcement: 'block',
      source: {
        name: 'github:servanda/servanda',
        status: 'ok',
        fetchedAt: '2026-03-27T17:59:30.000Z',
      },
      gate: {
        passed: 4,
        required: 5,
        total: 5,
        source: 'ci',
        ref: {
          name: 'v1.8.0',
          sha: '9f3c2b7a1d4e5f60718293a4b5c6d7e8f9012345',
          url: 'https://github.com/servanda/servanda/commit/9f3c2b7a1d4e5f60718293a4b5c6d7e8f9012345',
        },
      },
      evidence: [
        {
          label: 'lint',
          status: 'pass',
          value: 'passed',
          url: 'https://github.com/servanda/servanda/runs/101',
        },
        {
          label: 'unit-and-integration-tests',
          status: 'pass',
          value: 'passed',
          detail: 'success',
        },
        { label: 'docker-build', status: 'pass', value: 'passed' },
        {
          label: 'trivy-scan',
          status: 'fail',
          value: 'failed',
          detail: 'CVE-2026-21917 (CVSS 8.1)',
          url: 'https://github.com/servanda/servanda/runs/104',
          at: '2026-03-27T08:14:30Z',
        },
        { label: 'owasp-dependency-check', status: 'pass', value: 'passed' },
      ],
    },
    {
      id: 'staging',
      kind: 'gate',
      title: 'Staging gate (T-12h)',
      status: 'pass',
      reason: '1/1 checks passed (1 required)',
      enforcement: 'block',
      source: {
        name: 'manual-gates',
        status: 'ok',
        fetchedAt: '2026-03-27T18:00:00.000Z',
      },
      gate: { passed: 1, required: 1, total: 1, source: 'manual' },
      evidence: [
        {
          label: 'smoke-tests',
          status: 'pass',
          value: 'passed',
          detail: 'green on stage (user:default/lena.kraus)',
          at: '2026-03-27T09:00:00.000Z',
        },
      ],
    },
    {
      id: 'no-p1-p2',
      kind: 'incident-free',
      title: 'No open P0–P2 incident',
      status: 'unknown',
      reason:
        'No incident source is configured for this environment: open incidents are unknown',
      enforcement: 'block',
      evidence: [],
      source: {
        name: 'incidents',
        status: 'unavailable',
        error: {
          type: 'NOT_CONFIGURED',
          message:
            'No incident source is configured for this environment: open incidents are unknown',
        },
      },
    },
    {
      id: 'window',
      kind: 'change-window',
      title: 'Change window',
      status: 'fail',
      reason:
        'Weekend change freeze until Mon 30 Mar 08:00 UTC; next allowed from Tue 31 Mar 20:00 CEST (Standard release window)',
      enforcement: 'block',
      source: {
        name: 'calendar',
        status: 'ok',
        fetchedAt: '2026-03-27T18:00:00.000Z',
      },
      evidence: [
        {
          label: 'Freeze: Weekend change freeze',
          value: 'Fri 27 Mar 16:00 UTC – Mon 30 Mar 08:00 UTC',
          status: 'fail',
          at: '2026-03-27T16:00:00.000Z',
        },
      ],
    },
    {
      id: 'error-budget',
      kind: 'error-budget',
      title: 'Error budget left',
      status: 'warn',
      reason:
        'Advisory: Less than 0% of the error budget left: API availability 99.9%',
      enforcement: 'warn',
      source: {
        name: 'prometheus',
        status: 'ok',
        fetchedAt: '2026-03-27T17:58:00.000Z',
      },
      evidence: [],
    },
  ],
};
