import type { Workload } from './types';
import { VersionMatcher } from './versionPatterns';
import { withVersions } from './withVersions';

const base: Workload = {
  kind: 'Deployment',
  name: 'servanda-api',
  namespace: 'servanda-stage',
  images: [
    {
      container: 'migrate',
      image: 'ghcr.io/servanda/migrate:9.9.9',
      init: true,
    },
    { container: 'api', image: 'ghcr.io/servanda/api:rc-1.5.0' },
    { container: 'envoy', image: 'envoyproxy/envoy:v1.30.1@sha256:abc' },
  ],
  rolloutStatus: 'complete',
  restarts: 0,
  managedBy: { tool: 'plain' },
  findings: [],
};

describe('withVersions', () => {
  it('parses every image and takes the first regular container as the version', () => {
    const result = withVersions(base, new VersionMatcher());
    expect(result.version).toBe('rc-1.5.0');
    expect(result.images).toEqual([
      {
        container: 'migrate',
        image: 'ghcr.io/servanda/migrate:9.9.9',
        init: true,
        tag: '9.9.9',
        version: '9.9.9',
      },
      {
        container: 'api',
        image: 'ghcr.io/servanda/api:rc-1.5.0',
        tag: 'rc-1.5.0',
        version: 'rc-1.5.0',
      },
      {
        container: 'envoy',
        image: 'envoyproxy/envoy:v1.30.1@sha256:abc',
        tag: 'v1.30.1',
        digest: 'sha256:abc',
        version: '1.30.1',
      },
    ]);
    expect(base.version).toBeUndefined();
  });

  it('leaves the version out when the tag matches no pattern, dropping an old one', () => {
    const result = withVersions(
      {
        ...base,
        version: 'stale-value',
        images: [{ container: 'api', image: 'ghcr.io/servanda/api:latest' }],
      },
      new VersionMatcher(),
    );
    expect(result.version).toBeUndefined();
    expect(result.images[0]).toEqual({
      container: 'api',
      image: 'ghcr.io/servanda/api:latest',
      tag: 'latest',
    });
  });
});
