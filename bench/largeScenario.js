/* The large scenario of bench/workloads.js (see there). */
const {
  K8S_BODY,
  K8S_PATH,
  load,
  log,
  once,
  startBackend,
  startFarm,
} = require('./harness');

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

module.exports = { large };
