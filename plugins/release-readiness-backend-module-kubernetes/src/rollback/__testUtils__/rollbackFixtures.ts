import type { StoredObject } from '@release-readiness/kubernetes-test-cluster';

/** The namespace of the fixtures. */
export const NAMESPACE = 'shop';

const owner = (kind: string, name: string, uid: string, controller = true) => [
  {
    apiVersion: 'apps/v1',
    kind,
    name,
    uid,
    controller,
    blockOwnerDeletion: true,
  },
];

/** A pod template with the `api` container at `image` and a proxy sidecar. */
export function apiTemplate(image: string, hash?: string) {
  return {
    metadata: {
      creationTimestamp: null,
      labels: { app: 'api', ...(hash && { 'pod-template-hash': hash }) },
      annotations: { 'checksum/config': 'c0ffee' },
    },
    spec: {
      containers: [
        {
          name: 'api',
          image,
          ports: [{ containerPort: 8080, protocol: 'TCP' }],
          env: [{ name: 'MODE', value: 'prod' }],
        },
        { name: 'proxy', image: 'envoyproxy/envoy:v1.30.1' },
      ],
      restartPolicy: 'Always',
    },
  };
}

function deployment(
  name: string,
  uid: string,
  image: string,
  revision: number,
  extra: { paused?: boolean } = {},
): StoredObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name,
      namespace: NAMESPACE,
      uid,
      resourceVersion: '100',
      generation: 7,
      labels: { app: name },
      annotations: {
        'deployment.kubernetes.io/revision': String(revision),
        'kubectl.kubernetes.io/last-applied-configuration':
          '{"kind":"Deployment"}',
        'team.example/owner': 'shop',
      },
    },
    spec: {
      replicas: 2,
      ...extra,
      selector: { matchLabels: { app: 'api' } },
      template: apiTemplate(image),
    },
    status: {
      observedGeneration: 7,
      replicas: 2,
      updatedReplicas: 2,
      readyReplicas: 2,
      availableReplicas: 2,
    },
  };
}

function replicaSet(
  name: string,
  revision: number,
  image: string,
  ownerReferences: object[],
  createdAt: string,
): StoredObject {
  const hash = name.split('-').pop() ?? '';
  return {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name,
      namespace: NAMESPACE,
      uid: `uid-${name}`,
      creationTimestamp: createdAt,
      labels: { app: 'api', 'pod-template-hash': hash },
      annotations: {
        'deployment.kubernetes.io/revision': String(revision),
        'deployment.kubernetes.io/desired-replicas': '2',
        'kubernetes.io/change-cause': `deploy ${image}`,
        'team.example/owner': 'shop',
      },
      ownerReferences,
    },
    spec: {
      replicas: 0,
      selector: { matchLabels: { app: 'api', 'pod-template-hash': hash } },
      template: apiTemplate(image, hash),
    },
  };
}

/**
 * Deployment `api` at revision 4 (`shop/api:1.4.0`) with its own ReplicaSets of revisions 1, 2
 * and 4 (revision 3 was deleted), a ReplicaSet of revision 3 that a deleted `api` of another
 * `uid` left, and one of revision 3 without a controller reference; and Deployment `paused`
 * (paused, revisions 1 and 2).
 */
export function deploymentFixtures(): StoredObject[] {
  const api = owner('Deployment', 'api', 'uid-api');
  return [
    deployment('api', 'uid-api', 'shop/api:1.4.0', 4),
    replicaSet('api-b1', 1, 'shop/api:1.1.0', api, '2025-01-10T10:00:00Z'),
    replicaSet('api-b2', 2, 'shop/api:1.2.0', api, '2025-02-10T10:00:00Z'),
    replicaSet('api-b4', 4, 'shop/api:1.4.0', api, '2025-04-10T10:00:00Z'),
    replicaSet(
      'api-f3',
      3,
      'shop/api:9.9.9',
      owner('Deployment', 'api', 'uid-api-deleted'),
      '2024-12-01T10:00:00Z',
    ),
    replicaSet(
      'api-n3',
      3,
      'shop/api:8.8.8',
      owner('Deployment', 'api', 'uid-api', false),
      '2025-03-10T10:00:00Z',
    ),
    deployment('paused', 'uid-paused', 'shop/api:1.2.0', 2, { paused: true }),
    replicaSet(
      'paused-p1',
      1,
      'shop/api:1.1.0',
      owner('Deployment', 'paused', 'uid-paused'),
      '2025-01-10T10:00:00Z',
    ),
    replicaSet(
      'paused-p2',
      2,
      'shop/api:1.2.0',
      owner('Deployment', 'paused', 'uid-paused'),
      '2025-02-10T10:00:00Z',
    ),
  ];
}

function setTemplate(app: string, image: string) {
  return {
    metadata: { labels: { app } },
    spec: { containers: [{ name: app, image }] },
  };
}

function controllerRevision(
  set: { kind: string; name: string; uid: string; app: string },
  name: string,
  revision: number,
  image: string,
): StoredObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'ControllerRevision',
    metadata: {
      name,
      namespace: NAMESPACE,
      uid: `uid-${name}`,
      creationTimestamp: `2025-0${revision}-01T00:00:00Z`,
      labels: { app: set.app, 'controller.kubernetes.io/hash': name },
      ownerReferences: owner(set.kind, set.name, set.uid),
    },
    data: {
      spec: { template: { ...setTemplate(set.app, image), $patch: 'replace' } },
    },
    revision,
  };
}

/**
 * StatefulSet `db` at `postgres:16.4` (ControllerRevisions 1–3 its own, 5 another owner's) and
 * DaemonSet `agent` at `agent:2.1` (revisions 1 and 2).
 */
export function setFixtures(): StoredObject[] {
  const db = { kind: 'StatefulSet', name: 'db', uid: 'uid-db', app: 'db' };
  const agent = {
    kind: 'DaemonSet',
    name: 'agent',
    uid: 'uid-agent',
    app: 'agent',
  };
  return [
    {
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: {
        name: 'db',
        namespace: NAMESPACE,
        uid: 'uid-db',
        resourceVersion: '300',
        generation: 3,
      },
      spec: {
        replicas: 2,
        selector: { matchLabels: { app: 'db' } },
        template: setTemplate('db', 'postgres:16.4'),
        updateStrategy: { type: 'RollingUpdate' },
      },
      status: {
        observedGeneration: 3,
        replicas: 2,
        readyReplicas: 2,
        updatedReplicas: 2,
        currentReplicas: 2,
        currentRevision: 'db-c',
        updateRevision: 'db-c',
      },
    },
    controllerRevision(db, 'db-a', 1, 'postgres:16.2'),
    controllerRevision(db, 'db-b', 2, 'postgres:16.3'),
    controllerRevision(db, 'db-c', 3, 'postgres:16.4'),
    controllerRevision(
      { ...db, uid: 'uid-db-deleted' },
      'db-z',
      5,
      'postgres:15.0',
    ),
    {
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: {
        name: 'agent',
        namespace: NAMESPACE,
        uid: 'uid-agent',
        resourceVersion: '400',
        generation: 2,
      },
      spec: {
        selector: { matchLabels: { app: 'agent' } },
        template: setTemplate('agent', 'agent:2.1'),
        updateStrategy: { type: 'RollingUpdate' },
      },
      status: {
        observedGeneration: 2,
        desiredNumberScheduled: 3,
        updatedNumberScheduled: 3,
        numberAvailable: 3,
        numberReady: 3,
      },
    },
    controllerRevision(agent, 'agent-a', 1, 'agent:2.0'),
    controllerRevision(agent, 'agent-b', 2, 'agent:2.1'),
  ];
}
