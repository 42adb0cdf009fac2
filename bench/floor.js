/*
 * Child process of the benchmark: the floor of a cold read. Downloads the same LIST pages the
 * Kubernetes source requests (eight collections per environment, `limit` 500 following
 * `continue`, the label selector on the five selected kinds) from every API server over HTTPS
 * with the service-account token, and `JSON.parse`s each body: nothing else. Reports the wall
 * time, the bytes read and the process CPU time over IPC. `environments` at a time are read, all
 * eight collections of each at once, as the collector does with its concurrency.
 */
const https = require('node:https');
const { demoTls } = require('@release-readiness/kubernetes-test-cluster');

const COLLECTIONS = [
  ['/apis/apps/v1', 'deployments', true],
  ['/apis/apps/v1', 'statefulsets', true],
  ['/apis/apps/v1', 'daemonsets', true],
  ['/apis/batch/v1', 'cronjobs', true],
  ['/apis/autoscaling/v2', 'horizontalpodautoscalers', true],
  ['/apis/apps/v1', 'replicasets', false],
  ['/apis/batch/v1', 'jobs', false],
  ['/api/v1', 'pods', false],
];

function get(agent, url, token) {
  return new Promise((ok, fail) => {
    const request = https.get(
      url,
      {
        agent,
        headers: {
          authorization: `Bearer ${token}`,
          accept: 'application/json',
        },
      },
      response => {
        const chunks = [];
        response.on('data', chunk => chunks.push(chunk));
        response.on('end', () => {
          if (response.statusCode !== 200) {
            fail(new Error(`HTTP ${response.statusCode} for ${url}`));
            return;
          }
          ok(Buffer.concat(chunks).toString('utf8'));
        });
        response.on('error', fail);
      },
    );
    request.on('error', fail);
  });
}

async function readCollection(
  agent,
  base,
  token,
  selector,
  [api, resource, selected],
) {
  let cont;
  let bytes = 0;
  let items = 0;
  do {
    const url = new URL(`${base}${api}/namespaces/bench/${resource}`);
    url.searchParams.set('limit', '500');
    if (selected) url.searchParams.set('labelSelector', selector);
    if (cont) url.searchParams.set('continue', cont);
    const text = await get(agent, url, token);
    bytes += Buffer.byteLength(text);
    const body = JSON.parse(text);
    items += body.items.length;
    cont = body.metadata?.continue || undefined;
  } while (cont);
  return { bytes, items };
}

async function main() {
  const { urls, token, selector, environments } = JSON.parse(process.argv[2]);
  const ca = demoTls().ca;
  const cpu = process.cpuUsage();
  const started = performance.now();
  let bytes = 0;
  let items = 0;
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const base = urls[next++];
      // One connection pool per API server, as each cluster's client has its own.
      const agent = new https.Agent({ keepAlive: true, ca });
      const results = await Promise.all(
        COLLECTIONS.map(c => readCollection(agent, base, token, selector, c)),
      );
      agent.destroy();
      for (const r of results) {
        bytes += r.bytes;
        items += r.items;
      }
    }
  };
  await Promise.all(Array.from({ length: environments }, worker));
  const wallMs = performance.now() - started;
  const { user, system } = process.cpuUsage(cpu);
  // Exits once the report is sent: the IPC channel would keep the process alive.
  process.send({ wallMs, cpuMs: (user + system) / 1000, bytes, items }, () =>
    process.exit(0),
  );
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
