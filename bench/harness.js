/*
 * The benchmark's harness: child processes for the API servers (clusterFarm.js), the backends
 * (backend.js) and the load generator (loadgen.js), and the settings both backends share.
 */
const { fork } = require('node:child_process');
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
    // The transform as a Node option too, so that the Kubernetes module's worker threads (which
    // inherit the process's options) load its TypeScript.
    [
      '--expose-gc',
      '--max-old-space-size=4096',
      '--require',
      require.resolve('@backstage/cli/config/nodeTransform.cjs'),
    ],
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

/** min / median / max of a list of numbers (rounded to 0.1), and how many runs. */
function spread(values) {
  const sorted = values
    .filter(v => typeof v === 'number')
    .sort((a, b) => a - b);
  const round = v => Math.round(v * 10) / 10;
  const mid = sorted.length / 2;
  const median =
    sorted.length % 2
      ? sorted[Math.floor(mid)]
      : (sorted[mid - 1] + sorted[mid]) / 2;
  return sorted.length
    ? {
        min: round(sorted[0]),
        median: round(median),
        max: round(sorted[sorted.length - 1]),
        runs: sorted.length,
      }
    : { runs: 0 };
}

module.exports = {
  child,
  spread,
  TOKEN,
  SELECTOR,
  ENTITY,
  K8S_PATH,
  K8S_BODY,
  log,
  startFarm,
  startBackend,
  load,
  once,
};
