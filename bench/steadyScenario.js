const { log, once, spread, startBackend, startFarm } = require('./harness');

/**
 * Steady state: what keeping 50 x 1,000 fresh costs. After a cold read, the collector's
 * background refresh runs every 10 s with a 30 s cache TTL (so each environment is read about
 * every 30 s) for `STEADY_MS`; the backend process's CPU time over that window is the cost,
 * with every collection re-listed each time (`watch: false`) and with watches (`watch: true`).
 */
const STEADY_MS = Number(process.env.BENCH_STEADY_MS ?? 120_000);
/** Runs of each variant (`BENCH_RUNS`, default 1); `BENCH_STEADY_WATCH=true` runs watches only. */
const RUNS = Number(process.env.BENCH_RUNS ?? 1);
const VARIANTS =
  process.env.BENCH_STEADY_WATCH === 'true' ? [true] : [false, true];
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
  for (const watch of VARIANTS) {
    const entries = [];
    for (let run = 0; run < RUNS; run++) {
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
      entries.push(entry);
    }
    result[watch ? 'withWatches' : 'relisting'] = {
      percentOfOneCore: spread(entries.map(e => e.shareOfOneCore * 100)),
      rssMB: spread(entries.map(e => e.memoryMB?.rssMB)),
      runs: entries,
    };
  }
  farm.stop();
  return result;
}

module.exports = { steady };
