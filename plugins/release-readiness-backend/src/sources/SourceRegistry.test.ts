import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { readEnvironments } from '../environments/readEnvironments';
import { SourceRegistry } from './SourceRegistry';

const environments = readEnvironments(
  new ConfigReader({
    releaseReadiness: {
      environments: {
        dev: {
          title: 'Dev',
          order: 1,
          workloads: { source: 'fake', label: 'd' },
        },
        stage: { title: 'Stage', order: 2, kubernetes: { namespace: 's' } },
        prod: { title: 'Prod', order: 3 },
      },
    },
  }),
);
const logger = mockServices.logger.mock();

describe('SourceRegistry', () => {
  it('creates a source per environment from its configured or default type', async () => {
    const registry = new SourceRegistry<{ env: string; label?: string }>(
      'workloads',
      {
        defaultType: e => (e.config.has('kubernetes') ? 'fake' : undefined),
      },
    );
    registry.add({
      type: 'fake',
      create: ({ environment, config }) => ({
        env: environment,
        label: config.getOptionalString('workloads.label'),
      }),
    });
    const sources = await registry.createAll(environments, logger);
    expect([...sources.keys()]).toEqual(['dev', 'stage']);
    expect(sources.get('dev')).toEqual({
      type: 'fake',
      source: { env: 'dev', label: 'd' },
    });
    expect(sources.get('stage')?.source.env).toBe('stage');
  });

  it('refuses an unknown type and names the key and the installed types', async () => {
    const registry = new SourceRegistry<unknown>('workloads');
    registry.add({ type: 'other', create: () => ({}) });
    await expect(registry.createAll(environments, logger)).rejects.toThrow(
      "Invalid configuration at 'releaseReadiness.environments.dev.workloads.source': no workloads source of type 'fake' is installed (installed: other)",
    );
  });

  it('refuses two factories of the same type', () => {
    const registry = new SourceRegistry<unknown>('workloads');
    registry.add({ type: 'x', create: () => ({}) });
    expect(() => registry.add({ type: 'x', create: () => ({}) })).toThrow(
      'added twice',
    );
  });

  it('passes on a factory error, which stops the backend', async () => {
    const registry = new SourceRegistry<unknown>('workloads');
    registry.add({
      type: 'fake',
      create: () => {
        throw new Error(
          "Invalid configuration at 'releaseReadiness.environments.dev.kubernetes.url'",
        );
      },
    });
    await expect(registry.createAll(environments, logger)).rejects.toThrow(
      'kubernetes.url',
    );
  });
});
