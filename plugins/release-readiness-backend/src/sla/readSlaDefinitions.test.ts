import { ConfigReader } from '@backstage/config';
import type { JsonObject } from '@backstage/types';
import { readEnvironments } from '../environments/readEnvironments';
import { readSlaDefinitions } from './readSlaDefinitions';
import { startSlaBackend } from './__testUtils__/startSlaBackend';

const KEY = 'releaseReadiness.environments.prod.sla';
const OBJECTIVES = `${KEY}.services.api-gateway.objectives`;

/** The portal's configuration with one `prod` environment whose `sla` block is `sla`. */
const read = (sla: JsonObject) =>
  readSlaDefinitions(
    readEnvironments(
      new ConfigReader({
        releaseReadiness: {
          environments: {
            dev: { title: 'Development', order: 1 },
            prod: { title: 'Production', order: 3, sla },
          },
        },
      }),
    ),
  );

const withObjective = (objective: JsonObject): JsonObject => ({
  source: 'test',
  services: {
    'api-gateway': {
      selector: 'service="api-gateway"',
      objectives: { objective },
    },
  },
});

describe('readSlaDefinitions', () => {
  it('reads services and objectives with their defaults, for environments with sla only', () => {
    const definitions = read({
      source: 'prometheus',
      prometheus: { server: 'main' },
      services: {
        'api-gateway': {
          selector: 'service="api-gateway"',
          objectives: {
            availability: { kind: 'availability', target: 0.999 },
            'p99-100ms': {
              kind: 'latency',
              title: 'P99 under 100 ms',
              target: 0.99,
              threshold: 0.1,
              window: 'calendar-month',
              minRequests: 1000,
            },
            'rollback-5xx': {
              kind: 'error-rate',
              role: 'rollback-trigger',
              target: 0.02,
              window: 'PT5M',
            },
          },
        },
      },
    });
    expect([...definitions.keys()]).toEqual(['prod']);
    expect(definitions.get('prod')).toEqual([
      {
        name: 'api-gateway',
        metric: 'servanda_http_request_duration_seconds',
        selector: 'service="api-gateway"',
        errorSelector: 'status_code=~"5.."',
        objectives: [
          {
            id: 'availability',
            title: 'Availability (availability)',
            kind: 'availability',
            role: 'slo',
            target: 0.999,
            window: 'P30D',
            minRequests: 100,
          },
          {
            id: 'p99-100ms',
            title: 'P99 under 100 ms',
            kind: 'latency',
            role: 'slo',
            target: 0.99,
            threshold: 0.1,
            window: 'calendar-month',
            minRequests: 1000,
          },
          {
            id: 'rollback-5xx',
            title: 'Error rate (rollback-5xx)',
            kind: 'error-rate',
            role: 'rollback-trigger',
            target: 0.02,
            window: 'PT5M',
            minRequests: 100,
          },
        ],
      },
    ]);
  });

  it.each([
    [
      'a target above 1',
      { kind: 'availability', target: 1.5 },
      `Invalid configuration at '${OBJECTIVES}.objective.target'`,
    ],
    [
      'a target of 1 (no budget at all)',
      { kind: 'availability', target: 1 },
      `Invalid configuration at '${OBJECTIVES}.objective.target'`,
    ],
    [
      'a latency objective without a threshold',
      { kind: 'latency', target: 0.99 },
      `Invalid configuration at '${OBJECTIVES}.objective.threshold': a latency objective needs a threshold in seconds`,
    ],
    [
      'a threshold on an availability objective',
      { kind: 'availability', target: 0.99, threshold: 0.1 },
      `Invalid configuration at '${OBJECTIVES}.objective.threshold': only latency objectives have a threshold`,
    ],
    [
      'a window that is no duration',
      { kind: 'availability', target: 0.999, window: 'P30X' },
      `Invalid configuration at '${OBJECTIVES}.objective.window': expected an ISO 8601 duration such as P30D or PT5M, or calendar-month`,
    ],
    [
      'a window of zero length',
      { kind: 'availability', target: 0.999, window: 'PT0S' },
      `Invalid configuration at '${OBJECTIVES}.objective.window'`,
    ],
    [
      'a negative window',
      { kind: 'error-rate', target: 0.02, window: 'PT-5M' },
      `Invalid configuration at '${OBJECTIVES}.objective.window'`,
    ],
    [
      'an unknown role',
      { kind: 'availability', role: 'canary', target: 0.999 },
      `Invalid configuration at '${OBJECTIVES}.objective.role'`,
    ],
    [
      'an unknown key',
      { kind: 'availability', target: 0.999, windows: 'P7D' },
      `Invalid configuration at '${OBJECTIVES}.objective'`,
    ],
  ])('refuses %s and names the key', (_what, objective, message) => {
    expect(() => read(withObjective(objective))).toThrow(message);
  });

  it('names the unknown key of an objective', () => {
    expect(() =>
      read(withObjective({ kind: 'availability', target: 0.9, windows: 'x' })),
    ).toThrow(/windows/);
  });

  it('refuses a service without a selector, and a bad service id, naming the key', () => {
    expect(() =>
      read({
        source: 'test',
        services: { 'api-gateway': { objectives: {} } },
      }),
    ).toThrow(
      `Invalid configuration at '${KEY}.services.api-gateway.selector'`,
    );
    expect(() =>
      read({
        source: 'test',
        services: { ApiGateway: { selector: 'x="y"', objectives: {} } },
      }),
    ).toThrow(`Invalid configuration at '${KEY}.services.ApiGateway'`);
    expect(() => read({ services: {} })).toThrow(
      `Invalid configuration at '${KEY}.source'`,
    );
  });

  it('names the keys of a team policy file as in the file', () => {
    const environments = readEnvironments({
      name: 'servanda',
      owner: 'team',
      prefix: '',
      config: new ConfigReader({
        environments: {
          prod: {
            title: 'Production',
            order: 3,
            sla: withObjective({ kind: 'availability', target: 2 }),
          },
        },
      }),
    });
    expect(() => readSlaDefinitions(environments)).toThrow(
      "Invalid configuration at 'environments.prod.sla.services.api-gateway.objectives.objective.target'",
    );
  });
});

describe('SLA configuration at start-up', () => {
  it('refuses to start with an invalid objective, naming the key', async () => {
    await expect(
      startSlaBackend({
        releaseReadiness: {
          environments: {
            prod: {
              title: 'Production',
              order: 3,
              sla: withObjective({ kind: 'latency', target: 0.99 }),
            },
          },
        },
        measure: async () => ({ services: [] }),
      }),
    ).rejects.toThrow(
      `Invalid configuration at '${OBJECTIVES}.objective.threshold'`,
    );
  });

  it('refuses to start when sla.source names a type no module installs', async () => {
    await expect(
      startSlaBackend({
        releaseReadiness: {
          environments: {
            prod: {
              title: 'Production',
              order: 3,
              sla: {
                ...withObjective({ kind: 'availability', target: 0.999 }),
                source: 'prometheus',
              },
            },
          },
        },
        measure: async () => ({ services: [] }),
      }),
    ).rejects.toThrow(
      `Invalid configuration at '${KEY}.source': no sla source of type 'prometheus' is installed (installed: test)`,
    );
  });
});
