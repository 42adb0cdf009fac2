import type { V1CronJob, V1Job } from '@kubernetes/client-node';
import { cronJobRollout } from './cronJobRollout';
import { jobRun } from './jobRun';
import { toAutoscaler } from './toAutoscaler';

const started = new Date('2025-06-01T23:00:00Z');

function job(
  conditions: { type: string; status: string }[],
  status = {},
): V1Job {
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: 'servanda-db-backup-29146980' },
    status: { startTime: started, conditions, ...status },
  };
}

describe('jobRun', () => {
  it('reads success, failure and running from the conditions', () => {
    expect(
      jobRun(
        job([{ type: 'Complete', status: 'True' }], {
          completionTime: new Date('2025-06-01T23:06:00Z'),
        }),
      ),
    ).toEqual({
      name: 'servanda-db-backup-29146980',
      status: 'succeeded',
      startTime: '2025-06-01T23:00:00.000Z',
      completionTime: '2025-06-01T23:06:00.000Z',
    });
    expect(
      jobRun(
        job([
          { type: 'FailureTarget', status: 'True' },
          { type: 'Failed', status: 'True' },
        ]),
      ).status,
    ).toBe('failed');
    expect(jobRun(job([{ type: 'Complete', status: 'False' }])).status).toBe(
      'running',
    );
    expect(jobRun(job([])).status).toBe('running');
  });
});

describe('cronJobRollout', () => {
  const cronJob = (suspend: boolean): V1CronJob => ({
    metadata: { name: 'servanda-db-backup' },
    spec: {
      schedule: '0 23 * * *',
      suspend,
      jobTemplate: { spec: { template: {} } },
    },
  });

  it('is paused when suspended, unknown without a job, else the last job decides', () => {
    expect(cronJobRollout(cronJob(true), undefined).status).toBe('paused');
    expect(cronJobRollout(cronJob(false), undefined).status).toBe('unknown');
    expect(
      cronJobRollout(cronJob(false), { name: 'j', status: 'failed' }),
    ).toEqual({
      status: 'failed',
      message: 'last job "j" failed',
    });
    expect(
      cronJobRollout(cronJob(false), { name: 'j', status: 'running' }).status,
    ).toBe('progressing');
    expect(
      cronJobRollout(cronJob(false), { name: 'j', status: 'succeeded' }).status,
    ).toBe('complete');
  });
});

describe('toAutoscaler', () => {
  it('reads an autoscaling/v2 HPA scaling on CPU', () => {
    expect(
      toAutoscaler({
        apiVersion: 'autoscaling/v2',
        kind: 'HorizontalPodAutoscaler',
        metadata: { name: 'servanda-api' },
        spec: {
          minReplicas: 2,
          maxReplicas: 10,
          scaleTargetRef: {
            apiVersion: 'apps/v1',
            kind: 'Deployment',
            name: 'servanda-api',
          },
          metrics: [
            {
              type: 'Resource',
              resource: {
                name: 'memory',
                target: { type: 'Utilization', averageUtilization: 80 },
              },
            },
            {
              type: 'Resource',
              resource: {
                name: 'cpu',
                target: { type: 'Utilization', averageUtilization: 70 },
              },
            },
          ],
        },
        status: {
          currentReplicas: 4,
          desiredReplicas: 5,
          currentMetrics: [
            {
              type: 'Resource',
              resource: { name: 'cpu', current: { averageUtilization: 83 } },
            },
          ],
        },
      }),
    ).toEqual({
      name: 'servanda-api',
      minReplicas: 2,
      maxReplicas: 10,
      currentReplicas: 4,
      desiredReplicas: 5,
      targetCpuUtilization: 70,
      currentCpuUtilization: 83,
    });
  });

  it('reads an autoscaling/v1 HPA from an older snapshot, with minReplicas defaulting to 1', () => {
    expect(
      toAutoscaler({
        apiVersion: 'autoscaling/v1',
        kind: 'HorizontalPodAutoscaler',
        metadata: { name: 'servanda-export-worker' },
        spec: {
          maxReplicas: 5,
          scaleTargetRef: {
            kind: 'Deployment',
            name: 'servanda-export-worker',
          },
          targetCPUUtilizationPercentage: 60,
        },
        status: {
          currentReplicas: 1,
          desiredReplicas: 1,
          currentCPUUtilizationPercentage: 12,
        },
      }),
    ).toEqual({
      name: 'servanda-export-worker',
      minReplicas: 1,
      maxReplicas: 5,
      currentReplicas: 1,
      desiredReplicas: 1,
      targetCpuUtilization: 60,
      currentCpuUtilization: 12,
    });
  });
});
