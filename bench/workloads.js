/*
 * Benchmark of the workloads board (`make bench`, or `scripts/toolchain.sh node bench/workloads.js
 * [small|large|all]`).
 *
 * The release-readiness backend (with its Kubernetes module) and Backstage's own
 * @backstage/plugin-kubernetes-backend each run in a test backend of their own (child processes),
 * against the same Kubernetes API test servers and objects, in the same run. Prints a JSON report;
 * progress goes to stderr.
 *
 *   small: 3 environments (the demo objects) whose API server answers after 200 ms: the cold
 *          board (GET /versions on a fresh backend, five fresh backends) vs. kubernetes-backend
 *          fan-outs (it has no cache: every request fans out).
 *   large: 50 environments x 1,000 workloads: cold board, warm p50/p95/p99 at 50 concurrent
 *          clients, backend memory growth; the same for the kubernetes backend.
 *
 * Auth and permissions are Backstage's test mocks for both, so the figures are the plugins' own
 * cost, not the sign-in pipeline's. The API servers, the load generator and each backend run in
 * separate processes on the same machine (which for the recorded figures has 2 cores).
 */
const { fork } = require('node:child_process');
const os = require('node:os');
const { resolve } = require('node:path');

const TOKEN = 'bench-token';
const SELECTOR = 'app.kubernetes.io/part-of=bench';
const ENTITY = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'bench',
    namespace: 'default',
    annotations: {
      'backstage.io/kubernetes-label-selector': SELECTOR,
      'backstage.io/kubernetes-namespace': 'bench',
    },
  },
  spec: { type: 'service', lifecycle: 'production', owner: 'bench' },
};
const K8S_PATH = '/api/kubernetes/services/bench';
const K8S_BODY = JSON.stringify({ entity: ENTITY });

const log = (...args) => console.error(new Date().toISOString(), ...args);

function child(script, args, execArgv = []) {
  const proc = fork(resolve(__dirname, script), [JSON.stringify(args)], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    execArgv,
  });
  // The TypeScript transform posts { type: 'watch' } messages; skip those.
  const reply = () =>
    new Promise((ok, fail) => {
      const onMessage = message => {
        if (message?.type !== 'watch') {
          proc.off('message', onMessage);
          proc.off('exit', onExit);
          ok(message);
        }
      };
      const onExit = code => {
        proc.off('message', onMessage);
        fail(new Error(`${script} exited with ${code}`));
      };
      proc.on('message', onMessage);
      proc.once('exit', onExit);
    });
  return { proc, reply, first: reply() };
}

async function startFarm(options) {
  const { proc, first } = child('clusterFarm.js', { ...options, token: TOKEN });
  const { urls } = await first;
  return { urls, stop: () => proc.kill('SIGTERM') };
}

async function startBackend(plugin, urls, collector, extra = {}) {
  const { proc, first, reply } = child(
    'backend.js',
    {
      plugin,
      urls,
      token: TOKEN,
      selector: SELECTOR,
      entity: ENTITY,
      collector,
      ...extra,
    },
    ['--expose-gc', '--max-old-space-size=4096'],
  );
  const { port } = await first;
  let exited;
  proc.once('exit', (code, signal) => {
    exited = { code, signal };
  });
  return {
    base: `http://localhost:${port}`,
    memory: async () => {
      if (exited) return { exited };
      const answer = reply();
      proc.send('memory');
      const timeout = new Promise(ok =>
        setTimeout(() => ok({ memory: { busy: true } }), 30_000),
      );
      return (await Promise.race([answer, timeout])).memory;
    },
    cpuMs: async () => {
      const answer = reply();
      proc.send('cpu');
      return (await answer).cpuMs;
    },
    exited: () => exited,
    stop: () => proc.kill('SIGTERM'),
  };
}

async function load(options) {
  try {
    return await child('loadgen.js', options).first;
  } catch (error) {
    return { failed: String(error.message) };
  }
}

const once = (base, path, extra = {}) =>
  load({
    base,
    paths: [path],
    concurrency: 1,
    durationMs: 300_000,
    maxRequests: 1,
    ...extra,
  });

async function small() {
  log('small: starting 3 API servers with 200 ms latency');
  const farm = await startFarm({ mode: 'demo', count: 3, latencyMs: 200 });
  const ours = [];
  const expired = [];
  let rows;
  for (let run = 0; run < 5; run++) {
    // A 1 s cache TTL lets the second read find its entry expired in a warmed-up process.
    const backend = await startBackend('release-readiness', farm.urls, {
      cacheTtl: { seconds: 1 },
      maxStale: { minutes: 5 },
    });
    const cold = await once(backend.base, '/api/release-readiness/versions', {
      inspect: true,
    });
    log(
      'small: release-readiness cold board',
      cold.p50,
      'ms',
      JSON.stringify(cold.firstBody),
    );
    ours.push(Math.round(cold.p50));
    rows = cold.firstBody;
    await new Promise(r => setTimeout(r, 1500));
    const again = await once(backend.base, '/api/release-readiness/versions', {
      inspect: true,
    });
    log(
      'small: release-readiness board after expiry',
      again.p50,
      'ms',
      JSON.stringify(again.firstBody),
    );
    expired.push(Math.round(again.p50));
    backend.stop();
  }
  const k8s = await startBackend('kubernetes', farm.urls);
  const fanOuts = [];
  for (let run = 0; run < 5; run++) {
    const r = await once(k8s.base, K8S_PATH, {
      method: 'POST',
      body: K8S_BODY,
    });
    log('small: kubernetes-backend fan-out', r.p50, 'ms');
    fanOuts.push(Math.round(r.p50));
  }
  k8s.stop();
  farm.stop();
  return {
    scenario:
      '3 environments (demo objects), every API response delayed 200 ms',
    releaseReadinessColdBoardMs: ours,
    releaseReadinessBoardAfterCacheExpiryMs: expired,
    releaseReadinessBoard: rows,
    kubernetesBackendFanOutMs: fanOuts,
  };
}

async function large() {
  log('large: starting 50 API servers x 1,000 workloads');
  const farm = await startFarm({
    mode: 'generated',
    count: 50,
    workloads: 1000,
    latencyMs: 0,
  });
  const result = {
    scenario:
      '50 environments x 1,000 workloads (2,950 objects, 5.5 MB of JSON each), no added latency',
  };

  // The test servers render each LIST body once and keep it, so a throw-away backend of each kind
  // reads everything first: the measured cold reads then pay no server-side rendering that a
  // real API server would spread over its own machine.
  {
    const warm = await startBackend('release-readiness', farm.urls, {
      timeout: { seconds: 120 },
    });
    log(
      'large: warming the API servers for release-readiness',
      await once(warm.base, '/api/release-readiness/versions', {
        inspect: true,
      }),
    );
    warm.stop();
    const warmK8s = await startBackend('kubernetes', farm.urls);
    log(
      'large: warming the API servers for the kubernetes backend',
      await once(warmK8s.base, K8S_PATH, { method: 'POST', body: K8S_BODY }),
    );
    warmK8s.stop();
  }

  // A cold read of 50 x 1,000 on a 2-core machine queues most calls past the default 5 s timeout
  // (it starts when a call is queued), which would measure timeouts, not the board.
  const ours = await startBackend('release-readiness', farm.urls, {
    timeout: { seconds: 120 },
  });
  const before = await ours.memory();
  const cold = await once(ours.base, '/api/release-readiness/versions', {
    inspect: true,
  });
  log('large: release-readiness cold board', cold);
  const afterCold = await ours.memory();
  const envPaths = farm.urls.map(
    (_, i) => `/api/release-readiness/environments/env-${i}/workloads`,
  );
  const warmEnvironment = await load({
    base: ours.base,
    paths: envPaths,
    concurrency: 50,
    durationMs: 15_000,
  });
  log('large: release-readiness warm environment workloads', warmEnvironment);
  const warmEnvironmentConditional = await load({
    base: ours.base,
    paths: envPaths,
    concurrency: 50,
    durationMs: 15_000,
    conditional: true,
  });
  log(
    'large: release-readiness warm environment workloads, conditional',
    warmEnvironmentConditional,
  );
  const warmBoard = await load({
    base: ours.base,
    paths: ['/api/release-readiness/versions'],
    concurrency: 50,
    durationMs: 15_000,
  });
  log('large: release-readiness warm board', warmBoard);
  const warmBoardConditional = await load({
    base: ours.base,
    paths: ['/api/release-readiness/versions'],
    concurrency: 50,
    durationMs: 15_000,
    conditional: true,
  });
  log('large: release-readiness warm board, conditional', warmBoardConditional);
  const after = await ours.memory();
  ours.stop();
  result.releaseReadiness = {
    coldBoard: cold,
    warmEnvironmentWorkloads50Clients: warmEnvironment,
    warmEnvironmentWorkloads50ClientsIfNoneMatch: warmEnvironmentConditional,
    warmBoard50Clients: warmBoard,
    warmBoard50ClientsIfNoneMatch: warmBoardConditional,
    memoryMB: { before, afterCold, afterWarm: after },
    memoryGrowthMB:
      after.rssMB !== undefined ? after.rssMB - before.rssMB : after,
  };

  const k8s = await startBackend('kubernetes', farm.urls);
  const k8sBefore = await k8s.memory();
  const k8sCold = await once(k8s.base, K8S_PATH, {
    method: 'POST',
    body: K8S_BODY,
  });
  log('large: kubernetes-backend cold fan-out', k8sCold);
  const k8sAfterCold = await k8s.memory();
  // Every kubernetes-backend request is a full fan-out (it keeps no cache); 50 at once took a
  // first run's backend past 6 GB RSS with connection resets, so it is measured at 10.
  const k8sWarm = await load({
    base: k8s.base,
    paths: [K8S_PATH],
    method: 'POST',
    body: K8S_BODY,
    concurrency: 10,
    durationMs: 60_000,
    maxRequests: 20,
  });
  log('large: kubernetes-backend 10 concurrent fan-outs', k8sWarm);
  const k8sAfter = await k8s.memory();
  k8s.stop();
  farm.stop();
  result.kubernetesBackend = {
    coldFanOut: k8sCold,
    tenConcurrentFanOuts: k8sWarm,
    exited: k8s.exited(),
    memoryMB: {
      before: k8sBefore,
      afterCold: k8sAfterCold,
      afterConcurrent: k8sAfter,
    },
  };
  return result;
}

/**
 * Steady state: what keeping 50 x 1,000 fresh costs. After a cold read, the collector's
 * background refresh runs every 10 s with a 30 s cache TTL (so each environment is read about
 * every 30 s) for `STEADY_MS`; the backend process's CPU time over that window is the cost,
 * with every collection re-listed each time (`watch: false`) and with watches (`watch: true`).
 */
const STEADY_MS = 120_000;
async function steady() {
  log('steady: starting 50 API servers x 1,000 workloads');
  const farm = await startFarm({
    mode: 'generated',
    count: 50,
    workloads: 1000,
    latencyMs: 0,
  });
  const result = {
    scenario: `50 environments x 1,000 workloads, background refresh every 10 s with a 30 s cache TTL, backend CPU over ${
      STEADY_MS / 1000
    } s after the cold read`,
  };
  for (const watch of [false, true]) {
    const backend = await startBackend(
      'release-readiness',
      farm.urls,
      {
        timeout: { seconds: 120 },
        cacheTtl: { seconds: 30 },
        refresh: {
          frequency: { seconds: 10 },
          timeout: { minutes: 5 },
          initialDelay: { seconds: 1 },
        },
      },
      { clusters: true, watch },
    );
    const cold = await once(backend.base, '/api/release-readiness/versions');
    const start = await backend.cpuMs();
    const startedAt = Date.now();
    await new Promise(r => setTimeout(r, STEADY_MS));
    const cpuMs = (await backend.cpuMs()) - start;
    const wallMs = Date.now() - startedAt;
    const warm = await once(backend.base, '/api/release-readiness/versions');
    const memory = await backend.memory();
    backend.stop();
    const entry = {
      coldBoard: cold,
      cpuSeconds: Math.round(cpuMs) / 1000,
      shareOfOneCore: Math.round((cpuMs / wallMs) * 1000) / 1000,
      boardAfter: warm,
      memoryMB: memory,
    };
    log(`steady: watch ${watch}`, entry);
    result[watch ? 'withWatches' : 'relisting'] = entry;
  }
  farm.stop();
  return result;
}

async function main() {
  const which = process.argv[2] ?? 'all';
  const report = {
    node: process.version,
    cpus: os.cpus().length,
    loadAverageAtStart: os.loadavg(),
  };
  if (which === 'small' || which === 'all') {
    report.small = await small();
  }
  if (which === 'large' || which === 'all') {
    report.large = await large();
  }
  if (which === 'steady' || which === 'all') {
    report.steady = await steady();
  }
  report.loadAverageAtEnd = os.loadavg();
  console.log(JSON.stringify(report, null, 2));
  process.exit(0);
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
