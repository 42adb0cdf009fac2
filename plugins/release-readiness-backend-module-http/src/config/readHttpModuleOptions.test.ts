import { ConfigReader } from '@backstage/config';
import { resolve } from 'node:path';
import { readHttpModuleOptions } from './readHttpModuleOptions';

const read = (http?: object, collector?: object) =>
  readHttpModuleOptions(
    new ConfigReader({ releaseReadiness: { http, collector } }),
  );

describe('readHttpModuleOptions', () => {
  it('allows no hosts and adds no CA by default; probes take 5 s, or 90 % of a shorter collector timeout', () => {
    expect(readHttpModuleOptions(new ConfigReader({}))).toEqual({
      allowedHosts: [],
      collectorTimeoutMs: 5000,
      defaultTimeoutMs: 4500,
    });
    expect(read(undefined, { timeout: { seconds: 30 } })).toMatchObject({
      collectorTimeoutMs: 30000,
      defaultTimeoutMs: 5000,
    });
    expect(read(undefined, { timeout: '2s' })).toMatchObject({
      collectorTimeoutMs: 2000,
      defaultTimeoutMs: 1800,
    });
  });

  it('reads allowed hosts, normalised as URLs are', () => {
    expect(
      read({
        allowedHosts: [
          'localhost:7011',
          'Status.Servanda.TEST',
          '[::1]:8080',
          '127.1:80',
        ],
      }).allowedHosts,
    ).toEqual([
      { hostname: 'localhost', port: 7011, text: 'localhost:7011' },
      { hostname: 'status.servanda.test', text: 'Status.Servanda.TEST' },
      { hostname: '[::1]', port: 8080, text: '[::1]:8080' },
      { hostname: '127.0.0.1', port: 80, text: '127.1:80' },
    ]);
  });

  it('refuses entries that are not host or host:port, and unknown keys, naming each', () => {
    expect(() =>
      read({
        allowedHosts: [
          'https://status.test',
          '*.servanda.test',
          'h.test:0',
          'h.test/x',
          'ok.test',
        ],
        allowedIps: ['10.0.0.0/8'],
      }),
    ).toThrow(
      [
        ...[0, 1, 2, 3].map(
          i =>
            `Invalid configuration at 'releaseReadiness.http.allowedHosts.${i}': expected a host or host:port, e.g. status.servanda.example or localhost:7011 (no scheme, path or wildcard)`,
        ),
        "Invalid configuration at 'releaseReadiness.http.allowedIps': unknown key, expected one of allowedHosts, caFile",
      ].join('; '),
    );
  });

  it('reads the platform CA file', () => {
    const caFile = resolve(__dirname, '../__fixtures__/tls/ca.crt');
    const { ca } = read({ caFile });
    expect(ca).toHaveLength(1);
    expect(ca?.[0]).toMatch(
      /^-----BEGIN CERTIFICATE-----\n[\s\S]+-----END CERTIFICATE-----$/,
    );
    expect(() => read({ caFile: resolve(__dirname, 'absent.crt') })).toThrow(
      "Invalid configuration at 'releaseReadiness.http.caFile': the file cannot be read",
    );
  });
});
