import type {
  RolloutStatus,
  Workload,
  WorkloadManagedBy,
  WorkloadReplicas,
} from '@release-readiness/plugin-release-readiness-common';
import { completedRollout } from './completedRollout';

/** One revision of a test workload: its number and the image of its one container, `api`. */
export interface TestRevision {
  revision: number;
  image: string;
}

/** A workload as the test keeps it: what its source lists, and its revision history. */
export interface TestWorkload {
  kind: 'Deployment' | 'StatefulSet' | 'DaemonSet';
  name: string;
  managedBy: WorkloadManagedBy;
  /** Oldest first; the current one is `current`. */
  revisions: TestRevision[];
  current: number;
  rolloutStatus: RolloutStatus;
  rolloutMessage?: string;
  replicas: WorkloadReplicas;
  paused?: boolean;
  /** Bumped by every change, as Kubernetes' `metadata.resourceVersion`. */
  resourceVersion: number;
}

/** What a test sets up per workload; the rest has healthy defaults. */
export type TestWorkloadInput = Pick<TestWorkload, 'name' | 'revisions'> &
  Partial<Omit<TestWorkload, 'name' | 'revisions' | 'resourceVersion'>>;

/** The namespace every test environment's workloads live in (`servanda-<environment>`). */
export const namespaceOf = (environment: string) => `servanda-${environment}`;

/**
 * The workloads of the test environments, shared by the test workload source (which lists them)
 * and the test rollback strategy (which plans and writes against them), changed by the tests as
 * a cluster's controllers would change them (rollout progressing, complete, failed).
 */
export class TestWorkloads {
  readonly #byEnvironment = new Map<string, Map<string, TestWorkload>>();
  /** Environments whose listing fails (the source is unreachable). */
  readonly failing = new Set<string>();
  /** How many times each environment was listed. */
  readonly listed = new Map<string, number>();

  /** Adds (or replaces) a workload, healthy and complete unless told otherwise. */
  add(environment: string, input: TestWorkloadInput): TestWorkload {
    const workload: TestWorkload = {
      kind: 'Deployment',
      managedBy: { tool: 'plain' },
      current: input.revisions[input.revisions.length - 1].revision,
      rolloutStatus: 'complete',
      replicas: { desired: 3, ready: 3, available: 3, updated: 3 },
      ...input,
      resourceVersion: 1,
    };
    const workloads = this.#byEnvironment.get(environment) ?? new Map();
    workloads.set(`${workload.kind}/${workload.name}`, workload);
    this.#byEnvironment.set(environment, workloads);
    return workload;
  }

  /** The workload, or undefined. */
  find(
    environment: string,
    kind: string,
    name: string,
  ): TestWorkload | undefined {
    return this.#byEnvironment.get(environment)?.get(`${kind}/${name}`);
  }

  /** The workload; throws when the test has not added it. */
  get(environment: string, kind: string, name: string): TestWorkload {
    const workload = this.find(environment, kind, name);
    if (!workload) {
      throw new Error(`No test workload ${kind}/${name} in ${environment}`);
    }
    return workload;
  }

  /** Changes a workload as a controller would (and bumps its resource version). */
  change(
    environment: string,
    name: string,
    change: Partial<Omit<TestWorkload, 'name' | 'kind' | 'resourceVersion'>>,
    kind = 'Deployment',
  ): void {
    const workload = this.get(environment, kind, name);
    Object.assign(workload, change);
    workload.resourceVersion++;
  }

  /** The rollout finished: every replica runs the current revision and is ready. */
  complete(environment: string, name: string, kind = 'Deployment'): void {
    const { desired } = this.get(environment, kind, name).replicas;
    this.change(environment, name, completedRollout(desired), kind);
  }

  /** The image the workload runs now. */
  imageOf(environment: string, kind: string, name: string): string {
    const workload = this.get(environment, kind, name);
    return workload.revisions.find(r => r.revision === workload.current)!.image;
  }

  /** What the workload source lists for an environment (no versions: the backend parses them). */
  list(environment: string): Workload[] {
    this.listed.set(environment, (this.listed.get(environment) ?? 0) + 1);
    if (this.failing.has(environment)) {
      throw new Error(`connect ECONNREFUSED 127.0.0.1:6443 (${environment})`);
    }
    return [...(this.#byEnvironment.get(environment)?.values() ?? [])].map(
      w => ({
        kind: w.kind,
        name: w.name,
        namespace: namespaceOf(environment),
        images: [
          {
            container: 'api',
            image: this.imageOf(environment, w.kind, w.name),
          },
        ],
        replicas: { ...w.replicas },
        rolloutStatus: w.paused ? 'paused' : w.rolloutStatus,
        ...(w.rolloutMessage && { rolloutMessage: w.rolloutMessage }),
        revision: String(w.current),
        restarts: 0,
        managedBy: w.managedBy,
        findings: [],
      }),
    );
  }
}
