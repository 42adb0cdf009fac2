/*
 * Builds the objects of one benchmark namespace: `workloads` workloads (70 % Deployments with a
 * ReplicaSet, a Pod and for every seventh an HPA; 15 % StatefulSets with a Pod; 5 % DaemonSets with
 * two Pods; 10 % CronJobs with their last Job and its Pod), shaped like what an API server
 * returns. Benchmark data only; the tests use hand-written fixtures.
 */
const { CREATED, podSpec, meta, owner, pod } = require('./namespaceObjects');

function generateNamespace(ns, workloads, seed) {
  const objects = [];
  const deployments = Math.round(workloads * 0.7);
  const statefulSets = Math.round(workloads * 0.15);
  const daemonSets = Math.round(workloads * 0.05);
  const cronJobs = workloads - deployments - statefulSets - daemonSets;
  for (let i = 0; i < deployments; i++) {
    const name = `svc-${i}`;
    const image = `registry.example.com/bench/${name}:1.${seed % 10}.${i % 50}`;
    const spec = podSpec(name, image);
    objects.push({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: meta(ns, name, {
        generation: 3,
        annotations: {
          'deployment.kubernetes.io/revision': '3',
          'meta.helm.sh/release-name': 'bench',
        },
      }),
      spec: {
        replicas: 1,
        selector: { matchLabels: { 'app.kubernetes.io/name': name } },
        strategy: {
          type: 'RollingUpdate',
          rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' },
        },
        template: { metadata: { labels: meta(ns, name).labels }, spec },
      },
      status: {
        observedGeneration: 3,
        replicas: 1,
        updatedReplicas: 1,
        readyReplicas: 1,
        availableReplicas: 1,
        conditions: [
          {
            type: 'Available',
            status: 'True',
            reason: 'MinimumReplicasAvailable',
            lastTransitionTime: CREATED,
            lastUpdateTime: CREATED,
          },
          {
            type: 'Progressing',
            status: 'True',
            reason: 'NewReplicaSetAvailable',
            lastTransitionTime: CREATED,
            lastUpdateTime: CREATED,
          },
        ],
      },
    });
    const rs = `${name}-7d9c5b8f6d`;
    objects.push({
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: meta(ns, rs, {
        ownerReferences: owner('apps/v1', 'Deployment', name, ns),
        annotations: { 'deployment.kubernetes.io/revision': '3' },
      }),
      spec: { replicas: 1, template: { spec } },
      status: { replicas: 1, readyReplicas: 1, availableReplicas: 1 },
    });
    objects.push(
      pod(
        ns,
        `${rs}-x${i}`,
        owner('apps/v1', 'ReplicaSet', rs, ns),
        spec,
        i % 13 === 0 ? 2 : 0,
      ),
    );
    if (i % 7 === 0) {
      objects.push({
        apiVersion: 'autoscaling/v2',
        kind: 'HorizontalPodAutoscaler',
        metadata: meta(ns, name),
        spec: {
          minReplicas: 1,
          maxReplicas: 5,
          scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name },
          metrics: [
            {
              type: 'Resource',
              resource: {
                name: 'cpu',
                target: { type: 'Utilization', averageUtilization: 70 },
              },
            },
          ],
        },
        status: {
          currentReplicas: 1,
          desiredReplicas: 1,
          currentMetrics: [
            {
              type: 'Resource',
              resource: { name: 'cpu', current: { averageUtilization: 40 } },
            },
          ],
        },
      });
    }
  }
  for (let i = 0; i < statefulSets; i++) {
    const name = `db-${i}`;
    const spec = podSpec(
      name,
      `registry.example.com/bench/${name}:2.${seed % 5}.0`,
    );
    objects.push({
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: meta(ns, name, { generation: 2 }),
      spec: {
        replicas: 1,
        serviceName: name,
        selector: { matchLabels: { 'app.kubernetes.io/name': name } },
        updateStrategy: {
          type: 'RollingUpdate',
          rollingUpdate: { partition: 0 },
        },
        template: { metadata: { labels: meta(ns, name).labels }, spec },
      },
      status: {
        observedGeneration: 2,
        replicas: 1,
        readyReplicas: 1,
        availableReplicas: 1,
        updatedReplicas: 1,
        currentReplicas: 1,
        currentRevision: `${name}-5f6b7c8d9`,
        updateRevision: `${name}-5f6b7c8d9`,
      },
    });
    objects.push(
      pod(ns, `${name}-0`, owner('apps/v1', 'StatefulSet', name, ns), spec),
    );
  }
  for (let i = 0; i < daemonSets; i++) {
    const name = `agent-${i}`;
    const spec = podSpec(
      name,
      `registry.example.com/bench/${name}:3.0.${seed % 3}`,
    );
    objects.push({
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: meta(ns, name, {
        generation: 1,
        annotations: { 'deprecated.daemonset.template.generation': '1' },
      }),
      spec: {
        selector: { matchLabels: { 'app.kubernetes.io/name': name } },
        updateStrategy: { type: 'RollingUpdate' },
        template: { metadata: { labels: meta(ns, name).labels }, spec },
      },
      status: {
        observedGeneration: 1,
        desiredNumberScheduled: 2,
        currentNumberScheduled: 2,
        numberReady: 2,
        numberAvailable: 2,
        updatedNumberScheduled: 2,
        numberMisscheduled: 0,
      },
    });
    for (let p = 0; p < 2; p++) {
      objects.push(
        pod(ns, `${name}-p${p}`, owner('apps/v1', 'DaemonSet', name, ns), spec),
      );
    }
  }
  for (let i = 0; i < cronJobs; i++) {
    const name = `job-${i}`;
    const spec = podSpec(
      name,
      `registry.example.com/bench/${name}:1.0.${seed % 4}`,
      'OnFailure',
    );
    objects.push({
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: meta(ns, name, { generation: 1 }),
      spec: {
        schedule: '0 23 * * *',
        suspend: false,
        jobTemplate: {
          spec: {
            template: { metadata: { labels: meta(ns, name).labels }, spec },
          },
        },
      },
      status: { lastScheduleTime: CREATED, lastSuccessfulTime: CREATED },
    });
    const job = `${name}-29100000`;
    objects.push({
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: meta(ns, job, {
        ownerReferences: owner('batch/v1', 'CronJob', name, ns),
      }),
      spec: { template: { spec } },
      status: {
        startTime: CREATED,
        completionTime: CREATED,
        succeeded: 1,
        conditions: [
          { type: 'Complete', status: 'True', lastTransitionTime: CREATED },
        ],
      },
    });
    objects.push(pod(ns, `${job}-q`, owner('batch/v1', 'Job', job, ns), spec));
  }
  return objects;
}

module.exports = { generateNamespace };
