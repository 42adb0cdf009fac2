import { ConfigReader } from '@backstage/config';
import { defaultWorkloadSourceType } from './defaultWorkloadSourceType';

function environment(config: object) {
  return {
    summary: { name: 'prod', title: 'Production', order: 1 },
    config: new ConfigReader(config),
  };
}

describe('defaultWorkloadSourceType', () => {
  it('is kubernetes when the environment says how to reach an API server and the module is installed', () => {
    const reachable = environment({
      kubernetes: { namespace: 'ns', url: 'https://x' },
    });
    expect(
      defaultWorkloadSourceType(reachable, ['kubernetes', 'snapshot']),
    ).toBe('kubernetes');
    const byAuth = environment({
      kubernetes: { namespace: 'ns', auth: { type: 'inCluster' } },
    });
    expect(defaultWorkloadSourceType(byAuth, ['kubernetes'])).toBe(
      'kubernetes',
    );
  });

  it('is none for a display-only kubernetes block or without the module', () => {
    expect(
      defaultWorkloadSourceType(
        environment({ kubernetes: { namespace: 'ns' } }),
        ['kubernetes'],
      ),
    ).toBeUndefined();
    expect(
      defaultWorkloadSourceType(
        environment({ kubernetes: { namespace: 'ns', url: 'https://x' } }),
        [],
      ),
    ).toBeUndefined();
  });
});
