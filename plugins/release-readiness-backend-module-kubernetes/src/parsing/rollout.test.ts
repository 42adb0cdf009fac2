import type {
  V1DaemonSet,
  V1Deployment,
  V1StatefulSet,
} from '@kubernetes/client-node';
import { daemonSetRollout } from './daemonSetRollout';
import { deploymentRollout } from './deploymentRollout';
import { statefulSetRollout } from './statefulSetRollout';

// Shapes as the API server returns them (apps/v1, see the Kubernetes API reference); only the
// fields the verdicts read vary between cases.
function deployment(
  spec: Partial<NonNullable<V1Deployment['spec']>>,
  status: NonNullable<V1Deployment['status']>,
  generation = 4,
): V1Deployment {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'servanda-api', namespace: 'servanda-prod', generation },
    spec: {
      replicas: 3,
      selector: { matchLabels: { app: 'servanda-api' } },
      template: { spec: { containers: [{ name: 'api', image: 'api:1.4.2' }] } },
      ...spec,
    },
    status,
  };
}

const progressing = (reason: string, status = 'True') => ({
  type: 'Progressing',
  status,
  reason,
});

describe('deploymentRollout (kubectl rollout status semantics)', () => {
  it('is complete when every replica is updated and available', () => {
    expect(
      deploymentRollout(
        deployment(
          {},
          {
            observedGeneration: 4,
            replicas: 3,
            updatedReplicas: 3,
            readyReplicas: 3,
            availableReplicas: 3,
            conditions: [progressing('NewReplicaSetAvailable')],
          },
        ),
      ),
    ).toEqual({
      status: 'complete',
      message: 'deployment "servanda-api" successfully rolled out',
    });
  });

  it('waits until the controller has observed the new generation', () => {
    expect(
      deploymentRollout(
        deployment(
          {},
          {
            observedGeneration: 3,
            replicas: 3,
            updatedReplicas: 3,
            availableReplicas: 3,
          },
          4,
        ),
      ),
    ).toEqual({
      status: 'progressing',
      message: 'Waiting for deployment spec update to be observed...',
    });
  });

  it.each([
    [
      { replicas: 3, updatedReplicas: 1, availableReplicas: 3 },
      'Waiting for deployment "servanda-api" rollout to finish: 1 out of 3 new replicas have been updated...',
    ],
    [
      { replicas: 4, updatedReplicas: 3, availableReplicas: 3 },
      'Waiting for deployment "servanda-api" rollout to finish: 1 old replicas are pending termination...',
    ],
    [
      { replicas: 3, updatedReplicas: 3, availableReplicas: 2 },
      'Waiting for deployment "servanda-api" rollout to finish: 2 of 3 updated replicas are available...',
    ],
  ])("is progressing with kubectl's message for %p", (counts, message) => {
    expect(
      deploymentRollout(
        deployment(
          {},
          {
            observedGeneration: 4,
            conditions: [progressing('ReplicaSetUpdated')],
            ...counts,
          },
        ),
      ),
    ).toEqual({ status: 'progressing', message });
  });

  it('has failed when the progress deadline was exceeded, even if paused', () => {
    const result = deploymentRollout(
      deployment(
        { paused: true },
        {
          observedGeneration: 4,
          replicas: 4,
          updatedReplicas: 1,
          availableReplicas: 3,
          conditions: [progressing('ProgressDeadlineExceeded', 'False')],
        },
      ),
    );
    expect(result).toEqual({
      status: 'failed',
      message: 'deployment "servanda-api" exceeded its progress deadline',
    });
  });

  it('is paused when the rollout is paused', () => {
    expect(
      deploymentRollout(
        deployment(
          { paused: true },
          {
            observedGeneration: 4,
            replicas: 3,
            updatedReplicas: 1,
            availableReplicas: 3,
            conditions: [progressing('DeploymentPaused', 'Unknown')],
          },
        ),
      ).status,
    ).toBe('paused');
  });
});

function statefulSet(
  updateStrategy: NonNullable<V1StatefulSet['spec']>['updateStrategy'],
  status: Partial<NonNullable<V1StatefulSet['status']>>,
  generation = 2,
): V1StatefulSet {
  return {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name: 'keycloak', generation },
    spec: {
      replicas: 3,
      serviceName: 'keycloak',
      selector: { matchLabels: { app: 'keycloak' } },
      template: { spec: { containers: [{ name: 'keycloak' }] } },
      updateStrategy,
    },
    status: { replicas: 3, ...status },
  };
}

describe('statefulSetRollout', () => {
  const rolling = { type: 'RollingUpdate', rollingUpdate: { partition: 0 } };

  it('cannot judge OnDelete, as kubectl refuses to', () => {
    expect(
      statefulSetRollout(
        statefulSet({ type: 'OnDelete' }, { observedGeneration: 2 }),
      ),
    ).toEqual({
      status: 'unknown',
      message:
        'rollout status is only available for RollingUpdate strategy type (this one uses OnDelete)',
    });
  });

  it('waits for the spec to be observed, and for pods to be ready', () => {
    expect(
      statefulSetRollout(statefulSet(rolling, { observedGeneration: 0 }))
        .status,
    ).toBe('progressing');
    expect(
      statefulSetRollout(
        statefulSet(rolling, { observedGeneration: 2, readyReplicas: 1 }),
      ),
    ).toEqual({
      status: 'progressing',
      message: 'Waiting for 2 pods to be ready...',
    });
  });

  it('follows the partition: only pods at or above it must be updated', () => {
    const partitioned = {
      type: 'RollingUpdate',
      rollingUpdate: { partition: 2 },
    };
    expect(
      statefulSetRollout(
        statefulSet(partitioned, {
          observedGeneration: 2,
          readyReplicas: 3,
          updatedReplicas: 0,
        }),
      ),
    ).toEqual({
      status: 'progressing',
      message:
        'Waiting for partitioned roll out to finish: 0 out of 1 new pods have been updated...',
    });
    expect(
      statefulSetRollout(
        statefulSet(partitioned, {
          observedGeneration: 2,
          readyReplicas: 3,
          updatedReplicas: 1,
        }),
      ),
    ).toEqual({
      status: 'complete',
      message: 'partitioned roll out complete: 1 new pods have been updated...',
    });
  });

  it('compares revisions when there are no rolling-update parameters', () => {
    const plain = { type: 'RollingUpdate' };
    expect(
      statefulSetRollout(
        statefulSet(plain, {
          observedGeneration: 2,
          readyReplicas: 3,
          updatedReplicas: 1,
          currentRevision: 'keycloak-6d8f7c9b5',
          updateRevision: 'keycloak-7f9b8c6d4',
        }),
      ),
    ).toEqual({
      status: 'progressing',
      message:
        'waiting for statefulset rolling update to complete 1 pods at revision keycloak-7f9b8c6d4...',
    });
    expect(
      statefulSetRollout(
        statefulSet(plain, {
          observedGeneration: 2,
          readyReplicas: 3,
          currentReplicas: 3,
          currentRevision: 'keycloak-7f9b8c6d4',
          updateRevision: 'keycloak-7f9b8c6d4',
        }),
      ).status,
    ).toBe('complete');
  });
});

function daemonSet(
  status: NonNullable<V1DaemonSet['status']>,
  type = 'RollingUpdate',
): V1DaemonSet {
  return {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name: 'log-shipper', generation: 5 },
    spec: {
      selector: { matchLabels: { app: 'log-shipper' } },
      template: { spec: { containers: [{ name: 'fluent-bit' }] } },
      updateStrategy: { type },
    },
    status,
  };
}

describe('daemonSetRollout', () => {
  const base = {
    currentNumberScheduled: 3,
    desiredNumberScheduled: 3,
    numberMisscheduled: 0,
    numberReady: 3,
  };

  it('is complete when every scheduled pod is updated and available', () => {
    expect(
      daemonSetRollout(
        daemonSet({
          ...base,
          observedGeneration: 5,
          updatedNumberScheduled: 3,
          numberAvailable: 3,
        }),
      ),
    ).toEqual({
      status: 'complete',
      message: 'daemon set "log-shipper" successfully rolled out',
    });
  });

  it('waits for updates, availability and the observed generation', () => {
    expect(
      daemonSetRollout(
        daemonSet({
          ...base,
          observedGeneration: 5,
          updatedNumberScheduled: 1,
          numberAvailable: 3,
        }),
      ).message,
    ).toBe(
      'Waiting for daemon set "log-shipper" rollout to finish: 1 out of 3 new pods have been updated...',
    );
    expect(
      daemonSetRollout(
        daemonSet({
          ...base,
          observedGeneration: 5,
          updatedNumberScheduled: 3,
          numberAvailable: 2,
        }),
      ).message,
    ).toBe(
      'Waiting for daemon set "log-shipper" rollout to finish: 2 of 3 updated pods are available...',
    );
    expect(
      daemonSetRollout(daemonSet({ ...base, observedGeneration: 4 })).status,
    ).toBe('progressing');
  });

  it('cannot judge OnDelete', () => {
    expect(
      daemonSetRollout(
        daemonSet({ ...base, observedGeneration: 5 }, 'OnDelete'),
      ).status,
    ).toBe('unknown');
  });
});
