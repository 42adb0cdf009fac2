import type { SlaMeasureRequest } from '@release-readiness/plugin-release-readiness-node';
import { slaTestModule } from '../sla/__testUtils__/slaTestModule';
import { MARA } from './__testUtils__/rollbackPeople';
import { startRollbacksBackend } from './__testUtils__/startRollbacksBackend';

/**
 * Verification waits for the SLA rollback triggers (test SLA source, `sla.source: test` in prod):
 * a firing trigger holds the rollback in progress after its rollout completed, a quiet one lets
 * it succeed; SLA data that is stale or unreadable never counts as quiet.
 */

jest.setTimeout(60_000);

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/** What the test SLA source answers: 1 000 requests in 5 min with `errors` 5xx, or a failure. */
class TestSla {
  errors = 0;
  failing = false;
  calls = 0;

  measure = async (asked: SlaMeasureRequest) => {
    this.calls++;
    if (this.failing) {
      throw new Error('connect ECONNREFUSED 127.0.0.1:9090');
    }
    return {
      services: asked.services.map(service => ({
        service: service.name,
        windows: service.windows.map(window => ({
          window,
          total: 1_000,
          errors: this.errors,
        })),
      })),
    };
  };
}

/** prod with an SLA for servanda-api: a rollback trigger at 2 % 5xx over 5 min. */
async function start(
  sla: TestSla,
  options: { timeout: string; refreshed: boolean },
) {
  return startRollbacksBackend({
    prod: {
      sla: {
        source: 'test',
        services: {
          'servanda-api': {
            selector: 'service="servanda-api"',
            objectives: {
              'rollback-5xx': {
                title: '5xx above 2 %',
                kind: 'error-rate',
                role: 'rollback-trigger',
                target: 0.02,
                window: 'PT5M',
              },
            },
          },
        },
      },
    },
    prodRollback: { verify: { interval: 'PT0.05S', timeout: options.timeout } },
    // The board reads the SLA through the collector's cache: with `refreshed`, readings older
    // than 100 ms are served stale and refreshed (so the board sees staleness); otherwise they
    // hold for the default 60 s. The verifier measures again at every look either way.
    ...(options.refreshed && {
      collector: { cacheTtl: { milliseconds: 100 } },
    }),
    features: [slaTestModule(request => sla.measure(request))],
  });
}

const TRIGGER = 'servanda-api: 5xx above 2 %';

describe('verification with SLA rollback triggers', () => {
  it('waits while the trigger fires after the rollout completed, and succeeds once it is quiet', async () => {
    const sla = new TestSla();
    sla.errors = 50; // 5 %: firing
    // The default 60 s cache: the verifier measures again at every look, past the cache.
    const { api, control } = await start(sla, {
      timeout: 'PT5S',
      refreshed: false,
    });
    control.rolloutAfterWrite = 'complete';
    const res = await api.rollBack(MARA);
    expect(res.status).toBe(201);
    await sleep(400);
    const waiting = await api.record(MARA, res.body.id);
    expect(waiting.outcome).toBe('in-progress');
    expect(sla.calls).toBeGreaterThan(1);

    sla.errors = 5; // 0.5 %: quiet
    const done = await api.settled(MARA, res.body.id);
    expect(done.outcome).toBe('succeeded');
    expect(done.verification.checks.map(c => [c.name, c.status])).toEqual([
      ['rollout', 'pass'],
      ['version', 'pass'],
      ['ready replicas', 'pass'],
      [TRIGGER, 'pass'],
    ]);
  });

  it('fails when the trigger still fires at the deadline, naming it', async () => {
    const sla = new TestSla();
    sla.errors = 50;
    const { api, control } = await start(sla, {
      timeout: 'PT0.5S',
      refreshed: false,
    });
    control.rolloutAfterWrite = 'complete';
    const res = await api.rollBack(MARA);
    const done = await api.settled(MARA, res.body.id);
    expect(done.outcome).toBe('failed');
    expect(done.verification.status).toBe('failed');
    expect(done.verification.checks).toContainEqual(
      expect.objectContaining({ name: TRIGGER, status: 'fail' }),
    );
    expect(done.message).toContain(TRIGGER);
  });

  it('never passes on stale SLA data: the last quiet reading of a source that now fails proves nothing', async () => {
    const sla = new TestSla();
    sla.errors = 5;
    const { api, control } = await start(sla, {
      timeout: 'PT0.6S',
      refreshed: true,
    });
    // The board read the SLA while it was quiet; then the SLA source goes down.
    const board = await api.get(MARA, '/environments/prod/sla');
    expect(board.status).toBe(200);
    sla.failing = true;
    await sleep(150);
    const stale = await api.get(MARA, '/environments/prod/sla');
    expect(stale.body.source.status).toBe('stale');
    control.rolloutAfterWrite = 'complete';
    const res = await api.rollBack(MARA);
    const done = await api.settled(MARA, res.body.id);
    expect(done.outcome).toBe('failed');
    expect(done.verification.status).toBe('timed-out');
    expect(done.verification.checks).toContainEqual(
      expect.objectContaining({ name: TRIGGER, status: 'unknown' }),
    );
    expect(JSON.stringify(done)).not.toContain('ECONNREFUSED');
  });
});
