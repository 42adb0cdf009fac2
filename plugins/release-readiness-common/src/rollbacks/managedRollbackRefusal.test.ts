import { managedRollbackRefusal } from './managedRollbackRefusal';

const workload = (
  tool: 'helm' | 'argocd' | 'plain' | 'other',
  name?: string,
) => ({
  kind: 'Deployment' as const,
  name: 'servanda-api',
  namespace: 'servanda-prod',
  managedBy: { tool, ...(name && { name }) },
});

describe('managedRollbackRefusal', () => {
  it('refuses a native rollback of a Helm release, pointing to helm rollback', () => {
    expect(
      managedRollbackRefusal(workload('helm', 'servanda'), {
        strategy: 'kubernetes',
        allowManaged: false,
      }),
    ).toBe(
      "Deployment servanda-api is managed by Helm (release servanda): roll it back with 'helm rollback servanda -n servanda-prod', or through the deploy pipeline (rollback.strategy: github-actions); a native rollback would be undone by the next helm upgrade",
    );
  });

  it('refuses a native rollback of an Argo CD application, pointing to a Git revert', () => {
    expect(
      managedRollbackRefusal(workload('argocd', 'servanda-prod'), {
        strategy: 'kubernetes',
        allowManaged: false,
      }),
    ).toMatch(
      /^Deployment servanda-api is managed by Argo CD \(application servanda-prod\): revert the change in Git/,
    );
  });

  it('lets plain workloads, allowed managed ones and other strategies through', () => {
    expect(
      managedRollbackRefusal(workload('plain'), {
        strategy: 'kubernetes',
        allowManaged: false,
      }),
    ).toBeUndefined();
    expect(
      managedRollbackRefusal(workload('helm', 'servanda'), {
        strategy: 'kubernetes',
        allowManaged: true,
      }),
    ).toBeUndefined();
    expect(
      managedRollbackRefusal(workload('helm', 'servanda'), {
        strategy: 'github-actions',
        allowManaged: false,
      }),
    ).toBeUndefined();
  });
});
