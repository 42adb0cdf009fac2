import type {
  Workload,
  WorkloadManagedBy,
  WorkloadRevision,
} from '@release-readiness/plugin-release-readiness-common';

/** One workload of the test cluster: its revisions (an image each) and its rollout. */
interface ClusterWorkload {
  kind: 'Deployment' | 'StatefulSet';
  name: string;
  managedBy: WorkloadManagedBy;
  /** Image per revision number. */
  revisions: Map<number, string>;
  current: number;
  /** How many more listings report the rollout as progressing after a write. */
  progressingListings: number;
  /** Bumped by every write, as `metadata.resourceVersion`. */
  resourceVersion: number;
}

/** A write the test rollback strategy made (or would have made, in a dry run). */
export interface ClusterWrite {
  kind: string;
  name: string;
  toRevision: number;
  actor: string;
  reason: string;
}

const NAMESPACE = 'servanda-prod';

/**
 * Servanda's `prod` as a small in-memory cluster for the end-to-end rollback tests: the plain
 * StatefulSet `minio` (ControllerRevisions 1 and 2, at 2) and the Helm-managed Deployment
 * `servanda-api` (release `servanda`). It counts every write and dry run; after a write the
 * workload runs the target's image as a new revision and its rollout is progressing for the
 * next listing, then complete (as the StatefulSet controller would make it).
 */
export class TestRollbackCluster {
  readonly writes: ClusterWrite[] = [];
  readonly dryRuns: ClusterWrite[] = [];
  readonly #workloads = new Map<string, ClusterWorkload>([
    [
      'StatefulSet/minio',
      {
        kind: 'StatefulSet',
        name: 'minio',
        managedBy: { tool: 'plain' },
        revisions: new Map([
          [1, 'quay.io/minio/minio:RELEASE.2024-10-02T17-50-41Z'],
          [2, 'quay.io/minio/minio:RELEASE.2024-11-07T00-52-20Z'],
        ]),
        current: 2,
        progressingListings: 0,
        resourceVersion: 1,
      },
    ],
    [
      'Deployment/servanda-api',
      {
        kind: 'Deployment',
        name: 'servanda-api',
        managedBy: { tool: 'helm', name: 'servanda' },
        revisions: new Map([
          [4, 'ghcr.io/servanda/api:1.4.1'],
          [5, 'ghcr.io/servanda/api:1.4.2'],
        ]),
        current: 5,
        progressingListings: 0,
        resourceVersion: 1,
      },
    ],
  ]);

  /** What the workload source lists (each listing moves a progressing rollout on). */
  list(): Workload[] {
    return [...this.#workloads.values()].map(w => {
      const progressing = w.progressingListings > 0;
      if (progressing) {
        w.progressingListings--;
      }
      return {
        kind: w.kind,
        name: w.name,
        namespace: NAMESPACE,
        images: [{ container: 'main', image: w.revisions.get(w.current)! }],
        replicas: progressing
          ? { desired: 4, ready: 3, available: 3, updated: 1 }
          : { desired: 4, ready: 4, available: 4, updated: 4 },
        rolloutStatus: progressing ? 'progressing' : 'complete',
        ...(progressing && {
          rolloutMessage: `Waiting for partitioned roll out to finish: 1 out of 4 new pods have been updated...`,
        }),
        revision: String(w.current),
        restarts: 0,
        managedBy: w.managedBy,
        findings: [],
      };
    });
  }

  /** The workload's revisions, newest first. */
  revisions(kind: string, name: string): WorkloadRevision[] {
    const w = this.#get(kind, name);
    return [...w.revisions.entries()]
      .sort(([a], [b]) => b - a)
      .map(([revision, image]) => ({
        revision,
        current: revision === w.current,
        images: [{ container: 'main', image }],
        object: `${name}-${revision}`,
      }));
  }

  /** The workload's resource version now. */
  resourceVersionOf(kind: string, name: string): number {
    return this.#get(kind, name).resourceVersion;
  }

  /** Writes revision `toRevision`'s template: it becomes the newest revision, rolling out. */
  write(write: ClusterWrite): number {
    const w = this.#get(write.kind, write.name);
    const image = w.revisions.get(write.toRevision)!;
    const next = Math.max(...w.revisions.keys()) + 1;
    w.revisions.delete(write.toRevision);
    w.revisions.set(next, image);
    w.current = next;
    w.progressingListings = 1;
    w.resourceVersion++;
    this.writes.push(write);
    return next;
  }

  /** The image the workload runs now. */
  imageOf(kind: string, name: string): string {
    const w = this.#get(kind, name);
    return w.revisions.get(w.current)!;
  }

  #get(kind: string, name: string): ClusterWorkload {
    const w = this.#workloads.get(`${kind}/${name}`);
    if (!w) {
      throw new Error(`No test workload ${kind}/${name}`);
    }
    return w;
  }
}
