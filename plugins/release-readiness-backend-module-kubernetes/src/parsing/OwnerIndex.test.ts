import type {
  V1CronJob,
  V1DaemonSet,
  V1Deployment,
  V1Job,
  V1OwnerReference,
  V1Pod,
  V1ReplicaSet,
  V1StatefulSet,
} from '@kubernetes/client-node';
import { emptyKubernetesObjects } from './KubernetesObjects';
import { OwnerIndex } from './OwnerIndex';

// Objects as the API server returns them: a uid each, and the owner reference its controller sets
// (`controller: true`). Labels are left out on purpose: the index must not need them.
function meta(name: string, uid: string, owner?: V1OwnerReference) {
  return {
    name,
    namespace: 'servanda-prod',
    uid,
    ...(owner && { ownerReferences: [owner] }),
  };
}

function ref(
  kind: string,
  name: string,
  uid: string,
  controller = true,
): V1OwnerReference {
  const apiVersion =
    kind === 'Job' || kind === 'CronJob' ? 'batch/v1' : 'apps/v1';
  return { apiVersion, kind, name, uid, controller };
}

/** An owner reference without the `controller` field, as `kubectl` may write one by hand. */
function plainRef(kind: string, name: string, uid: string): V1OwnerReference {
  const { controller: _controller, ...rest } = ref(kind, name, uid);
  return rest;
}

const deployment: V1Deployment = { metadata: meta('api', 'uid-deploy-api') };
const statefulSet: V1StatefulSet = { metadata: meta('db', 'uid-sts-db') };
const daemonSet: V1DaemonSet = { metadata: meta('logs', 'uid-ds-logs') };
const cronJob: V1CronJob = {
  metadata: meta('backup', 'uid-cron-backup'),
  spec: { schedule: '0 23 * * *', jobTemplate: { spec: { template: {} } } },
};

const replicaSet = (name: string, uid: string, owner?: V1OwnerReference) =>
  ({ metadata: meta(name, uid, owner) } satisfies V1ReplicaSet);
const job = (name: string, uid: string, owner?: V1OwnerReference) =>
  ({ metadata: meta(name, uid, owner) } satisfies V1Job);
const pod = (
  name: string,
  owner: V1OwnerReference | undefined,
  restarts: number[],
  initRestarts: number[] = [],
): V1Pod => ({
  metadata: meta(name, `uid-pod-${name}`, owner),
  status: {
    containerStatuses: restarts.map((restartCount, i) => ({
      name: `c${i}`,
      image: 'x',
      imageID: '',
      ready: true,
      restartCount,
    })),
    initContainerStatuses: initRestarts.map((restartCount, i) => ({
      name: `init${i}`,
      image: 'x',
      imageID: '',
      ready: true,
      restartCount,
    })),
  },
});

const names = (items: Array<{ metadata?: { name?: string } }>) =>
  items.map(i => i.metadata?.name);

function index(): OwnerIndex {
  return new OwnerIndex({
    deployments: [deployment],
    statefulSets: [statefulSet],
    daemonSets: [daemonSet],
    cronJobs: [cronJob],
  });
}

describe('OwnerIndex', () => {
  it('follows controller references by uid to every kind of workload and counts restarts', () => {
    const owners = index();
    const rs = replicaSet(
      'api-7d9c',
      'uid-rs-api-7d9c',
      ref('Deployment', 'api', 'uid-deploy-api'),
    );
    const run = job(
      'backup-1',
      'uid-job-backup-1',
      ref('CronJob', 'backup', 'uid-cron-backup'),
    );
    expect(names(owners.adoptReplicaSets([rs]))).toEqual(['api-7d9c']);
    expect(names(owners.adoptJobs([run]))).toEqual(['backup-1']);
    const kept = owners.adoptPods([
      pod('api-a', ref('ReplicaSet', 'api-7d9c', 'uid-rs-api-7d9c'), [1, 2]),
      pod('api-b', ref('ReplicaSet', 'api-7d9c', 'uid-rs-api-7d9c'), [0], [4]),
      pod('db-0', ref('StatefulSet', 'db', 'uid-sts-db'), [5]),
      pod('logs-x', ref('DaemonSet', 'logs', 'uid-ds-logs'), [6]),
      pod('backup-1-q', ref('Job', 'backup-1', 'uid-job-backup-1'), [7]),
    ]);
    expect(kept).toHaveLength(5);
    expect(owners.restarts('Deployment', 'uid-deploy-api')).toBe(7);
    expect(owners.restarts('StatefulSet', 'uid-sts-db')).toBe(5);
    expect(owners.restarts('DaemonSet', 'uid-ds-logs')).toBe(6);
    expect(owners.restarts('CronJob', 'uid-cron-backup')).toBe(7);
    expect(owners.jobsOf('uid-cron-backup')).toEqual([run]);
  });

  it("drops another owner's objects even when the owner has the same name", () => {
    const owners = index();
    // Left by an earlier "api" Deployment and "backup" CronJob (deleted and recreated).
    const oldRs = replicaSet(
      'api-5b8d',
      'uid-rs-api-5b8d',
      ref('Deployment', 'api', 'uid-deploy-api-before'),
    );
    const oldJob = job(
      'backup-0',
      'uid-job-backup-0',
      ref('CronJob', 'backup', 'uid-cron-backup-before'),
    );
    expect(owners.adoptReplicaSets([oldRs])).toEqual([]);
    expect(owners.adoptJobs([oldJob])).toEqual([]);
    expect(
      owners.adoptPods([
        pod('api-old', ref('ReplicaSet', 'api-5b8d', 'uid-rs-api-5b8d'), [9]),
        pod('db-0', ref('StatefulSet', 'db', 'uid-sts-db-before'), [9]),
        pod('backup-0-q', ref('Job', 'backup-0', 'uid-job-backup-0'), [9]),
      ]),
    ).toEqual([]);
    expect(owners.restarts('Deployment', 'uid-deploy-api')).toBe(0);
    expect(owners.restarts('StatefulSet', 'uid-sts-db')).toBe(0);
    expect(owners.jobsOf('uid-cron-backup')).toEqual([]);
  });

  it('drops the ReplicaSets and pods of a workload that was not selected', () => {
    const owners = index();
    const canary = replicaSet(
      'canary-1',
      'uid-rs-canary-1',
      ref('Deployment', 'canary', 'uid-deploy-canary'),
    );
    expect(owners.adoptReplicaSets([canary])).toEqual([]);
    expect(
      owners.adoptPods([
        pod('canary-1-a', ref('ReplicaSet', 'canary-1', 'uid-rs-canary-1'), [
          3,
        ]),
      ]),
    ).toEqual([]);
    expect(owners.restarts('Deployment', 'uid-deploy-canary')).toBe(0);
  });

  it('follows only the controller reference, and only of the kind that controls that object', () => {
    const owners = index();
    expect(
      owners.adoptReplicaSets([
        // Not the controller: a dependent record, not who created it.
        replicaSet(
          'a',
          'uid-rs-a',
          ref('Deployment', 'api', 'uid-deploy-api', false),
        ),
        replicaSet(
          'b',
          'uid-rs-b',
          plainRef('Deployment', 'api', 'uid-deploy-api'),
        ),
        // A ReplicaSet is controlled by a Deployment, never by a StatefulSet.
        replicaSet('c', 'uid-rs-c', ref('StatefulSet', 'db', 'uid-sts-db')),
        // A uid shared across kinds (as in hand-made data) is not confused.
        replicaSet('d', 'uid-rs-d', ref('CronJob', 'api', 'uid-deploy-api')),
      ]),
    ).toEqual([]);
    expect(
      owners.adoptJobs([
        job('j', 'uid-job-j', ref('Deployment', 'api', 'uid-deploy-api')),
      ]),
    ).toEqual([]);
    expect(
      owners.adoptPods([
        // A pod is never controlled by a Deployment or CronJob directly.
        pod('p1', ref('Deployment', 'api', 'uid-deploy-api'), [1]),
        pod('p2', ref('CronJob', 'backup', 'uid-cron-backup'), [1]),
        // A ReplicaSet reference naming the Deployment's uid is not the Deployment.
        pod('p3', ref('ReplicaSet', 'api', 'uid-deploy-api'), [1]),
      ]),
    ).toEqual([]);
    expect(owners.restarts('Deployment', 'uid-deploy-api')).toBe(0);
    expect(owners.restarts('CronJob', 'uid-cron-backup')).toBe(0);
  });

  it('does not attribute hand-made objects without owner references, whatever their names', () => {
    const owners = index();
    expect(owners.adoptReplicaSets([replicaSet('api-x', 'uid-rs-x')])).toEqual(
      [],
    );
    expect(owners.adoptJobs([job('backup-manual', 'uid-job-m')])).toEqual([]);
    expect(owners.adoptPods([pod('api-x-1', undefined, [2])])).toEqual([]);
    expect(owners.jobsOf('uid-cron-backup')).toEqual([]);
  });

  it('adopts in batches (LIST pages) with the same result as all at once', () => {
    const rsRef = ref('ReplicaSet', 'api-7d9c', 'uid-rs-api-7d9c');
    const objects = {
      ...emptyKubernetesObjects(),
      deployments: [deployment],
      cronJobs: [cronJob],
      replicaSets: [
        replicaSet(
          'api-7d9c',
          'uid-rs-api-7d9c',
          ref('Deployment', 'api', 'uid-deploy-api'),
        ),
        replicaSet('other', 'uid-rs-other', ref('Deployment', 'x', 'uid-x')),
      ],
      jobs: [
        job(
          'backup-1',
          'uid-job-1',
          ref('CronJob', 'backup', 'uid-cron-backup'),
        ),
        job(
          'backup-2',
          'uid-job-2',
          ref('CronJob', 'backup', 'uid-cron-backup'),
        ),
      ],
      pods: [pod('a', rsRef, [1]), pod('b', rsRef, [2]), pod('c', rsRef, [3])],
    };
    const whole = OwnerIndex.of(objects);
    const paged = new OwnerIndex(objects);
    for (const rs of objects.replicaSets) paged.adoptReplicaSets([rs]);
    for (const j of objects.jobs) paged.adoptJobs([j]);
    for (const p of objects.pods) paged.adoptPods([p]);
    for (const owners of [whole, paged]) {
      expect(owners.restarts('Deployment', 'uid-deploy-api')).toBe(6);
      expect(names(owners.jobsOf('uid-cron-backup'))).toEqual([
        'backup-1',
        'backup-2',
      ]);
    }
  });

  it('knows nothing of a workload without a uid', () => {
    const owners = new OwnerIndex({
      ...emptyKubernetesObjects(),
      deployments: [{ metadata: { name: 'api' } }],
    });
    expect(owners.restarts('Deployment', undefined)).toBe(0);
    expect(owners.jobsOf(undefined)).toEqual([]);
  });
});
