import type { Workload } from '@release-readiness/plugin-release-readiness-common';
import { MARA } from './__testUtils__/rollbackPeople';
import {
  API_IMAGES,
  startRollbacksBackend,
} from './__testUtils__/startRollbacksBackend';

/**
 * The board sees a rollback at once: the runner refreshes the environment after the write, so
 * `GET /environments/prod/workloads` shows the rolled-back workload without waiting for the
 * cache (default TTL 60 s, no background refresh in these tests).
 */

jest.setTimeout(60_000);

describe('the board after a rollback', () => {
  it("shows the rolled-back workload's new state at once, although the cache would still hold the old one", async () => {
    const { api, workloads } = await startRollbacksBackend();
    const board = async () => {
      const res = await api.get(MARA, '/environments/prod/workloads');
      expect(res.status).toBe(200);
      return (res.body.items as Workload[]).find(
        w => w.name === 'servanda-api',
      )!;
    };
    expect((await board()).images).toMatchObject([
      { container: 'api', image: API_IMAGES[3] },
    ]);
    // A change the board does not hear of stays hidden behind the cache…
    workloads.change('prod', 'keycloak', { rolloutStatus: 'progressing' });
    const cached = await api.get(MARA, '/environments/prod/workloads');
    expect(
      (cached.body.items as Workload[]).find(w => w.name === 'keycloak')!
        .rolloutStatus,
    ).toBe('complete');

    // …a rollback is shown as soon as its answer is back.
    const res = await api.rollBack(MARA);
    expect(res.status).toBe(201);
    const after = await board();
    expect(after.images).toMatchObject([
      { container: 'api', image: API_IMAGES[2] },
    ]);
    expect(after.version).toBe('1.4.1');
    expect(after.rolloutStatus).toBe('progressing');
    expect(after.revision).toBe('4');
  });
});
