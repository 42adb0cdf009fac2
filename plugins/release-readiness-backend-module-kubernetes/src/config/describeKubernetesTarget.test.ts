import { ConfigReader } from '@backstage/config';
import { createKubernetesWorkloadSourceFactory } from '../kubernetes/createKubernetesWorkloadSourceFactory';
import { createSnapshotWorkloadSourceFactory } from '../snapshot/createSnapshotWorkloadSourceFactory';
import { describeKubernetesTarget } from './describeKubernetesTarget';

const config = (kubernetes: object) => new ConfigReader({ kubernetes });

describe('describeKubernetesTarget', () => {
  it('describes cluster and namespace without credentials', () => {
    const target = describeKubernetesTarget(
      config({
        cluster: 'eu-1',
        namespace: 'servanda-prod',
        auth: { type: 'serviceAccount', token: 'do-not-leak-me' },
      }),
    );
    expect(target).toEqual({ label: 'eu-1/servanda-prod', offline: false });
    expect(JSON.stringify(target)).not.toContain('do-not-leak-me');
    expect(describeKubernetesTarget(config({ namespace: 'ns' }))).toEqual({
      label: 'ns',
      offline: false,
    });
    expect(
      describeKubernetesTarget(
        config({ cluster: 'onprem-1', namespace: 'ns', airGapped: true }),
      ),
    ).toEqual({ label: 'onprem-1/ns', offline: true });
    expect(describeKubernetesTarget(new ConfigReader({}))).toBeUndefined();
  });

  it('is offline for a snapshot, whatever airGapped says', () => {
    expect(
      createSnapshotWorkloadSourceFactory(new Map()).describeTarget!({
        environment: 'prod-onprem',
        system: 'servanda',
        keyPrefix: 'releaseReadiness.environments.prod-onprem',
        owner: 'platform',
        config: config({ cluster: 'onprem-1', namespace: 'servanda-prod' }),
      }),
    ).toEqual({ label: 'onprem-1/servanda-prod', offline: true });
  });
});

describe('the kubernetes factory: configures', () => {
  const configures = (kubernetes: object) =>
    createKubernetesWorkloadSourceFactory(new Map()).configures!({
      environment: 'prod',
      system: 'servanda',
      keyPrefix: 'releaseReadiness.environments.prod',
      owner: 'platform',
      config: config(kubernetes),
    });

  it('serves an environment that says how to reach an API server', () => {
    expect(configures({ namespace: 'ns', url: 'https://x' })).toBe(true);
    expect(configures({ namespace: 'ns', auth: { type: 'inCluster' } })).toBe(
      true,
    );
  });

  it('does not serve a display-only kubernetes block', () => {
    expect(configures({ namespace: 'ns' })).toBe(false);
  });
});
