import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createKubeConfig } from './createKubeConfig';

const KUBECONFIG = `apiVersion: v1
kind: Config
clusters:
- name: eu-1
  cluster:
    server: https://10.0.0.1:6443
    certificate-authority-data: ${Buffer.from('not-a-real-ca').toString(
      'base64',
    )}
- name: us-1
  cluster:
    server: https://10.0.0.2:6443
users:
- name: reader
  user:
    token: kubeconfig-token
contexts:
- name: eu
  context: { cluster: eu-1, user: reader }
- name: us
  context: { cluster: us-1, user: reader }
current-context: eu
`;

/** Where the connection was read from, as messages name it, and the cluster's name. */
const AT = {
  key: 'releaseReadiness.environments.prod.kubernetes',
  name: 'prod',
};

describe('createKubeConfig', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rr-kubeconfig-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('builds a token user against url, with TLS verification on unless skipped', () => {
    const kc = createKubeConfig(
      {
        url: 'https://10.0.0.1:6443',
        caData: 'Y2E=',
        skipTLSVerify: false,
        auth: { type: 'serviceAccount', token: 'abc' },
      },
      { ...AT, name: 'eu-1' },
    );
    expect(kc.getCurrentCluster()).toMatchObject({
      name: 'eu-1',
      server: 'https://10.0.0.1:6443',
      caData: 'Y2E=',
      skipTLSVerify: false,
    });
    expect(kc.getCurrentUser()).toMatchObject({ token: 'abc' });
  });

  it("reads a token from a file through client-node's tokenFile provider", () => {
    const kc = createKubeConfig(
      {
        url: 'https://10.0.0.1:6443',
        skipTLSVerify: false,
        auth: { type: 'serviceAccount', tokenFile: '/var/run/secrets/token' },
      },
      AT,
    );
    expect(kc.getCurrentUser()?.authProvider).toEqual({
      name: 'tokenFile',
      config: { tokenFile: '/var/run/secrets/token' },
    });
  });

  it('uses a kubeconfig file and the named context', () => {
    const path = join(dir, 'config');
    writeFileSync(path, KUBECONFIG);
    const kc = createKubeConfig(
      {
        skipTLSVerify: false,
        auth: { type: 'kubeconfig', path, context: 'us' },
      },
      AT,
    );
    expect(kc.getCurrentCluster()?.server).toBe('https://10.0.0.2:6443');
  });

  it('names the key when the kubeconfig or its context is missing', () => {
    const path = join(dir, 'config');
    writeFileSync(path, KUBECONFIG);
    expect(() =>
      createKubeConfig(
        {
          skipTLSVerify: false,
          auth: { type: 'kubeconfig', path, context: 'asia' },
        },
        AT,
      ),
    ).toThrow(
      "Invalid configuration at 'releaseReadiness.environments.prod.kubernetes.auth.context': no context 'asia' in the kubeconfig (it has: eu, us)",
    );
    expect(() =>
      createKubeConfig(
        {
          skipTLSVerify: false,
          auth: { type: 'kubeconfig', path: join(dir, 'missing') },
        },
        AT,
      ),
    ).toThrow(
      "Invalid configuration at 'releaseReadiness.environments.prod.kubernetes.auth.path'",
    );
  });

  it('refuses inCluster outside a pod, naming the key', () => {
    const saved = process.env.KUBERNETES_SERVICE_HOST;
    delete process.env.KUBERNETES_SERVICE_HOST;
    try {
      expect(() =>
        createKubeConfig(
          {
            skipTLSVerify: false,
            auth: { type: 'inCluster' },
          },
          AT,
        ),
      ).toThrow(
        "Invalid configuration at 'releaseReadiness.environments.prod.kubernetes.auth.type'",
      );
    } finally {
      if (saved !== undefined) process.env.KUBERNETES_SERVICE_HOST = saved;
    }
  });

  describe('a kubeconfig that cannot be loaded', () => {
    const SECRET = 'kc-canary-4e7a1b';
    const load = (path?: string) => {
      try {
        createKubeConfig(
          {
            skipTLSVerify: false,
            auth: { type: 'kubeconfig', ...(path && { path }) },
          },
          AT,
        );
      } catch (error) {
        return error as Error & { cause?: unknown };
      }
      throw new Error('createKubeConfig did not throw');
    };
    const brokenYaml = KUBECONFIG.replace(
      '    token: kubeconfig-token',
      `    token: ${SECRET}: never-expires`,
    );
    const brokenLine =
      brokenYaml.split('\n').findIndex(l => l.includes(SECRET)) + 1;

    it('names the key, the file, the line and the column of a YAML error, never the text', () => {
      const path = join(dir, 'config');
      writeFileSync(path, brokenYaml);
      const error = load(path);
      expect(error.message).toBe(
        `Invalid configuration at 'releaseReadiness.environments.prod.kubernetes.auth.path': the kubeconfig file ${path} is not valid YAML (line ${brokenLine}, column 28)`,
      );
      expect(error.cause).toBeUndefined();
      expect(`${error.stack}`).not.toContain(SECRET);
    });

    it('does the same for the default kubeconfig ($KUBECONFIG)', () => {
      const path = join(dir, 'default-config');
      writeFileSync(path, brokenYaml);
      const saved = process.env.KUBECONFIG;
      process.env.KUBECONFIG = path;
      try {
        const error = load();
        expect(error.message).toBe(
          `Invalid configuration at 'releaseReadiness.environments.prod.kubernetes.auth.path': the kubeconfig file from $KUBECONFIG or ~/.kube/config is not valid YAML (line ${brokenLine}, column 28)`,
        );
        expect(error.message).not.toContain(SECRET);
      } finally {
        if (saved === undefined) delete process.env.KUBECONFIG;
        else process.env.KUBECONFIG = saved;
      }
    });

    it("passes on client-node's structural complaint, which quotes nothing", () => {
      const path = join(dir, 'config');
      writeFileSync(
        path,
        KUBECONFIG.replace('    server: https://10.0.0.2:6443\n', ''),
      );
      expect(load(path).message).toBe(
        `Invalid configuration at 'releaseReadiness.environments.prod.kubernetes.auth.path': the kubeconfig file ${path} is not a valid kubeconfig: clusters[1].cluster is missing`,
      );
    });

    it('says only that it is not a kubeconfig for anything else, e.g. a server that is a number', () => {
      const path = join(dir, 'config');
      writeFileSync(
        path,
        KUBECONFIG.replace('server: https://10.0.0.2:6443', 'server: 6443'),
      );
      const error = load(path);
      expect(error.message).toBe(
        `Invalid configuration at 'releaseReadiness.environments.prod.kubernetes.auth.path': the kubeconfig file ${path} is not a valid kubeconfig`,
      );
    });
  });
});
