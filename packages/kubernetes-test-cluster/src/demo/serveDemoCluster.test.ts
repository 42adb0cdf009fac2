import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoTls } from './demoTls';
import { DEMO_REFERENCE_TIME, serveDemoCluster } from './serveDemoCluster';
import { KubernetesTestServer } from '../server/KubernetesTestServer';

/** A request over HTTPS, trusting only the demo CA (GET unless a body is given). */
function get(
  url: string,
  token?: string,
  patch?: { contentType: string; body: string },
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        ca: demoTls().ca,
        method: patch ? 'PATCH' : 'GET',
        headers: {
          ...(token && { authorization: `Bearer ${token}` }),
          ...(patch && { 'content-type': patch.contentType }),
        },
      },
      res => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', chunk => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(patch?.body);
  });
}

describe('serveDemoCluster', () => {
  let dir: string;
  let server: KubernetesTestServer | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'demo-cluster-'));
  });
  afterEach(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves every YAML file of the folder over HTTPS with the demo CA and the token, timestamps moved so that the reference time is now', async () => {
    writeFileSync(
      join(dir, 'b.yaml'),
      `apiVersion: apps/v1
kind: Deployment
metadata: { name: api, namespace: demo, creationTimestamp: '${DEMO_REFERENCE_TIME}' }
`,
    );
    writeFileSync(
      join(dir, 'a.yaml'),
      `apiVersion: v1
kind: List
items:
- apiVersion: apps/v1
  kind: Deployment
  metadata: { name: worker, namespace: demo, creationTimestamp: '2025-06-01T12:00:00Z' }
`,
    );
    writeFileSync(join(dir, 'ignored.txt'), 'not: [yaml');
    const now = new Date('2030-01-10T08:30:00.400Z');
    server = await serveDemoCluster({ dir, port: 0, token: 'demo-token', now });
    expect(server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);

    const denied = await get(
      `${server.url}/apis/apps/v1/namespaces/demo/deployments`,
    );
    expect(denied.status).toBe(401);

    const listed = await get(
      `${server.url}/apis/apps/v1/namespaces/demo/deployments`,
      'demo-token',
    );
    expect(listed.status).toBe(200);
    const items = JSON.parse(listed.body).items;
    expect(
      items.map(
        (i: { metadata: { name: string; creationTimestamp: string } }) => [
          i.metadata.name,
          i.metadata.creationTimestamp,
        ],
      ),
    ).toEqual([
      ['api', '2030-01-10T08:30:00Z'],
      ['worker', '2030-01-09T08:30:00Z'],
    ]);
  });

  it('takes writes and rolls them out after the rollout delay, as a cluster’s controllers would', async () => {
    writeFileSync(
      join(dir, 'api.yaml'),
      `apiVersion: apps/v1
kind: Deployment
metadata: { name: api, namespace: demo, uid: d-1, generation: 1, annotations: { deployment.kubernetes.io/revision: '1' } }
spec:
  replicas: 1
  selector: { matchLabels: { app: api } }
  template:
    metadata: { labels: { app: api } }
    spec: { containers: [{ name: api, image: 'api:1' }] }
status: { observedGeneration: 1, replicas: 1, updatedReplicas: 1, availableReplicas: 1 }
`,
    );
    server = await serveDemoCluster({
      dir,
      port: 0,
      token: 'demo-token',
      rollout: { delayMs: 50 },
    });
    const patched = await get(
      `${server.url}/apis/apps/v1/namespaces/demo/deployments/api`,
      'demo-token',
      {
        contentType: 'application/strategic-merge-patch+json',
        body: JSON.stringify({
          spec: {
            template: {
              spec: { containers: [{ name: 'api', image: 'api:2' }] },
            },
          },
        }),
      },
    );
    expect(patched.status).toBe(200);
    await server.waitForRollouts();
    const replicaSets = await get(
      `${server.url}/apis/apps/v1/namespaces/demo/replicasets`,
      'demo-token',
    );
    expect(JSON.parse(replicaSets.body).items).toEqual([
      expect.objectContaining({
        metadata: expect.objectContaining({
          annotations: expect.objectContaining({
            'deployment.kubernetes.io/revision': '2',
          }),
        }),
        status: expect.objectContaining({ readyReplicas: 1 }),
      }),
    ]);
  });
});
