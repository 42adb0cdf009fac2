/**
 * A PodList body of `count` pods shaped as a Deployment's pods are on a real API server
 * (managed fields, volumes, probes, conditions), as UTF-8 bytes: large enough that parsing it
 * takes a measurable time.
 */
export function largePodList(count: number): Uint8Array {
  const items = Array.from({ length: count }, (_, i) => ({
    metadata: {
      name: `web-7c9f8d-${i}`,
      namespace: 'shop',
      uid: `uid-${i}`,
      creationTimestamp: '2026-11-30T10:00:00Z',
      labels: { app: 'web', 'pod-template-hash': '7c9f8d' },
      ownerReferences: [
        {
          apiVersion: 'apps/v1',
          kind: 'ReplicaSet',
          name: 'web-7c9f8d',
          uid: 'rs-uid',
          controller: true,
        },
      ],
      managedFields: [
        {
          manager: 'kube-controller-manager',
          operation: 'Update',
          fieldsV1: { 'f:metadata': { 'f:labels': { 'f:app': {} } } },
        },
      ],
    },
    spec: {
      containers: [
        {
          name: 'web',
          image: `registry.example.com/shop/web:1.${i % 7}.0`,
          ports: [{ containerPort: 8080 }],
          readinessProbe: { httpGet: { path: '/ready', port: 8080 } },
          volumeMounts: [{ name: 'config', mountPath: '/etc/web' }],
        },
      ],
      volumes: [{ name: 'config', configMap: { name: 'web-config' } }],
    },
    status: {
      phase: 'Running',
      conditions: [
        { type: 'Ready', status: 'True' },
        { type: 'ContainersReady', status: 'True' },
      ],
      containerStatuses: [
        {
          name: 'web',
          image: `registry.example.com/shop/web:1.${i % 7}.0`,
          imageID: `sha256:${String(i).padStart(64, '0')}`,
          ready: true,
          restartCount: i % 3,
        },
      ],
    },
  }));
  return new TextEncoder().encode(
    JSON.stringify({
      kind: 'PodList',
      metadata: { resourceVersion: '100' },
      items,
    }),
  );
}
