import { DEFAULT_COLLECTOR_OPTIONS } from './readCollectorOptions';
import { createTestCollector } from './__testUtils__/createTestCollector';
import { EnvironmentJobs } from './EnvironmentJobs';

describe('EnvironmentJobs', () => {
  it('reads each environment through one registered job per upstream, typed', async () => {
    const calls: string[] = [];
    const { collector } = createTestCollector(DEFAULT_COLLECTOR_OPTIONS);
    const jobs = EnvironmentJobs.register({
      collector,
      sources: new Map([
        ['dev', { key: 'policy-a' }],
        ['stage', { key: 'policy-a' }],
        ['prod', { key: 'policy-b' }],
      ]),
      job: (_environment, source) => ({
        key: `oncall:${source.key}`,
        sourceName: `pagerduty:${source.key}`,
        fetch: async () => {
          calls.push(source.key);
          return { people: [source.key] };
        },
      }),
      notConfigured: name => ({
        name: 'none',
        message: `No on-call source for ${name}`,
      }),
    });
    const dev = await jobs.read('dev');
    const stage = await jobs.read('stage');
    const prod = await jobs.read('prod');
    expect(dev.value?.people).toEqual(['policy-a']);
    expect(stage.source).toMatchObject({
      name: 'pagerduty:policy-a',
      status: 'ok',
    });
    expect(prod.value?.people).toEqual(['policy-b']);
    // dev and stage share one upstream: one call.
    expect(calls.sort()).toEqual(['policy-a', 'policy-b']);
    expect(jobs.has('dev')).toBe(true);
    expect(jobs.has('qa')).toBe(false);
  });

  it('answers NOT_CONFIGURED, never an error, for an environment without a source', async () => {
    const { collector } = createTestCollector(DEFAULT_COLLECTOR_OPTIONS);
    const jobs = EnvironmentJobs.register<{ key: string }, { n: number }>({
      collector,
      sources: new Map(),
      job: () => {
        throw new Error('not called');
      },
      notConfigured: name => ({
        name: 'none',
        message: `No workload source for '${name}'`,
      }),
    });
    await expect(jobs.read('qa')).resolves.toEqual({
      source: {
        name: 'none',
        status: 'unavailable',
        error: {
          type: 'NOT_CONFIGURED',
          message: "No workload source for 'qa'",
        },
      },
    });
  });
});
