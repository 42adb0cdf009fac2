import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import releaseReadinessBackend from '@release-readiness/plugin-release-readiness-backend';
import releaseReadinessModuleKubernetes from '@release-readiness/plugin-release-readiness-backend-module-kubernetes';
import releaseReadinessModulePagerDuty from '@release-readiness/plugin-release-readiness-backend-module-pagerduty';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import request from 'supertest';
import { ConsoleRecording, recordConsole } from './testing/recordConsole';
import { searchableText } from './testing/searchableText';
import {
  PAGERDUTY_IDS,
  PagerDutyStub,
  startPagerDutyStub,
} from './testing/startPagerDutyStub';
import { CanaryFiles, writeCanaryFiles } from './testing/writeCanaryFiles';

/**
 * The one secret of this test. It is put wherever a secret can hide: a kubeconfig token, an
 * offline snapshot's env value, a PagerDuty token and error body, URL credentials. It must come
 * out nowhere: not in a response, a log line, an audit event or a start-up error.
 */
const CANARY = 'CANARY-7f3a9c-do-not-leak';
const EXAMPLE_SNAPSHOT = resolve(
  __dirname,
  '../../../examples/snapshots/prod-onprem.yaml',
);
/** Also caught when only part of the canary survives (a cut or half-redacted message). */
const FRAGMENT = '7f3a9c';

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>(r => server.listen(0, '127.0.0.1', () => r()));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>(r => server.close(() => r()));
  return port;
}

/** Where the canary was found, for a readable failure. */
function leaks(haystacks: Record<string, string>): string[] {
  return Object.entries(haystacks)
    .filter(([, text]) => text.includes(CANARY) || text.includes(FRAGMENT))
    .map(([where, text]) => {
      const at = text.indexOf(FRAGMENT);
      return `${where}: …${text.slice(Math.max(0, at - 120), at + 60)}…`;
    });
}

const incidentReadiness = {
  gates: {
    staging: { title: 'Staging gate', source: 'manual', checks: ['smoke'] },
  },
  preconditions: {
    incidents: { type: 'incident-free', severities: ['P0', 'P1', 'P2'] },
    oncall: { type: 'oncall-reachable', requireBackup: true },
  },
};

describe('no secret leaves the backend (canary)', () => {
  let dir: string;
  let files: CanaryFiles;
  let pagerDuty: PagerDutyStub;
  let consoleRecording: ConsoleRecording;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rr-canary-'));
    files = writeCanaryFiles(dir, CANARY, EXAMPLE_SNAPSHOT);
    pagerDuty = await startPagerDutyStub(CANARY);
    consoleRecording = recordConsole();
  });

  afterEach(async () => {
    consoleRecording.restore();
    await pagerDuty.close();
    rmSync(dir, { recursive: true, force: true });
  });

  function start(releaseReadiness: object) {
    return startTestBackend({
      features: [
        releaseReadinessBackend,
        releaseReadinessModuleKubernetes,
        releaseReadinessModulePagerDuty,
        // Every log line at every level, with its metadata, goes to the recorded console; the
        // default auditor logs its events through the plugin logger, so they are recorded too.
        mockServices.rootLogger.factory({ level: 'debug' }),
        mockServices.rootConfig.factory({ data: { releaseReadiness } }),
      ],
    });
  }

  it('is in no response, log line or audit event of any GET route', async () => {
    const refusedUrl = `https://127.0.0.1:${await closedPort()}`;
    const environments = {
      'snapshot-broken': {
        title: 'Broken snapshot',
        order: 1,
        kubernetes: {
          cluster: 'onprem-1',
          namespace: 'servanda-prod',
          airGapped: true,
        },
        workloads: { source: 'snapshot', path: files.brokenSnapshot },
      },
      'snapshot-valid': {
        title: 'Valid snapshot',
        order: 2,
        kubernetes: {
          cluster: 'onprem-2',
          namespace: 'servanda-prod',
          airGapped: true,
        },
        workloads: { source: 'snapshot', path: files.validSnapshot },
      },
      'cluster-refused': {
        title: 'Cluster that refuses connections',
        order: 3,
        kubernetes: {
          cluster: 'refused',
          namespace: 'servanda-prod',
          url: refusedUrl,
          auth: { type: 'serviceAccount', token: CANARY },
        },
      },
      'pagerduty-errors': {
        title: 'PagerDuty answering errors',
        order: 4,
        incidents: {
          source: 'pagerduty',
          pagerduty: { serviceIds: [PAGERDUTY_IDS.badRequestService] },
        },
        onCall: {
          source: 'pagerduty',
          pagerduty: { escalationPolicyId: PAGERDUTY_IDS.failingPolicy },
        },
        readiness: incidentReadiness,
      },
      'pagerduty-links': {
        title: 'PagerDuty links with credentials',
        order: 5,
        incidents: {
          source: 'pagerduty',
          pagerduty: { serviceIds: [PAGERDUTY_IDS.linksService] },
        },
        onCall: {
          source: 'pagerduty',
          pagerduty: { escalationPolicyId: PAGERDUTY_IDS.linksPolicy },
        },
        readiness: incidentReadiness,
      },
    };
    const { server } = await start({
      collector: {
        timeout: { milliseconds: 3000 },
        refresh: {
          frequency: { hours: 1 },
          timeout: { minutes: 1 },
          initialDelay: { hours: 1 },
        },
      },
      pagerduty: { token: `u+${CANARY}`, baseUrl: pagerDuty.url },
      environments,
    });

    const paths = [
      '/health',
      '/systems',
      '/environments',
      '/versions',
      '/rollbacks',
      '/decisions',
    ];
    for (const env of Object.keys(environments)) {
      paths.push(
        `/environments/${env}`,
        `/environments/${env}/workloads`,
        `/environments/${env}/raci`,
        `/environments/${env}/oncall`,
        `/environments/${env}/readiness`,
        `/environments/${env}/calendar`,
        `/environments/${env}/sla`,
        `/environments/${env}/backups`,
      );
    }
    paths.push(
      '/environments/pagerduty-errors/gates/staging/checks',
      '/environments/pagerduty-links/gates/staging/checks',
    );
    const responses: Record<string, string> = {};
    for (const path of paths) {
      const res = await request(server)
        .get(`/api/release-readiness${path}`)
        .set('Authorization', mockCredentials.user.header());
      expect({ path, status: res.status }).toEqual({ path, status: 200 });
      responses[`GET ${path}`] = searchableText({
        headers: res.headers,
        body: res.text,
      });
    }
    // One write, so that the recording is shown to hold audit events.
    const audited = await request(server)
      .post(
        '/api/release-readiness/environments/pagerduty-errors/gates/staging/checks/smoke',
      )
      .set('Authorization', mockCredentials.user.header())
      .send({
        state: 'passed',
        reason: 'smoke tests green',
        requestId: 'canary-0001',
      });
    // Its outcome does not matter here; every attempt is an audit event.
    expect(audited.status).toBeGreaterThanOrEqual(200);

    // The sources really failed (and were logged) the way this test means them to.
    const body = async (path: string) =>
      (
        await request(server)
          .get(`/api/release-readiness${path}`)
          .set('Authorization', mockCredentials.user.header())
      ).body;
    expect(
      (await body('/environments/snapshot-broken/workloads')).source,
    ).toMatchObject({ status: 'unavailable', error: { type: 'BAD_RESPONSE' } });
    expect(
      (await body('/environments/snapshot-valid/workloads')).source.status,
    ).toBe('ok');
    expect(
      (await body('/environments/cluster-refused/workloads')).source.status,
    ).toBe('unavailable');
    const oncall = await body('/environments/pagerduty-errors/oncall');
    expect(oncall.source).toMatchObject({
      status: 'unavailable',
      error: { type: 'SERVER_ERROR' },
    });
    const readiness = await body('/environments/pagerduty-errors/readiness');
    const incidents = readiness.items.find(
      (i: { id: string }) => i.id === 'incidents',
    );
    expect(incidents.status).toBe('unknown');
    const linked = await body('/environments/pagerduty-links/readiness');
    const p1 = linked.items.find((i: { id: string }) => i.id === 'incidents');
    expect(p1.status).toBe('fail');
    expect(pagerDuty.requests.length).toBeGreaterThan(0);

    const lines = consoleRecording.lines;
    // The failures were logged, so the search below really looks at them.
    for (const key of [
      'workloads:default/snapshot-broken',
      'workloads:default/cluster-refused',
      PAGERDUTY_IDS.badRequestService,
      PAGERDUTY_IDS.failingPolicy,
    ]) {
      expect({
        key,
        logged: lines.some(l => l.level === 'warn' && l.text.includes(key)),
      }).toEqual({ key, logged: true });
    }
    expect(
      lines.some(
        l =>
          l.text.includes('isAuditEvent') && l.text.includes('manual-gate-set'),
      ),
    ).toBe(true);

    expect(
      leaks({
        ...responses,
        ...Object.fromEntries(
          lines.map((l, i) => [`log ${i} (${l.level})`, l.text]),
        ),
      }),
    ).toEqual([]);
  });

  it.each([
    [
      'a kubeconfig that is not YAML',
      (written: CanaryFiles) => ({
        namespace: 'servanda-prod',
        auth: { type: 'kubeconfig', path: written.brokenKubeconfig },
      }),
      "Invalid configuration at 'releaseReadiness.environments.onprem.kubernetes.auth.path'",
    ],
    [
      'an API server URL with credentials (of a server that refuses connections)',
      () => ({
        namespace: 'servanda-prod',
        url: `https://reader:${CANARY}@127.0.0.1:1`,
        auth: { type: 'serviceAccount', token: CANARY },
      }),
      "Invalid configuration at 'releaseReadiness.environments.onprem.kubernetes.url'",
    ],
  ])(
    'is not in the error that stops the backend for %s',
    async (_name, kubernetes, key) => {
      const error: unknown = await start({
        environments: {
          onprem: { title: 'On-prem', order: 1, kubernetes: kubernetes(files) },
        },
      }).then(
        () => undefined,
        e => e,
      );
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toContain(key);
      expect(
        leaks({
          'start-up error': searchableText(error),
          ...Object.fromEntries(
            consoleRecording.lines.map((l, i) => [
              `log ${i} (${l.level})`,
              l.text,
            ]),
          ),
        }),
      ).toEqual([]);
    },
  );
});
