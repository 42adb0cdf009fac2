import { managedBy } from './managedBy';

describe('managedBy', () => {
  it('recognises Helm by its release annotation or its managed-by label', () => {
    expect(
      managedBy({
        annotations: { 'meta.helm.sh/release-name': 'servanda' },
        labels: { 'app.kubernetes.io/managed-by': 'Helm' },
      }),
    ).toEqual({ tool: 'helm', name: 'servanda' });
    expect(
      managedBy({
        labels: {
          'app.kubernetes.io/managed-by': 'Helm',
          'app.kubernetes.io/instance': 'minio',
        },
      }),
    ).toEqual({ tool: 'helm', name: 'minio' });
  });

  it('prefers Argo CD tracking over the Helm label of a chart Argo CD renders', () => {
    expect(
      managedBy({
        annotations: {
          'argocd.argoproj.io/tracking-id':
            'servanda-keycloak:apps/StatefulSet:servanda-prod/keycloak',
        },
        labels: { 'app.kubernetes.io/managed-by': 'Helm' },
      }),
    ).toEqual({ tool: 'argocd', name: 'servanda-keycloak' });
    expect(
      managedBy({ labels: { 'argocd.argoproj.io/instance': 'servanda' } }),
    ).toEqual({
      tool: 'argocd',
      name: 'servanda',
    });
  });

  it('names other managers and calls the rest plain', () => {
    expect(
      managedBy({ labels: { 'app.kubernetes.io/managed-by': 'kustomize' } }),
    ).toEqual({
      tool: 'other',
      name: 'kustomize',
    });
    expect(
      managedBy({
        annotations: {
          'kubectl.kubernetes.io/last-applied-configuration': '{}',
        },
      }),
    ).toEqual({ tool: 'plain' });
    expect(managedBy(undefined)).toEqual({ tool: 'plain' });
  });
});
