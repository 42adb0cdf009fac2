import { ConfigReader } from '@backstage/config';
import {
  demoTls,
  KubernetesTestServer,
  loadObjects,
} from '@release-readiness/kubernetes-test-cluster';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readKubernetesTarget } from '../config/readKubernetesTarget';
import { createKubeConfig } from '../kubernetes/createKubeConfig';
import { LiveBackupObjects } from './LiveBackupObjects';

const TOKEN = 'live-backups-canary-0c9d';
const tls = demoTls();
const demo = (file: string) =>
  loadObjects(
    readFileSync(
      resolve(__dirname, `../../../../examples/demo-cluster/${file}`),
      'utf8',
    ),
  );

describe('LiveBackupObjects against the test API server', () => {
  let server: KubernetesTestServer;
  let objects: (pageSize?: number) => LiveBackupObjects;
  beforeEach(async () => {
    server = await KubernetesTestServer.start({
      objects: [...demo('servanda-prod.yaml'), ...demo('backups.yaml')],
      token: TOKEN,
      tls,
    });
    const kubeConfig = createKubeConfig(
      readKubernetesTarget(
        'environments.prod',
        new ConfigReader({
          kubernetes: {
            namespace: 'servanda-prod',
            url: server.url,
            caData: Buffer.from(tls.ca).toString('base64'),
            auth: { type: 'serviceAccount', token: TOKEN },
          },
        }),
      ),
      { key: 'environments.prod.kubernetes', name: 'demo' },
    );
    objects = pageSize => new LiveBackupObjects({ kubeConfig, pageSize });
  });
  afterEach(() => server.stop());

  const signal = new AbortController().signal;

  it('follows continue tokens through every page of CronJobs, Jobs and Velero Backups', async () => {
    const paged = objects(1);
    const whole = objects();
    const cronJob = await paged.cronJob(
      'servanda-prod',
      'servanda-db-backup',
      signal,
    );
    expect(cronJob.cronJob?.metadata?.name).toBe('servanda-db-backup');
    expect(cronJob.jobs.map(j => j.metadata?.name)).toEqual([
      'servanda-db-backup-29144100',
      'servanda-db-backup-29145540',
      'servanda-db-backup-29146980',
    ]);
    expect(
      await paged.veleroBackups(
        'velero',
        'velero.io/schedule-name=servanda-daily',
        signal,
      ),
    ).toEqual(
      await whole.veleroBackups(
        'velero',
        'velero.io/schedule-name=servanda-daily',
        signal,
      ),
    );
    const backupPages = server.requests.filter(
      r => r.path === '/apis/velero.io/v1/namespaces/velero/backups',
    );
    // Five backups, one per page, then the unpaged read.
    expect(backupPages).toHaveLength(6);
    expect(backupPages[1].query.continue).toBeDefined();
    expect(backupPages[1].query.labelSelector).toBe(
      'velero.io/schedule-name=servanda-daily',
    );
    expect(
      server.requests.filter(
        r => r.path === '/apis/batch/v1/namespaces/servanda-prod/jobs',
      ).length,
    ).toBeGreaterThan(3);
  });

  it("cancels the request with the collector's signal", async () => {
    await server.setFault({ type: 'hang' });
    const controller = new AbortController();
    const read = objects().veleroBackups(
      'velero',
      'velero.io/schedule-name=servanda-daily',
      controller.signal,
    );
    await server.waitForRequest(() => true);
    controller.abort();
    await expect(read).rejects.toBeDefined();
    const aborted = await server.waitForRequest(r => r.outcome === 'aborted');
    expect(aborted.path).toBe('/apis/velero.io/v1/namespaces/velero/backups');
  });
});
