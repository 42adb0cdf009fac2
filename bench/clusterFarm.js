/*
 * Child process of the benchmark: starts `count` Kubernetes API test servers (HTTPS with the demo
 * CA, one per environment, each its own "cluster"), reports their URLs over IPC, and stops on
 * SIGTERM. Run through the Backstage CLI's TypeScript transform (the test server is TypeScript).
 */
require('@backstage/cli/config/nodeTransform.cjs');
const { readFileSync } = require('node:fs');
const { resolve } = require('node:path');
const {
  KubernetesTestServer,
  loadObjects,
  demoTls,
} = require('@release-readiness/kubernetes-test-cluster');
const { generateNamespace } = require('./generateNamespace');

async function main() {
  const { mode, count, workloads, latencyMs, token } = JSON.parse(
    process.argv[2],
  );
  const { cert, key } = demoTls();
  const servers = [];
  for (let i = 0; i < count; i++) {
    let objects;
    if (mode === 'demo') {
      const env = ['dev', 'stage', 'prod'][i % 3];
      objects = loadObjects(
        readFileSync(
          resolve(__dirname, `../examples/demo-cluster/servanda-${env}.yaml`),
          'utf8',
        ),
      ).map(o => ({
        ...o,
        metadata: {
          ...o.metadata,
          namespace: 'bench',
          labels: {
            ...o.metadata.labels,
            'app.kubernetes.io/part-of': 'bench',
          },
        },
      }));
    } else {
      objects = generateNamespace('bench', workloads, i);
    }
    servers.push(
      await KubernetesTestServer.start({
        objects,
        token,
        latencyMs,
        tls: { cert, key },
      }),
    );
  }
  process.send({ urls: servers.map(s => s.url) });
  process.on('message', message => {
    if (message === 'requests') {
      process.send({ requests: servers.map(s => s.requests.length) });
    }
  });
  process.on('SIGTERM', async () => {
    await Promise.all(servers.map(s => s.stop()));
    process.exit(0);
  });
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
