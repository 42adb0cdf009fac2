/*
 * The parts the benchmark's namespaces are built of (see generateNamespace.js): containers, pod
 * specs, metadata, owner references and pods shaped like an API server's. Benchmark data only.
 */
const LABELS = { 'app.kubernetes.io/part-of': 'bench' };
const CREATED = '2025-05-01T08:00:00Z';

function container(name, image) {
  return {
    name,
    image,
    imagePullPolicy: 'IfNotPresent',
    ports: [{ containerPort: 8080, name: 'http', protocol: 'TCP' }],
    livenessProbe: {
      httpGet: { path: '/health', port: 'http', scheme: 'HTTP' },
      periodSeconds: 10,
      timeoutSeconds: 2,
      successThreshold: 1,
      failureThreshold: 3,
    },
    readinessProbe: {
      httpGet: { path: '/readiness', port: 'http', scheme: 'HTTP' },
      periodSeconds: 10,
      timeoutSeconds: 2,
      successThreshold: 1,
      failureThreshold: 3,
    },
    resources: {
      limits: { cpu: '1', memory: '1Gi' },
      requests: { cpu: '250m', memory: '512Mi' },
    },
    securityContext: {
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      runAsNonRoot: true,
      capabilities: { drop: ['ALL'] },
    },
    terminationMessagePath: '/dev/termination-log',
    terminationMessagePolicy: 'File',
  };
}

function podSpec(name, image, restartPolicy = 'Always') {
  return {
    containers: [container(name, image)],
    dnsPolicy: 'ClusterFirst',
    restartPolicy,
    schedulerName: 'default-scheduler',
    securityContext: { runAsNonRoot: true, runAsUser: 10001 },
    serviceAccountName: name,
    terminationGracePeriodSeconds: 30,
  };
}

function meta(ns, name, extra = {}) {
  return {
    name,
    namespace: ns,
    uid: `${ns}-${name}`,
    resourceVersion: '1000',
    creationTimestamp: CREATED,
    labels: { ...LABELS, 'app.kubernetes.io/name': name },
    ...extra,
  };
}

function owner(apiVersion, kind, name, ns) {
  return [
    {
      apiVersion,
      kind,
      name,
      uid: `${ns}-${name}`,
      controller: true,
      blockOwnerDeletion: true,
    },
  ];
}

function pod(ns, name, ownerRef, spec, restarts = 0) {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: meta(ns, name, { ownerReferences: ownerRef }),
    spec: { ...spec, nodeName: 'worker-1' },
    status: {
      phase: 'Running',
      conditions: [
        { type: 'Ready', status: 'True', lastTransitionTime: CREATED },
      ],
      containerStatuses: [
        {
          name: spec.containers[0].name,
          image: spec.containers[0].image,
          imageID: `${spec.containers[0].image}@sha256:0123456789abcdef`,
          ready: true,
          started: true,
          restartCount: restarts,
          state: { running: { startedAt: CREATED } },
          lastState: {},
        },
      ],
      podIP: '10.244.1.10',
      startTime: CREATED,
      qosClass: 'Burstable',
    },
  };
}

/**
 * @param {string} ns namespace
 * @param {number} workloads number of workloads
 * @param {number} seed varies the image versions between environments
 */

module.exports = { LABELS, CREATED, container, podSpec, meta, owner, pod };
