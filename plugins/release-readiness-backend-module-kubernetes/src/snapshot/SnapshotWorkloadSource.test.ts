import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import type { WorkloadSource } from '@release-readiness/plugin-release-readiness-node';
import {
  copyFileSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createSnapshotWorkloadSourceFactory } from './createSnapshotWorkloadSourceFactory';

const SNAPSHOT = resolve(
  __dirname,
  '../../../../examples/snapshots/prod-onprem.yaml',
);
const signal = new AbortController().signal;

function create(
  workloads: object,
  namespace = 'servanda-prod',
): WorkloadSource {
  return createSnapshotWorkloadSourceFactory(new Map()).create({
    environment: 'prod-onprem',
    system: 'servanda',
    keyPrefix: 'releaseReadiness.environments.prod-onprem',
    owner: 'platform',
    config: new ConfigReader({
      kubernetes: { namespace, airGapped: true },
      workloads,
    }),
    logger: mockServices.logger.mock(),
  }) as WorkloadSource;
}

describe('the snapshot workload source', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rr-snapshot-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a kubectl List file as of its modification time', async () => {
    const path = join(dir, 'prod-onprem.yaml');
    copyFileSync(SNAPSHOT, path);
    const taken = new Date('2025-06-02T12:05:00Z');
    utimesSync(path, taken, taken);
    const source = create({ source: 'snapshot', path });
    expect(source.name).toBe('snapshot:prod-onprem.yaml');

    const list = await source.listWorkloads({ signal });
    expect(list.takenAt).toBe('2025-06-02T12:05:00.000Z');
    expect(list.items.map(w => `${w.kind}/${w.name}`)).toEqual([
      'Deployment/servanda-api',
      'Deployment/servanda-export-worker',
      'Deployment/servanda-frontend',
      'StatefulSet/keycloak',
      'StatefulSet/minio',
      'DaemonSet/servanda-log-shipper',
      'CronJob/servanda-db-backup',
    ]);
  });

  it('uses takenAt from the configuration when given', async () => {
    const source = create({
      source: 'snapshot',
      path: SNAPSHOT,
      takenAt: '2025-06-02T14:05:00+02:00',
    });
    expect((await source.listWorkloads({ signal })).takenAt).toBe(
      '2025-06-02T14:05:00+02:00',
    );
  });

  it('re-reads the file when it changes, and reads JSON (kubectl -o json) too', async () => {
    const path = join(dir, 'snapshot.json');
    const list = (names: string[]) =>
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'List',
        items: names.map(name => ({
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          metadata: { name, namespace: 'servanda-prod', generation: 1 },
          spec: {
            replicas: 1,
            template: {
              spec: { containers: [{ name, image: `${name}:1.0.0` }] },
            },
          },
          status: {
            observedGeneration: 1,
            replicas: 1,
            updatedReplicas: 1,
            availableReplicas: 1,
            readyReplicas: 1,
          },
        })),
      });
    writeFileSync(path, list(['a']));
    utimesSync(path, new Date(1_000_000), new Date(1_000_000));
    const source = create({ source: 'snapshot', path });
    expect(
      (await source.listWorkloads({ signal })).items.map(w => w.name),
    ).toEqual(['a']);
    writeFileSync(path, list(['a', 'b']));
    utimesSync(path, new Date(2_000_000), new Date(2_000_000));
    const second = await source.listWorkloads({ signal });
    expect(second.items.map(w => w.name)).toEqual(['a', 'b']);
    expect(second.items[0].rolloutStatus).toBe('complete');
  });

  it("keeps only the environment's namespace when the file holds several", async () => {
    const path = join(dir, 'two.yaml');
    writeFileSync(
      path,
      `apiVersion: v1
kind: List
items:
- apiVersion: apps/v1
  kind: Deployment
  metadata: { name: mine, namespace: servanda-prod }
- apiVersion: apps/v1
  kind: Deployment
  metadata: { name: theirs, namespace: other }
`,
    );
    expect(
      (
        await create({ source: 'snapshot', path }).listWorkloads({ signal })
      ).items.map(w => w.name),
    ).toEqual(['mine']);
  });

  it('makes the tile unavailable, with the reason, when the file breaks or disappears', async () => {
    const path = join(dir, 'broken.yaml');
    writeFileSync(
      path,
      'apiVersion: v1\nkind: List\nitems: [ { kind: Deployment ',
    );
    const source = create({ source: 'snapshot', path });
    await expect(source.listWorkloads({ signal })).rejects.toMatchObject({
      name: 'SourceUnavailableError',
      type: 'BAD_RESPONSE',
    });
    rmSync(path);
    await expect(source.listWorkloads({ signal })).rejects.toMatchObject({
      type: 'NOT_FOUND',
      message: 'The snapshot file cannot be read (ENOENT)',
    });
  });

  it('refuses to start, naming the key, when the file is missing or the path is not set', () => {
    expect(() =>
      create({ source: 'snapshot', path: join(dir, 'missing.yaml') }),
    ).toThrow(
      /Invalid configuration at 'releaseReadiness\.environments\.prod-onprem\.workloads\.path': cannot read .*missing\.yaml \(ENOENT\)/,
    );
    expect(() => create({ source: 'snapshot' })).toThrow(
      "Invalid configuration at 'releaseReadiness.environments.prod-onprem.workloads.path'",
    );
    expect(() =>
      create({ source: 'snapshot', path: SNAPSHOT, takenAt: 'yesterday' }),
    ).toThrow(
      "Invalid configuration at 'releaseReadiness.environments.prod-onprem.workloads.takenAt'",
    );
  });

  describe('a snapshot that cannot be parsed', () => {
    const SECRET = 'snapshot-canary-8d3f0a';
    const example = readFileSync(SNAPSHOT, 'utf8');
    const envValue = '            value: http://keycloak:8080\n';

    async function errorOf(text: string, name = 'snapshot.yaml') {
      const path = join(dir, name);
      writeFileSync(path, text);
      const error = await create({ source: 'snapshot', path })
        .listWorkloads({ signal })
        .catch((e: Error) => e);
      return { path, error: error as Error & { type?: string } };
    }

    it('names the file, line and column of a YAML error, never the text', async () => {
      const text = example.replace(
        envValue,
        `            value: ${SECRET}: x\n`,
      );
      const line = text.split('\n').findIndex(l => l.includes(SECRET)) + 1;
      const { path, error } = await errorOf(text);
      expect(error).toMatchObject({
        name: 'SourceUnavailableError',
        type: 'BAD_RESPONSE',
      });
      const prefix = `The snapshot file ${path} is not valid YAML (line ${line}, column `;
      expect(error.message.startsWith(prefix)).toBe(true);
      expect(error.message.slice(prefix.length)).toMatch(/^\d+\)$/);
      expect(`${error.stack}`).not.toContain(SECRET);
    });

    it('does not quote a JSON snapshot either', async () => {
      const { error } = await errorOf(
        `{"apiVersion":"v1","kind":"List","items":[{"env":"${SECRET}"`,
        'snapshot.json',
      );
      expect(error.message).toMatch(/is not valid YAML/);
      expect(error.message).not.toContain(SECRET);
    });

    it('names the item that has no kind, and quotes nothing of it', async () => {
      const { path, error } = await errorOf(
        `apiVersion: v1\nkind: List\nitems:\n- apiVersion: apps/v1\n  metadata: { name: ${SECRET} }\n`,
      );
      expect(error.message).toBe(
        `The snapshot file ${path} has no apiVersion or kind in item 0`,
      );
    });
  });
});
