/*
 * Child process of the benchmark: a Backstage test backend with either the release-readiness
 * backend and its Kubernetes module, or @backstage/plugin-kubernetes-backend, configured for the
 * given API servers. Reports its port over IPC and, when asked, its memory after a full GC.
 * Started with --expose-gc.
 */
require('@backstage/cli/config/nodeTransform.cjs');
const {
  mockServices,
  startTestBackend,
} = require('@backstage/backend-test-utils');
const {
  catalogServiceMock,
} = require('@backstage/plugin-catalog-node/testUtils');
const { demoTls } = require('@release-readiness/kubernetes-test-cluster');

async function main() {
  const {
    plugin,
    urls,
    token,
    selector,
    entity,
    collector = {},
    clusters = false,
    watch = false,
    parsing,
  } = JSON.parse(process.argv[2]);
  const caData = Buffer.from(demoTls().ca).toString('base64');
  const features =
    plugin === 'release-readiness'
      ? [
          require('@release-readiness/plugin-release-readiness-backend')
            .default,
          require('@release-readiness/plugin-release-readiness-backend-module-kubernetes')
            .default,
        ]
      : [
          require('@backstage/plugin-kubernetes-backend').default,
          catalogServiceMock.factory({ entities: [entity] }),
        ];
  const data =
    plugin === 'release-readiness'
      ? {
          releaseReadiness: {
            // Defaults, except that the background refresh would warm the cache before the cold
            // measurement.
            collector: {
              refresh: {
                frequency: { hours: 1 },
                timeout: { minutes: 5 },
                initialDelay: { hours: 1 },
              },
              ...collector,
            },
            // `parsing`: the Kubernetes module's worker threads (`threads`, `minBytes`).
            ...(parsing && { kubernetesParsing: parsing }),
            // `clusters`: the platform's clusters, which environments name (and which can watch).
            ...(clusters && {
              clusters: Object.fromEntries(
                urls.map((url, i) => [
                  `c${i}`,
                  {
                    url,
                    caData,
                    labelSelector: selector,
                    auth: { type: 'serviceAccount', token },
                    watch,
                  },
                ]),
              ),
            }),
            environments: Object.fromEntries(
              urls.map((url, i) => [
                `env-${i}`,
                {
                  title: `Environment ${i}`,
                  order: i,
                  ...(clusters
                    ? { cluster: `c${i}`, namespace: 'bench' }
                    : {
                        kubernetes: {
                          cluster: `c${i}`,
                          namespace: 'bench',
                          url,
                          caData,
                          labelSelector: selector,
                          auth: { type: 'serviceAccount', token },
                        },
                      }),
                },
              ]),
            ),
          },
        }
      : {
          kubernetes: {
            serviceLocatorMethod: { type: 'multiTenant' },
            clusterLocatorMethods: [
              {
                type: 'config',
                clusters: urls.map((url, i) => ({
                  name: `c${i}`,
                  url,
                  authProvider: 'serviceAccount',
                  serviceAccountToken: token,
                  caData,
                  skipMetricsLookup: true,
                })),
              },
            ],
          },
        };
  // The real scheduler (the test backend's mock one does not run tasks on their schedule), so
  // the collector's background refresh runs as configured.
  const {
    schedulerServiceFactory,
  } = require('@backstage/backend-defaults/scheduler');
  const { server } = await startTestBackend({
    features: [
      ...features,
      schedulerServiceFactory,
      mockServices.rootConfig.factory({ data }),
    ],
  });
  process.send({ port: server.port() });
  process.on('message', message => {
    if (message === 'cpu') {
      const { user, system } = process.cpuUsage();
      process.send({ cpuMs: (user + system) / 1000 });
    }
    if (message === 'memory') {
      global.gc();
      global.gc();
      const { rss, heapUsed } = process.memoryUsage();
      process.send({
        memory: { rssMB: rss / 2 ** 20, heapMB: heapUsed / 2 ** 20 },
      });
    }
  });
  process.on('SIGTERM', async () => {
    await server.stop();
    process.exit(0);
  });
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
