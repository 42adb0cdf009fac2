import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { sendJson } from '@release-readiness/plugin-release-readiness-node/testUtils';
import { rollbackRecordOf } from '../__testUtils__/rollbackRecordOf';
import {
  RecordingServer,
  startRecordingServer,
} from '../__testUtils__/startRecordingServer';
import { RollbacksClient } from './RollbacksClient';

const CANARY = 'canary-Wq82Lx-secret';
const credentials = mockCredentials.user('user:default/mara.schulz');

let server: RecordingServer;
beforeEach(async () => {
  server = await startRecordingServer();
});
afterEach(() => server.close());

const client = () => {
  const base = async (pluginId: string) => `${server.url}/api/${pluginId}`;
  return new RollbacksClient({
    auth: mockServices.auth({ pluginId: 'scaffolder' }),
    discovery: { getBaseUrl: base, getExternalBaseUrl: base },
  });
};

const rollBack = () =>
  client().rollBack({
    credentials,
    system: 'servanda',
    body: {
      environment: 'prod',
      kind: 'StatefulSet',
      name: 'minio',
      dryRun: false,
      reason: 'Uploads fail, INC-412',
      requestId: 'scaffolder:abc12345',
    },
  });

describe('RollbacksClient', () => {
  it('tells a first write (201) from a retried one (200) and encodes the id', async () => {
    server.handle((_req, res) =>
      sendJson(
        res,
        server.requests.length === 1 ? 201 : 200,
        rollbackRecordOf({ id: 'rb/1' }),
      ),
    );
    expect((await rollBack()).created).toBe(true);
    expect((await rollBack()).created).toBe(false);
    await client().getRollback({
      credentials,
      system: 'servanda',
      rollbackId: 'rb/1',
    });
    expect(server.requests.map(r => `${r.method} ${r.path}`)).toEqual([
      'POST /api/release-readiness/systems/servanda/rollbacks',
      'POST /api/release-readiness/systems/servanda/rollbacks',
      'GET /api/release-readiness/systems/servanda/rollbacks/rb%2F1',
    ]);
  });

  it('refuses a success body that is not a rollback record without quoting it', async () => {
    server.handle((_req, res) =>
      sendJson(res, 201, { id: 'rb-1', outcome: 'exploded', token: CANARY }),
    );
    const error = await rollBack().then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error?.message).toBe(
      'The release-readiness backend answered with an unexpected body',
    );
    expect(JSON.stringify(error)).not.toContain(CANARY);
  });

  it('never quotes a foreign error page or the token', async () => {
    server.handle((_req, res) => {
      res.writeHead(502, 'Bad Gateway', { 'content-type': 'text/html' });
      res.end(`<html>upstream said token=${CANARY}</html>`);
    });
    const error = await rollBack().then(
      () => undefined,
      (e: Error) => e,
    );
    const token = server.requests[0].authorization?.slice('Bearer '.length);
    expect(error?.message).toMatch(/^502: /);
    expect(`${error?.message} ${error?.stack}`).not.toContain(CANARY);
    expect(`${error?.message} ${error?.stack}`).not.toContain(token);
  });

  it("reduces the environment's workloads to the one rollout", async () => {
    server.handle((_req, res) =>
      sendJson(res, 200, {
        items: [
          { kind: 'Deployment', name: 'minio', rolloutStatus: 'failed' },
          {
            kind: 'StatefulSet',
            name: 'minio',
            rolloutStatus: 'progressing',
            rolloutMessage: 'Waiting for partitioned roll out to finish',
            replicas: { desired: 4, ready: 3, available: 3, updated: 1 },
            version: 'RELEASE.2024-10-02',
          },
        ],
        source: { status: 'stale' },
      }),
    );
    const call = { credentials, system: 'servanda', environment: 'prod' };
    expect(
      await client().getRollout({
        ...call,
        kind: 'StatefulSet',
        name: 'minio',
      }),
    ).toEqual({
      sourceStatus: 'stale',
      workload: {
        rolloutStatus: 'progressing',
        rolloutMessage: 'Waiting for partitioned roll out to finish',
        replicas: { desired: 4, ready: 3 },
        version: 'RELEASE.2024-10-02',
      },
    });
    expect(
      await client().getRollout({ ...call, kind: 'DaemonSet', name: 'minio' }),
    ).toEqual({ sourceStatus: 'stale' });
  });
});
