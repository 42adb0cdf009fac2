import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
// An integration test of the module together with the plugin it extends (declared in this
// package's devDependencies).
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import releaseReadinessBackend from '@release-readiness/plugin-release-readiness-backend';
import type { Server } from 'node:http';
import {
  METRIC,
  shopOpenMetrics,
  shopTimeline,
} from './__testUtils__/shopMetrics';
import {
  startPrometheus,
  TestPrometheus,
} from './__testUtils__/startPrometheus';
import { releaseReadinessModulePrometheus } from './module';

// The backend measures at "now", 4 hours after the backfilled data ends, as if the exporter had
// stopped: the 30-day window still has (extrapolated) counts, the short windows and the backup
// gauges have none. So this test shows the wiring (the backend reads through this module's
// sources) and that stale or missing data reads unknown, never pass.
const timeline = shopTimeline(Date.now());
let prometheus: TestPrometheus;

beforeAll(async () => {
  prometheus = await startPrometheus(shopOpenMetrics(timeline));
}, 60_000);

afterAll(async () => {
  await prometheus?.stop();
});

async function startBackend() {
  const { server } = await startTestBackend({
    features: [
      releaseReadinessBackend,
      releaseReadinessModulePrometheus,
      mockServices.rootConfig.factory({
        data: {
          releaseReadiness: {
            prometheus: { servers: { main: { url: prometheus.url } } },
            collector: {
              timeout: { milliseconds: 5000 },
              refresh: {
                frequency: { hours: 1 },
                timeout: { minutes: 1 },
                initialDelay: { hours: 1 },
              },
            },
            environments: {
              prod: {
                title: 'Production',
                order: 1,
                sla: {
                  source: 'prometheus',
                  prometheus: { server: 'main' },
                  services: {
                    checkout: {
                      metric: METRIC,
                      selector: 'service="checkout"',
                      objectives: {
                        availability: {
                          kind: 'availability',
                          target: 0.999,
                          window: 'P30D',
                        },
                      },
                    },
                  },
                },
                backups: {
                  items: {
                    offsite: {
                      source: 'prometheus',
                      prometheus: { server: 'main' },
                      query:
                        'velero_backup_last_successful_timestamp{schedule="daily"}',
                    },
                  },
                },
              },
            },
          },
        },
      }),
    ],
  });
  return server;
}

async function get(server: Server, path: string) {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const res = await fetch(
    `http://127.0.0.1:${port}/api/release-readiness${path}`,
  );
  return { status: res.status, body: await res.json() };
}

describe('releaseReadinessModulePrometheus in the backend', () => {
  it('serves the SLA through the prometheus source; stale data reads unknown, never pass', async () => {
    const server = await startBackend();
    const { status, body } = await get(server, '/environments/prod/sla');
    expect(status).toBe(200);
    expect(body.source).toMatchObject({
      name: 'prometheus:main',
      status: 'ok',
    });
    // Without the source's staleness warning the 30-day counts would read `pass`.
    expect(body.warnings).toBeTruthy();
    const [checkout] = body.services;
    expect(checkout.objectives[0]).toMatchObject({
      id: 'availability',
      status: 'unknown',
    });
    expect(checkout.status).toBe('unknown');
    expect(checkout.errorBudget.remaining).toBeNull();
  });

  it('serves a backup item through the prometheus source; no recent sample reads unknown, never fresh', async () => {
    const server = await startBackend();
    const { status, body } = await get(server, '/environments/prod/backups');
    expect(status).toBe(200);
    const offsite = body.items.find(
      (i: { name: string }) => i.name === 'offsite',
    );
    expect(offsite).toMatchObject({ status: 'unknown' });
    expect(offsite.lastSuccess).toBeUndefined();
  });
});
