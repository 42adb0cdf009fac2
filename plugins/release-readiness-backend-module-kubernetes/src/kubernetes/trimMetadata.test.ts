import { RawObject } from './RawObject';
import { trimMetadata } from './trimMetadata';

const raw = (value: unknown) => RawObject.of(value);

describe('trimMetadata', () => {
  const lastApplied = JSON.stringify({
    spec: { template: { data: 'x'.repeat(1_000_000) } },
  });
  const metadata = {
    name: 'api',
    namespace: 'prod',
    uid: 'uid-1',
    resourceVersion: '4711',
    generation: 3,
    creationTimestamp: '2025-05-01T08:00:00Z',
    labels: { 'app.kubernetes.io/managed-by': 'Helm', team: 'core' },
    annotations: {
      'kubectl.kubernetes.io/last-applied-configuration': lastApplied,
      'deployment.kubernetes.io/revision': '12',
      'meta.helm.sh/release-name': 'servanda',
      'argocd.argoproj.io/tracking-id': 'shop:apps/Deployment:prod/api',
      'deprecated.daemonset.template.generation': '2',
      'example.com/notes': 'not read by the board',
    },
    ownerReferences: [
      {
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
        name: 'api-5d8f',
        uid: 'uid-rs',
        controller: true,
        blockOwnerDeletion: true,
      },
    ],
    managedFields: [{ manager: 'kubectl', fieldsV1: { 'f:spec': {} } }],
  };

  it('drops a huge last-applied-configuration annotation and the annotations the board does not read', () => {
    const trimmed = trimMetadata(raw(metadata));
    expect(trimmed.annotations).toEqual({
      'deployment.kubernetes.io/revision': '12',
      'meta.helm.sh/release-name': 'servanda',
      'argocd.argoproj.io/tracking-id': 'shop:apps/Deployment:prod/api',
      'deprecated.daemonset.template.generation': '2',
    });
    expect(JSON.stringify(trimmed).length).toBeLessThan(1_000);
  });

  it('keeps what the board reads: name, namespace, uid, labels, owners, creation time, generation, resource version', () => {
    expect(trimMetadata(raw(metadata))).toEqual({
      name: 'api',
      namespace: 'prod',
      uid: 'uid-1',
      resourceVersion: '4711',
      generation: 3,
      creationTimestamp: new Date('2025-05-01T08:00:00Z'),
      labels: { 'app.kubernetes.io/managed-by': 'Helm', team: 'core' },
      annotations: expect.any(Object),
      ownerReferences: [
        {
          apiVersion: 'apps/v1',
          kind: 'ReplicaSet',
          name: 'api-5d8f',
          uid: 'uid-rs',
          controller: true,
        },
      ],
    });
  });

  it('reads members of the wrong JSON type as absent', () => {
    const trimmed = trimMetadata(
      raw({ name: 7, uid: ['x'], labels: { a: 'b', n: 1 }, generation: '3' }),
    );
    expect(trimmed.name).toBeUndefined();
    expect(trimmed.uid).toBeUndefined();
    expect(trimmed.generation).toBeUndefined();
    expect(trimmed.labels).toEqual({ a: 'b' });
    expect(trimMetadata(undefined)).toEqual({});
  });
});
