import { createBackendModule } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type {
  GateChecks,
  OpenIncidents,
} from '@release-readiness/plugin-release-readiness-common';
import {
  releaseReadinessGateSourcesExtensionPoint,
  releaseReadinessIncidentSourcesExtensionPoint,
} from '@release-readiness/plugin-release-readiness-node';
import request from 'supertest';
import { releaseReadinessPlugin } from '../plugin';

/**
 * Issue 8, points 4 and 8, through the real plugin and its collector (modules give the data):
 * a stale pass is `unknown` with "stale since …" and is answered at once while a hung upstream
 * is refreshed; an empty policy is `unknown`; skipped and neutral checks pass only where the
 * gate accepts their conclusion; a pinned check counts only from its producer; a truncated
 * incident list is `unknown`.
 */

jest.setTimeout(60_000);

const GUEST = 'user:development/guest';

/** What the test CI source answers next: checks, or a call that hangs until aborted. */
let ciAnswer: GateChecks | 'hang';
let ciCalls: number;
/** What the test incident source answers, per environment. */
let incidentAnswers: Record<string, OpenIncidents>;

const testSources = createBackendModule({
  pluginId: 'release-readiness',
  moduleId: 'never-green-test-sources',
  register(reg) {
    reg.registerInit({
      deps: {
        gates: releaseReadinessGateSourcesExtensionPoint,
        incidents: releaseReadinessIncidentSourcesExtensionPoint,
      },
      async init({ gates, incidents }) {
        gates.addGateSource({
          type: 'test-ci',
          create: ({ environment }) => ({
            key: `test-ci:${environment}`,
            name: 'test-ci',
            defaultRef: 'v2.0.0',
            getChecks: async (_request, { signal }) => {
              ciCalls++;
              const answer = ciAnswer;
              if (answer === 'hang') {
                return new Promise<GateChecks>((_resolve, reject) =>
                  signal.addEventListener('abort', () =>
                    reject(new Error('aborted')),
                  ),
                );
              }
              return answer;
            },
          }),
        });
        incidents.addIncidentSource({
          type: 'test-incidents',
          create: ({ environment }) => ({
            key: `test-incidents:${environment}`,
            name: 'test-incidents',
            listOpenIncidents: async () => incidentAnswers[environment],
          }),
        });
      },
    });
  },
});

const FAST_CACHE = {
  timeout: { seconds: 6 },
  cacheTtl: { milliseconds: 500 },
  maxStale: { minutes: 5 },
  // No background refresh during the test: only reads refresh.
  refresh: {
    frequency: { hours: 1 },
    timeout: { minutes: 1 },
    initialDelay: { hours: 1 },
  },
};

async function start(releaseReadiness: object) {
  const { server } = await startTestBackend({
    features: [
      releaseReadinessPlugin,
      testSources,
      mockServices.rootConfig.factory({ data: { releaseReadiness } }),
      catalogServiceMock.factory({ entities: [] }),
    ],
  });
  return server;
}

interface Item {
  id: string;
  status: string;
  reason: string;
  evidence: { label: string; detail?: string }[];
  source: { status: string; fetchedAt?: string; error?: { type: string } };
}

async function readiness(
  server: Parameters<typeof request>[0],
  env: string,
): Promise<{ verdict: string; items: Item[]; reasons: { text: string }[] }> {
  const res = await request(server)
    .get(`/api/release-readiness/environments/${env}/readiness`)
    .set('Authorization', mockCredentials.user.header(GUEST));
  expect(res.status).toBe(200);
  return res.body;
}

const item = (body: { items: Item[] }, id: string) =>
  body.items.find(i => i.id === id)!;

const passed = (name: string) => ({ name, state: 'passed' as const });

beforeEach(() => {
  ciAnswer = { checks: [passed('lint')] };
  ciCalls = 0;
  incidentAnswers = {};
});

describe('never green without proof, through the real plugin', () => {
  it('answers a stale pass at once as unknown, "stale since …", while a hung CI is refreshed', async () => {
    const server = await start({
      collector: FAST_CACHE,
      environments: {
        prod: {
          title: 'Production',
          order: 1,
          gates: { source: 'test-ci' },
          readiness: {
            gates: { release: { title: 'Release gate', checks: ['lint'] } },
          },
        },
      },
    });
    const fresh = await readiness(server, 'prod');
    expect(fresh.verdict).toBe('ready');
    expect(item(fresh, 'release').source.status).toBe('ok');
    const fetchedAt = item(fresh, 'release').source.fetchedAt;

    ciAnswer = 'hang';
    await new Promise(r => setTimeout(r, 700)); // past the 500 ms cache TTL
    const started = Date.now();
    const stale = await readiness(server, 'prod');
    // Answered with the value it holds, not after the 6 s timeout of the hung refresh.
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(stale.verdict).toBe('unknown');
    const release = item(stale, 'release');
    expect(release.status).toBe('unknown');
    expect(release.source).toMatchObject({ status: 'stale', fetchedAt });
    expect(release.reason).toMatch(
      /^Cannot be judged on stale data: last known result "1\/1 checks passed \(1 required\)", stale since .+ \(test-ci\)$/,
    );
    expect(stale.reasons.map(r => r.text)).toEqual([
      expect.stringContaining('stale since'),
    ]);
    expect(ciCalls).toBe(2); // one refresh, running in the background

    // Once the refresh has timed out, the tile says why and the verdict stays unknown.
    await new Promise(r => setTimeout(r, 6_300));
    const failed = await readiness(server, 'prod');
    expect(failed.verdict).toBe('unknown');
    expect(item(failed, 'release').source).toMatchObject({
      status: 'stale',
      fetchedAt,
      error: { type: 'TIMEOUT' },
    });
  });

  it('is unknown for an environment whose policy is empty or missing', async () => {
    const server = await start({
      environments: {
        empty: {
          title: 'Empty policy',
          order: 1,
          gates: { source: 'test-ci' },
          readiness: { gates: {}, preconditions: {} },
        },
        none: { title: 'No policy', order: 2, gates: { source: 'test-ci' } },
      },
    });
    const empty = await readiness(server, 'empty');
    expect(empty.verdict).toBe('unknown');
    expect(empty.reasons.map(r => r.text)).toEqual([
      'The readiness policy has no gates and no preconditions: nothing proves readiness',
    ]);
    const none = await readiness(server, 'none');
    expect(none.verdict).toBe('unknown');
    expect(none.reasons[0].text).toContain(
      'releaseReadiness.environments.none.readiness',
    );
  });

  it('passes skipped and neutral checks only where the gate accepts them, and a pinned check only from its producer', async () => {
    ciAnswer = {
      checks: [
        {
          name: 'lint',
          state: 'skipped',
          conclusion: 'neutral',
          producer: 'app:github-actions',
        },
        {
          name: 'e2e',
          state: 'skipped',
          conclusion: 'skipped',
          producer: 'app:github-actions',
        },
        {
          name: 'deploy-check',
          state: 'passed',
          conclusion: 'success',
          producer: 'app:look-alike',
        },
      ],
    };
    const gate = (title: string, checks: string[], more: object = {}) => ({
      title,
      checks,
      ...more,
    });
    const server = await start({
      environments: {
        prod: {
          title: 'Production',
          order: 1,
          gates: { source: 'test-ci' },
          readiness: {
            gates: {
              strict: gate('Strict', ['lint', 'e2e']),
              lenient: gate('Lenient', ['lint'], {
                acceptConclusions: ['neutral'],
              }),
              'still-skipped': gate('Neutral accepted, skipped not', ['e2e'], {
                acceptConclusions: ['neutral'],
              }),
              pinned: gate('Pinned', ['deploy-check'], {
                producers: { 'deploy-check': 'app:github-actions' },
              }),
              unpinned: gate('Unpinned', ['deploy-check']),
            },
          },
        },
      },
    });
    const body = await readiness(server, 'prod');
    expect(Object.fromEntries(body.items.map(i => [i.id, i.status]))).toEqual({
      strict: 'fail',
      lenient: 'pass',
      'still-skipped': 'fail',
      pinned: 'fail',
      unpinned: 'pass',
    });
    expect(item(body, 'strict').reason).toContain('skipped');
    expect(item(body, 'pinned').evidence[0].detail).toContain(
      'reported only by app:look-alike, not by app:github-actions',
    );
    expect(body.verdict).toBe('blocked');
  });

  it('is unknown when the incident list is truncated, ready when it is complete', async () => {
    incidentAnswers = {
      complete: { incidents: [] },
      truncated: { incidents: [], truncated: true },
    };
    const environment = (title: string, order: number) => ({
      title,
      order,
      gates: { source: 'test-ci' },
      incidents: { source: 'test-incidents' },
      readiness: {
        gates: { release: { title: 'Release gate', checks: ['lint'] } },
        preconditions: {
          incidents: { type: 'incident-free', severities: ['P0', 'P1'] },
        },
      },
    });
    const server = await start({
      environments: {
        complete: environment('Complete list', 1),
        truncated: environment('Truncated list', 2),
      },
    });
    const complete = await readiness(server, 'complete');
    expect(item(complete, 'incidents').status).toBe('pass');
    expect(complete.verdict).toBe('ready');
    const truncated = await readiness(server, 'truncated');
    expect(item(truncated, 'incidents').status).toBe('unknown');
    expect(truncated.verdict).toBe('unknown');
  });
});
