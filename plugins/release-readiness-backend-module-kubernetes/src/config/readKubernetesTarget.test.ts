import { ConfigReader } from '@backstage/config';
import { readKubernetesTarget } from './readKubernetesTarget';

const read = (kubernetes: unknown) =>
  readKubernetesTarget(
    'releaseReadiness.environments.prod',
    new ConfigReader({ kubernetes } as any),
  );

const key = (rest: string) =>
  `Invalid configuration at 'releaseReadiness.environments.prod.kubernetes.${rest}'`;

describe('readKubernetesTarget', () => {
  it('reads a service-account target, TLS verification on by default', () => {
    expect(
      read({
        cluster: 'eu-1',
        namespace: 'servanda-prod',
        url: 'https://10.0.0.1:6443',
        caFile: '/etc/ca.crt',
        labelSelector: 'app.kubernetes.io/part-of=servanda',
        auth: { type: 'serviceAccount', token: 'secret' },
      }),
    ).toEqual({
      cluster: 'eu-1',
      namespace: 'servanda-prod',
      url: 'https://10.0.0.1:6443',
      caFile: '/etc/ca.crt',
      labelSelector: 'app.kubernetes.io/part-of=servanda',
      skipTLSVerify: false,
      auth: { type: 'serviceAccount', token: 'secret' },
    });
  });

  it.each([
    [{ namespace: 'ns' }, key('url'), 'the API server URL is required'],
    [{ namespace: 'ns', url: 'ftp://x' }, key('url'), 'must be an http(s) URL'],
    [
      { namespace: 'ns', url: 'https://x', auth: { type: 'serviceAccount' } },
      key('auth.token'),
      'set exactly one of token and tokenFile',
    ],
    [
      {
        namespace: 'ns',
        url: 'https://x',
        auth: { type: 'serviceAccount', token: 't', tokenFile: '/t' },
      },
      key('auth.token'),
      'set exactly one of token and tokenFile',
    ],
    [
      { namespace: 'ns', url: 'https://x', auth: { type: 'kubeconfig' } },
      key('url'),
      'not allowed with auth.type kubeconfig',
    ],
    [
      { namespace: 'ns', auth: { type: 'inCluster', token: 't' } },
      key('auth'),
      '',
    ],
    [
      { namespace: 'ns', url: 'https://x', auth: { type: 'oidc' } },
      key('auth.type'),
      '',
    ],
    [
      { namespace: 'ns', url: 'https://x', skipTLSVerify: 'yes' },
      key('skipTLSVerify'),
      '',
    ],
    [
      { namespace: 'ns', url: 'https://x', caData: 'abc', caFile: '/ca' },
      key('caData'),
      'set at most one of caData and caFile',
    ],
  ])('rejects %j naming the key', (kubernetes, expectedKey, message) => {
    expect(() => read(kubernetes)).toThrow(expectedKey);
    expect(() => read(kubernetes)).toThrow(message);
  });

  it('never echoes a token in its errors', () => {
    expect(() =>
      read({
        namespace: 'ns',
        url: 'https://x',
        auth: { type: 'serviceAccount', token: 'canary-7d1e', tokenFile: '/t' },
      }),
    ).toThrow(
      expect.objectContaining({
        message: expect.not.stringContaining('canary-7d1e'),
      }),
    );
  });

  it.each([
    'https://reader:canary-5b2e@10.0.0.1:6443',
    'https://canary-5b2e@10.0.0.1:6443/',
  ])('refuses credentials in the URL without quoting them: %s', url => {
    const error = (() => {
      try {
        read({ namespace: 'ns', url });
        return undefined;
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error?.message).toBe(
      `${key(
        'url',
      )}: must not contain credentials (user:password@); use auth instead`,
    );
  });

  it('accepts an @ in the path or query of the URL', () => {
    expect(
      read({ namespace: 'ns', url: 'https://10.0.0.1:6443/k8s/@team' }).url,
    ).toBe('https://10.0.0.1:6443/k8s/@team');
  });
});
