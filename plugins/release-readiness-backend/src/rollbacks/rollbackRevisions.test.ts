import type { WorkloadRevision } from '@release-readiness/plugin-release-readiness-common';
import { MARA } from './__testUtils__/rollbackPeople';
import {
  API_IMAGES,
  startRollbacksBackend,
} from './__testUtils__/startRollbacksBackend';

/**
 * `GET /environments/:env/workloads/:kind/:name/revisions` through the real plugin: the test
 * strategy's revisions, the strategy a rollback would use, why a managed workload cannot be
 * rolled back natively, and what an unreadable source or bad path answers.
 */

jest.setTimeout(60_000);

describe('the revisions route', () => {
  it("lists a workload's revisions newest first, with the strategy and no refusal for a plain Deployment", async () => {
    const { api } = await startRollbacksBackend();
    const res = await api.revisions(MARA);
    expect(res.status).toBe(200);
    expect(res.body.environment).toBe('prod');
    expect(res.body.workload).toEqual({
      kind: 'Deployment',
      name: 'servanda-api',
    });
    expect(
      res.body.items.map((r: WorkloadRevision) => [
        r.revision,
        r.current,
        r.version,
        r.images,
      ]),
    ).toEqual([
      [3, true, '1.4.2', [{ container: 'api', image: API_IMAGES[3] }]],
      [2, false, '1.4.1', [{ container: 'api', image: API_IMAGES[2] }]],
      [1, false, '1.4.0', [{ container: 'api', image: API_IMAGES[1] }]],
    ]);
    expect(res.body.strategy).toBe('kubernetes');
    expect(res.body.refusal).toBeUndefined();
    expect(res.body.source).toMatchObject({
      name: 'kubernetes:test-cluster/default/prod',
      status: 'ok',
    });
  });

  it('says why a Helm-managed workload cannot be rolled back natively, pointing to helm rollback', async () => {
    const { api } = await startRollbacksBackend();
    const res = await api.revisions(MARA, 'prod/workloads/Deployment/keycloak');
    expect(res.status).toBe(200);
    expect(res.body.strategy).toBe('kubernetes');
    expect(res.body.items.map((r: WorkloadRevision) => r.revision)).toEqual([
      5, 4,
    ]);
    expect(res.body.refusal).toMatch(
      /^Deployment keycloak is managed by Helm \(release servanda-keycloak\): /,
    );
    expect(res.body.refusal).toContain(
      "'helm rollback servanda-keycloak -n servanda-prod'",
    );
  });

  it('answers 404 for an unknown workload or environment and 400 naming an unknown kind', async () => {
    const { api, control } = await startRollbacksBackend();
    const workload = await api.revisions(
      MARA,
      'prod/workloads/Deployment/no-such-api',
    );
    expect(workload.status).toBe(404);
    expect(workload.body.error.message).toBe(
      "No Deployment 'no-such-api' in prod",
    );
    const environment = await api.revisions(
      MARA,
      'qa/workloads/Deployment/servanda-api',
    );
    expect(environment.status).toBe(404);
    expect(environment.body.error.message).toBe(
      "Unknown environment 'qa'; configured environments: stage, prod",
    );
    const kind = await api.revisions(
      MARA,
      'prod/workloads/CronJob/servanda-api',
    );
    expect(kind.status).toBe(400);
    expect(kind.body.error.message).toBe(
      "Invalid path parameter 'kind': expected one of Deployment, StatefulSet, DaemonSet",
    );
    const query = await api.get(
      MARA,
      '/environments/prod/workloads/Deployment/servanda-api/revisions?limit=3',
    );
    expect(query.status).toBe(400);
    expect(query.body.error.message).toBe(
      "Invalid query parameter 'limit': unknown parameter",
    );
    expect(control.plans).toEqual([]);
  });

  it('answers 200 with an unavailable source when the workloads cannot be read, still naming the strategy', async () => {
    const { api, workloads } = await startRollbacksBackend();
    workloads.failing.add('prod');
    const res = await api.revisions(MARA);
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([]);
    expect(res.body.strategy).toBe('kubernetes');
    expect(res.body.source).toMatchObject({
      name: 'test-cluster:default/prod',
      status: 'unavailable',
    });
    expect(JSON.stringify(res.body)).not.toContain('ECONNREFUSED');
  });

  it("answers 200 with an unavailable source when the strategy cannot list revisions, without the upstream's message", async () => {
    const { api, control } = await startRollbacksBackend();
    control.revisionsError = new Error(
      'GET https://10.0.0.1:6443/apis/apps/v1/replicasets?token=kube-token-7f3a failed',
    );
    const res = await api.revisions(MARA);
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([]);
    expect(res.body.strategy).toBe('kubernetes');
    expect(res.body.source).toMatchObject({
      name: 'kubernetes:test-cluster/default/prod',
      status: 'unavailable',
      error: { type: expect.any(String), message: expect.any(String) },
    });
    expect(JSON.stringify(res.body)).not.toContain('kube-token-7f3a');
    expect(JSON.stringify(res.body)).not.toContain('10.0.0.1');
  });
});
