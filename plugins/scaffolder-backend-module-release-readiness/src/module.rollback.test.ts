import { mockCredentials } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import type { RollbackRecord } from '@release-readiness/plugin-release-readiness-common';
import { exampleTemplate } from './__testUtils__/servandaCatalog';
import { SERVANDA_ROLLBACK_CONFIG } from './__testUtils__/servandaRollbackConfig';
import { expectNoneLeaked } from './__testUtils__/expectNoneLeaked';
import { startGoNoGoBackend } from './__testUtils__/startGoNoGoBackend';
import { thenFailOnce } from './__testUtils__/thenFailOnce';
import { TestRollbackCluster } from './__testUtils__/TestRollbackCluster';
import { testRollbackModule } from './__testUtils__/testRollbackModule';

/**
 * The "Roll back a workload" template (`examples/templates/rollback.yaml`) through the real
 * scaffolder backend with this module and the real release-readiness backend plugin, whose
 * `prod` runs on a test cluster (a workload source and the `kubernetes` rollback strategy that
 * count writes): the on-call rolls the plain StatefulSet minio back, the product owner may not,
 * the Helm-managed Deployment is refused, a retried task writes once, a dry run writes nothing,
 * and no secret or token reaches the task, its log or the records.
 */

jest.setTimeout(90_000);

const MARA = 'user:default/mara.schulz'; // On-call: Responsible for "trigger rollback"
const JONAS = 'user:default/jonas.weber'; // Product Owner: Accountable, not Responsible

const template = exampleTemplate('rollback.yaml');

const values = (workload: { kind: string; name: string }) => ({
  environment: { system: 'servanda', environment: 'prod' },
  workload,
  reason: 'Uploads fail since the last MinIO update, INC-412',
});
const MINIO = { kind: 'StatefulSet', name: 'minio' };
const HISTORY =
  'http://portal.test/release-readiness/systems/servanda/env/prod/rollbacks';

async function start(options: { templates?: Entity[]; config?: object } = {}) {
  const cluster = new TestRollbackCluster();
  const backend = await startGoNoGoBackend({
    templates: options.templates ?? [template],
    features: [testRollbackModule(cluster)],
    config: { releaseReadiness: SERVANDA_ROLLBACK_CONFIG, ...options.config },
  });
  const rollbacks = async () => {
    const res = await backend.call(
      MARA,
      'GET',
      '/release-readiness/systems/servanda/rollbacks',
    );
    const items: RollbackRecord[] = res.json.items;
    return { items, text: res.text };
  };
  return { cluster, backend, rollbacks };
}

describe('the rollback template', () => {
  it('lets the on-call roll minio back after a dry run, and waits until it is verified', async () => {
    const TASK_SECRET = 'canary-task-secret-Rb71Ws';
    const CONFIG_SECRET = 'canary-config-secret-Hk48Zt';
    const { cluster, backend, rollbacks } = await start({
      config: {
        scaffolder: {
          defaultEnvironment: { secrets: { deployToken: CONFIG_SECRET } },
        },
      },
    });
    const current = cluster.imageOf('StatefulSet', 'minio');
    const previous = cluster.revisions('StatefulSet', 'minio')[1].images[0]
      .image;

    const task = await backend.run(MARA, 'rollback', values(MINIO), {
      apiToken: TASK_SECRET,
    });

    expect(task.status).toBe('completed');
    expect(cluster.dryRuns).toHaveLength(1);
    expect(cluster.writes).toEqual([
      {
        kind: 'StatefulSet',
        name: 'minio',
        toRevision: 1,
        actor: MARA,
        reason: 'Uploads fail since the last MinIO update, INC-412',
      },
    ]);
    expect(cluster.imageOf('StatefulSet', 'minio')).toBe(previous);
    const { items, text } = await rollbacks();
    const written = items.find(r => !r.dryRun)!;
    expect(written).toMatchObject({
      outcome: 'succeeded',
      actor: MARA,
      workload: MINIO,
      verification: { status: 'passed' },
    });
    expect(task.output).toMatchObject({
      links: [{ url: HISTORY }],
      text: [{ content: expect.stringContaining('**succeeded**') }],
    });
    expect(task.messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          `revision 2 → revision 1; main: ${current} → ${previous}`,
        ),
        expect.stringContaining(`Rollback ${written.id} succeeded`),
      ]),
    );

    const haystacks = {
      task: task.task,
      events: JSON.stringify(task.events),
      records: text,
      audit: JSON.stringify(backend.audit),
    };
    const needles = [
      TASK_SECRET,
      CONFIG_SECRET,
      mockCredentials.user.token(MARA),
      'mock-service-token',
    ];
    expectNoneLeaked(haystacks, needles);
    expect(haystacks.events).toContain(written.id);
  });

  it("fails the product owner's task with the RACI's reason and writes nothing", async () => {
    const { cluster, backend } = await start();
    const task = await backend.run(JONAS, 'rollback', values(MINIO));
    expect(task.status).toBe('failed');
    expect(task.messages.join('\n')).toContain(
      `NotAllowedError: 403: ${JONAS} is not responsible for 'Trigger rollback' in prod`,
    );
    expect(cluster.writes).toEqual([]);
    expect(cluster.dryRuns).toEqual([]);
  });

  it('refuses the Helm-managed Deployment with a helm rollback hint and writes nothing', async () => {
    const { cluster, backend } = await start();
    const task = await backend.run(
      MARA,
      'rollback',
      values({ kind: 'Deployment', name: 'servanda-api' }),
    );
    expect(task.status).toBe('failed');
    expect(task.messages.join('\n')).toContain(
      "roll it back with 'helm rollback servanda -n servanda-prod'",
    );
    expect(cluster.writes).toEqual([]);
  });

  it('writes once when a later step fails and the task is retried', async () => {
    const failOnce = thenFailOnce(
      template,
      'rollback-then-fail',
      'The step after the rollback failed once',
    );
    const cluster = new TestRollbackCluster();
    const backend = await startGoNoGoBackend({
      templates: [failOnce.template],
      features: [testRollbackModule(cluster), failOnce.feature],
      config: { releaseReadiness: SERVANDA_ROLLBACK_CONFIG },
    });

    const first = await backend.run(MARA, 'rollback-then-fail', values(MINIO));
    expect(first.status).toBe('failed');
    expect(cluster.writes).toHaveLength(1);

    const retry = await backend.call(
      MARA,
      'POST',
      `/scaffolder/v2/tasks/${first.id}/retry`,
      {},
    );
    expect(retry.status).toBe(201);
    const second = await backend.waitFor(MARA, first.id);
    expect(second.status).toBe('completed');
    expect(failOnce.calls()).toBe(2);
    expect(cluster.writes).toHaveLength(1);
    expect(second.messages.join('\n')).toMatch(
      /Rollback \S+ was started in an earlier run of this step; nothing new is written/,
    );
  });

  it('in a scaffolder dry run writes nothing', async () => {
    const { cluster, backend, rollbacks } = await start({ templates: [] });
    const res = await backend.call(MARA, 'POST', '/scaffolder/v2/dry-run', {
      template,
      values: values(MINIO),
      secrets: {},
      directoryContents: [],
    });
    expect(res.status).toBe(200);
    expect(cluster.writes).toEqual([]);
    expect(cluster.dryRuns.length).toBeGreaterThan(0);
    const { items } = await rollbacks();
    expect(items.length).toBeGreaterThan(0);
    expect(items.every(r => r.dryRun && r.outcome === 'dry-run')).toBe(true);
    const messages: string[] = res.json.log.map(
      (l: { body: { message: string } }) => l.body.message,
    );
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/Dry run \S+: revision 2 → revision 1; main: /),
      ]),
    );
    expect(res.json.output.links).toEqual([
      { title: 'Open the rollback history of the environment', url: HISTORY },
    ]);
  });
});
