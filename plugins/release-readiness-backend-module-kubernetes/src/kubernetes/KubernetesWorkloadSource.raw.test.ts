import {
  KubernetesTestServer,
  loadObjects,
} from '@release-readiness/kubernetes-test-cluster';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildWorkloads } from '../parsing/buildWorkloads';
import { parseSnapshot } from '../snapshot/parseSnapshot';
import {
  deploymentWithPods,
  httpsTarget,
  kubeConfigFor,
  signal,
  source,
  tls,
  TOKEN,
} from './__testUtils__/rawSourceFixtures';
import { KubernetesWorkloadSource } from './KubernetesWorkloadSource';

describe('KubernetesWorkloadSource reading raw LIST bodies', () => {
  it.each(['dev', 'stage', 'prod'])(
    'builds the same workloads from the %s demo namespace as client-node’s models of the same objects do (in pages of 3)',
    async env => {
      const text = readFileSync(
        resolve(
          __dirname,
          `../../../../examples/demo-cluster/servanda-${env}.yaml`,
        ),
        'utf8',
      );
      const objects = loadObjects(text);
      const namespace = objects[0].metadata.namespace ?? '';
      const server = await KubernetesTestServer.start({
        objects,
        token: TOKEN,
        tls,
      });
      try {
        const live = new KubernetesWorkloadSource({
          name: 'raw',
          kubeConfig: kubeConfigFor({ ...httpsTarget(server), namespace }),
          namespace,
          pageSize: 3,
        });
        const result = await live.listWorkloads({ signal: signal() });
        // parseSnapshot runs client-node's model deserializer over every object.
        const expected = buildWorkloads(parseSnapshot(text).objects);
        expect(result.items.length).toBeGreaterThan(3);
        expect(result.items).toEqual(expected);
        expect(
          server.requests.filter(r => r.query.continue).length,
        ).toBeGreaterThan(0);
      } finally {
        await server.stop();
      }
    },
  );

  it('reads a namespace larger than one page of 500: every pod of the Deployment counts', async () => {
    const server = await KubernetesTestServer.start({
      objects: deploymentWithPods(1203),
      token: TOKEN,
      tls,
    });
    try {
      const result = await source(httpsTarget(server)).listWorkloads({
        signal: signal(),
      });
      expect(result.items.map(w => [w.name, w.restarts])).toEqual([
        ['api', 1203],
      ]);
      const podPages = server.requests.filter(r => r.path.endsWith('/pods'));
      expect(podPages.map(r => [r.query.limit, !!r.query.continue])).toEqual([
        ['500', false],
        ['500', true],
        ['500', true],
      ]);
    } finally {
      await server.stop();
    }
  });

  it('reuses its connections: the eight LIST calls of a second read go over the first read’s connections', async () => {
    const server = await KubernetesTestServer.start({
      objects: deploymentWithPods(3),
      token: TOKEN,
      tls,
    });
    try {
      const reader = source(httpsTarget(server));
      await reader.listWorkloads({ signal: signal() });
      const first = server.connections;
      await reader.listWorkloads({ signal: signal() });
      expect(first).toBeGreaterThan(0);
      expect(first).toBeLessThanOrEqual(8);
      expect(server.requests).toHaveLength(16);
      // Eight requests, at most one of them on a new connection (the pool may grow by one
      // while the first read's sockets are handed back); a connection per request would be 8.
      expect(server.connections - first).toBeLessThanOrEqual(1);
    } finally {
      await server.stop();
    }
  });
});
