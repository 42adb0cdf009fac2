/*
 * Child process of the landing scenario (landingScenario.js): a Backstage test backend with
 * `SYSTEMS` systems of three environments each in the portal's configuration. Reports its port
 * over IPC and, when asked, its CPU time.
 */
const SYSTEMS = Number(process.argv[2] ?? 200);

/** Three environments: dev ready, stage blocked for every fifth system, prod as below. */
function systemConfig(i) {
  const gates = lint => ({
    source: 'config',
    config: { ref: 'v1.0.0', checks: { lint, test: 'passed' } },
  });
  const release = { title: 'Release gate', checks: ['lint', 'test'] };
  return {
    title: `System ${String(i).padStart(3, '0')}`,
    environments: {
      dev: {
        title: 'Development',
        order: 1,
        gates: gates('passed'),
        readiness: { gates: { release } },
      },
      stage: {
        title: 'Staging',
        order: 2,
        gates: gates(i % 5 === 0 ? 'failed' : 'passed'),
        readiness: { gates: { release } },
      },
      // Every third system waits for its manual staging gate (blocked); every seventh has an
      // incident rule without an incident source (unknown); the others are ready.
      prod: {
        title: 'Production',
        order: 3,
        gates: gates('passed'),
        readiness: {
          gates: {
            release,
            ...(i % 3 === 0 && {
              staging: {
                title: 'Staging gate',
                source: 'manual',
                checks: ['smoke-tests'],
              },
            }),
          },
          ...(i % 7 === 0 && {
            preconditions: {
              incidents: { type: 'incident-free', severities: ['P0', 'P1'] },
            },
          }),
        },
      },
    },
  };
}

async function backendMain() {
  require('@backstage/cli/config/nodeTransform.cjs');
  const {
    mockServices,
    startTestBackend,
  } = require('@backstage/backend-test-utils');
  const {
    catalogServiceMock,
  } = require('@backstage/plugin-catalog-node/testUtils');
  const systems = Object.fromEntries(
    Array.from({ length: SYSTEMS }, (_, i) => [
      `sys-${String(i).padStart(3, '0')}`,
      systemConfig(i),
    ]),
  );
  const { server } = await startTestBackend({
    features: [
      require('@release-readiness/plugin-release-readiness-backend').default,
      catalogServiceMock.factory({ entities: [] }),
      mockServices.rootConfig.factory({
        data: {
          releaseReadiness: {
            collector: {
              refresh: {
                frequency: { hours: 1 },
                timeout: { minutes: 5 },
                initialDelay: { hours: 1 },
              },
            },
            systems,
          },
        },
      }),
    ],
  });
  process.send({ port: server.port() });
  process.on('message', message => {
    if (message === 'cpu') {
      const { user, system } = process.cpuUsage();
      process.send({ cpuMs: (user + system) / 1000 });
    }
  });
  process.on('SIGTERM', async () => {
    await server.stop();
    process.exit(0);
  });
}

backendMain().catch(error => {
  console.error(error);
  process.exit(1);
});
