import {
  rootWithServer,
  slaSourceFor,
} from '../__testUtils__/prometheusSourcesFor';

const root = rootWithServer('http://127.0.0.1:9', {
  auth: { type: 'bearer', token: 'canary-token' },
});
const services = {
  'api-gateway': {
    selector: 'service="api-gateway"',
    objectives: { availability: { kind: 'availability', target: 0.999 } },
  },
};

describe('createPrometheusSlaSourceFactory', () => {
  it('creates a source per environment, keyed by server, system and environment', async () => {
    const source = await slaSourceFor(root, {
      prometheus: { server: 'main' },
      services,
    });
    expect(source).toMatchObject({
      key: 'prometheus:main/shop/prod',
      name: 'prometheus:main',
      rateLimitGroup: 'prometheus:main',
    });
  });

  it('refuses an unknown server, naming the known ones', async () => {
    await expect(
      slaSourceFor(root, { prometheus: { server: 'mian' } }),
    ).rejects.toThrow(
      "Invalid configuration at 'environments.prod.sla.prometheus.server': unknown server 'mian'; known: main (releaseReadiness.prometheus.servers)",
    );
    await expect(
      slaSourceFor({}, { prometheus: { server: 'main' } }),
    ).rejects.toThrow('no servers are configured');
  });

  it("lets a team's block name only a server: no address, no credentials", async () => {
    const error = await slaSourceFor(
      root,
      {
        prometheus: {
          server: 'main',
          url: 'http://evil.example',
          auth: { type: 'bearer', token: 'team-token' },
        },
      },
      { owner: 'team' },
    ).catch(e => e);
    expect(String(error.message)).toBe(
      "Invalid configuration at 'environments.prod.sla.prometheus.url': a team's policy file names a platform Prometheus server (releaseReadiness.prometheus.servers), never an address or credentials; Invalid configuration at 'environments.prod.sla.prometheus.auth': a team's policy file names a platform Prometheus server (releaseReadiness.prometheus.servers), never an address or credentials",
    );
    await expect(
      slaSourceFor(
        root,
        { prometheus: { server: 'main', url: 'http://other' } },
        { owner: 'platform' },
      ),
    ).rejects.toThrow(
      "Invalid configuration at 'environments.prod.sla.prometheus.url': unknown key, expected one of server",
    );
  });

  it('refuses services whose matchers are not label matchers, naming each key', async () => {
    const error = await slaSourceFor(
      root,
      {
        prometheus: { server: 'main' },
        services: {
          'api-gateway': {
            selector: 'service="api-gateway"}) or vector(1',
            errors: 'le="0.1"',
            objectives: {},
          },
          auth: {
            selector: 'service="auth"',
            metric: 'sum(x)',
            objectives: {},
          },
        },
      },
      { owner: 'team' },
    ).catch(e => e);
    expect(String(error.message)).toBe(
      [
        'Invalid configuration at \'environments.prod.sla.services.api-gateway.selector\': expected a comma at character 22; expected label matchers such as service="api-gateway", status_code=~"5.." (a label name, then =, !=, =~ or !~, then a value in double quotes; comma separated)',
        'Invalid configuration at \'environments.prod.sla.services.api-gateway.errors\': the label le is set by the source itself at character 1; expected label matchers such as service="api-gateway", status_code=~"5.." (a label name, then =, !=, =~ or !~, then a value in double quotes; comma separated)',
        "Invalid configuration at 'environments.prod.sla.services.auth.metric': expected a Prometheus metric name",
      ].join('; '),
    );
  });
});
