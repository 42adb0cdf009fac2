/* The small scenario of bench/workloads.js (see there). */
const {
  K8S_BODY,
  K8S_PATH,
  log,
  once,
  startBackend,
  startFarm,
} = require('./harness');

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

module.exports = { small };
