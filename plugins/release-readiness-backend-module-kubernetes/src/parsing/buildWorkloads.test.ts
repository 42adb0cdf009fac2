import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseSnapshot } from '../snapshot/parseSnapshot';
import { buildWorkloads } from './buildWorkloads';

function demo(file: string) {
  const text = readFileSync(
    resolve(__dirname, '../../../../examples/demo-cluster', file),
    'utf8',
  );
  return buildWorkloads(parseSnapshot(text).objects);
}

describe('buildWorkloads on the demo cluster objects', () => {
  const stage = demo('servanda-stage.yaml');
  const byName = (name: string) => stage.find(w => w.name === name)!;

  it('lists the workloads, not their ReplicaSets, Jobs or Pods, by kind then name', () => {
    expect(stage.map(w => `${w.kind}/${w.name}`)).toEqual([
      'Deployment/servanda-api',
      'Deployment/servanda-export-worker',
      'Deployment/servanda-frontend',
      'StatefulSet/keycloak',
      'StatefulSet/minio',
      'CronJob/servanda-db-backup',
    ]);
  });

  it('reports the failed rollout, its replicas and the crash-looping pod restarts', () => {
    const worker = byName('servanda-export-worker');
    expect(worker.rolloutStatus).toBe('failed');
    expect(worker.rolloutMessage).toBe(
      'deployment "servanda-export-worker" exceeded its progress deadline',
    );
    expect(worker.replicas).toEqual({
      desired: 1,
      ready: 1,
      available: 1,
      updated: 1,
    });
    expect(worker.restarts).toBe(17);
    expect(worker.revision).toBe('37');
    expect(worker.images).toEqual([
      {
        container: 'worker',
        image: 'ghcr.io/servanda/servanda-export-worker:rc-1.5.0',
      },
    ]);
  });

  it('attaches the HPA to its target Deployment', () => {
    expect(byName('servanda-api').autoscaler).toEqual({
      name: 'servanda-api',
      minReplicas: 2,
      maxReplicas: 10,
      currentReplicas: 2,
      desiredReplicas: 2,
      targetCpuUtilization: 70,
      currentCpuUtilization: 38,
    });
    expect(byName('servanda-frontend').autoscaler).toBeUndefined();
  });

  it('tells who manages each workload', () => {
    expect(byName('servanda-api').managedBy).toEqual({
      tool: 'helm',
      name: 'servanda',
    });
    expect(byName('keycloak').managedBy).toEqual({
      tool: 'argocd',
      name: 'servanda-keycloak',
    });
  });

  it('gives a CronJob its schedule and last Job, and judges it by that Job', () => {
    const backup = byName('servanda-db-backup');
    expect(backup.replicas).toBeUndefined();
    expect(backup.rolloutStatus).toBe('complete');
    expect(backup.schedule).toEqual({
      schedule: '0 23 * * *',
      timeZone: 'Etc/UTC',
      suspended: false,
      lastScheduleTime: '2025-06-01T23:00:00.000Z',
      lastSuccessfulTime: '2025-06-01T23:06:00.000Z',
      lastJob: {
        name: 'servanda-db-backup-29146980',
        status: 'succeeded',
        startTime: '2025-06-01T23:00:00.000Z',
        completionTime: '2025-06-01T23:06:00.000Z',
      },
    });
    expect(backup.revision).toBe('servanda-db-backup-29146980');
    // Jobs are not probed, so a CronJob gets no probe findings.
    expect(backup.findings.map(f => f.type)).not.toContain(
      'missing-readiness-probe',
    );
  });

  it('finds the hygiene gaps of the frontend (writable root filesystem)', () => {
    expect(byName('servanda-frontend').findings).toEqual([
      {
        type: 'read-only-root-filesystem-not-set',
        container: 'frontend',
        message: 'Container frontend does not set readOnlyRootFilesystem',
      },
    ]);
    expect(byName('servanda-api').findings).toEqual([]);
  });

  it('judges StatefulSets by the partitioned rolling update rule', () => {
    expect(byName('keycloak').rolloutStatus).toBe('complete');
    expect(byName('keycloak').replicas).toEqual({
      desired: 2,
      ready: 2,
      available: 2,
      updated: 2,
    });
  });
});

describe('buildWorkloads on the air-gapped snapshot', () => {
  const text = readFileSync(
    resolve(__dirname, '../../../../examples/snapshots/prod-onprem.yaml'),
    'utf8',
  );
  const workloads = buildWorkloads(parseSnapshot(text).objects);
  const byName = (name: string) => workloads.find(w => w.name === name)!;

  it('reports a DaemonSet with its scheduled pods and template generation', () => {
    const shipper = byName('servanda-log-shipper');
    expect(shipper.kind).toBe('DaemonSet');
    expect(shipper.replicas).toEqual({
      desired: 3,
      ready: 3,
      available: 3,
      updated: 3,
    });
    expect(shipper.revision).toBe('3');
    expect(shipper.managedBy).toEqual({ tool: 'plain' });
    expect(shipper.rolloutStatus).toBe('complete');
  });

  it('reports the StatefulSet that waits for a pod as progressing', () => {
    expect(byName('keycloak').rolloutStatus).toBe('progressing');
    expect(byName('keycloak').rolloutMessage).toBe(
      'Waiting for 1 pods to be ready...',
    );
  });

  it('reports the failed backup Job', () => {
    const backup = byName('servanda-db-backup');
    expect(backup.rolloutStatus).toBe('failed');
    expect(backup.schedule?.lastJob?.status).toBe('failed');
  });
});
