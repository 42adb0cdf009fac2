import { ConfigReader } from '@backstage/config';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPrometheusServers } from './readPrometheusServers';

const SECRET = 'canary-secret-91b2';

const read = (servers: object, collector?: object) =>
  readPrometheusServers(
    new ConfigReader({
      releaseReadiness: {
        prometheus: { servers },
        ...(collector && { collector }),
      },
    }),
  );
const messageOf = (servers: object, collector?: object) => {
  try {
    read(servers, collector);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a configuration error');
};

describe('readPrometheusServers', () => {
  it('reads servers with bearer or basic auth, a base path and the default timeout', () => {
    const servers = read({
      main: {
        url: 'https://prometheus.servanda.example/',
        auth: { type: 'bearer', token: SECRET },
      },
      thanos: {
        url: 'http://thanos.example/prom',
        auth: { type: 'basic', username: 'board', password: SECRET },
        timeout: '3s',
      },
      open: { url: 'http://127.0.0.1:9090' },
    });
    expect(servers.get('main')).toMatchObject({
      url: 'https://prometheus.servanda.example',
      authorization: `Bearer ${SECRET}`,
      timeoutMs: 4500, // 90 % of the collector's default 5 s, below 10 s
    });
    expect(servers.get('thanos')).toMatchObject({
      url: 'http://thanos.example/prom',
      authorization: `Basic ${Buffer.from(`board:${SECRET}`).toString(
        'base64',
      )}`,
      timeoutMs: 3000,
    });
    expect(servers.get('thanos')?.secrets).toContain(SECRET);
    expect(servers.get('open')).toMatchObject({ secrets: [] });
    expect(servers.get('open')?.authorization).toBeUndefined();
    expect(
      read({ main: { url: 'http://p' } }, { timeout: { seconds: 30 } }).get(
        'main',
      )?.timeoutMs,
    ).toBe(10_000);
    expect(readPrometheusServers(new ConfigReader({})).size).toBe(0);
  });

  it('names every bad key and never quotes a credential', () => {
    const message = messageOf({
      main: {
        url: `https://board:${SECRET}@prometheus.example`,
        auth: { type: 'bearer', token: SECRET, password: SECRET },
        token: SECRET,
      },
      other: { url: 'ftp://prometheus.example' },
      third: { url: 'http://p', auth: { type: 'basic', username: 'a:b' } },
      fourth: { url: 'http://p?token=x', auth: { type: 'oauth' } },
    });
    const key = "Invalid configuration at 'releaseReadiness.prometheus.servers";
    expect(message).toContain(
      `${key}.main.url': must not carry credentials (user:password@); put them into auth`,
    );
    expect(message).toContain(`${key}.main.auth.password': unknown key`);
    expect(message).toContain(`${key}.main.token': unknown key`);
    expect(message).toContain(
      `${key}.other.url': expected an http:// or https:// URL`,
    );
    expect(message).toContain(
      `${key}.third.auth.username': must not contain a colon`,
    );
    expect(message).toContain(
      `${key}.third.auth.password': required for auth type basic`,
    );
    expect(message).toContain(`${key}.fourth.url': must be the base URL`);
    expect(message).toContain(
      `${key}.fourth.auth.type': expected bearer or basic`,
    );
    expect(message).not.toContain(SECRET);
  });

  it('refuses a credential with a line break, naming the key only', () => {
    const message = messageOf({
      main: {
        url: 'http://p',
        auth: { type: 'bearer', token: `${SECRET}\r\nX: y` },
      },
    });
    expect(message).toBe(
      "Invalid configuration at 'releaseReadiness.prometheus.servers.main.auth.token': must not contain line breaks or control characters",
    );
  });

  it('refuses a timeout longer than the collector’s, or no duration at all', () => {
    expect(
      messageOf(
        { main: { url: 'http://p', timeout: '20s' } },
        { timeout: '15s' },
      ),
    ).toBe(
      "Invalid configuration at 'releaseReadiness.prometheus.servers.main.timeout': must not be longer than releaseReadiness.collector.timeout (15000 ms)",
    );
    expect(messageOf({ main: { url: 'http://p', timeout: 'soon' } })).toContain(
      "servers.main.timeout': expected a duration",
    );
  });

  it('reads a caFile and names it when it holds no certificate', () => {
    const dir = mkdtempSync(join(tmpdir(), 'prom-ca-'));
    const bad = join(dir, 'bad.pem');
    writeFileSync(bad, `not a certificate ${SECRET}`);
    const message = messageOf({ main: { url: 'https://p', caFile: bad } });
    expect(message).toBe(
      "Invalid configuration at 'releaseReadiness.prometheus.servers.main.caFile': the file holds no PEM certificate (-----BEGIN CERTIFICATE-----)",
    );
    const good = join(dir, 'ca.pem');
    writeFileSync(
      good,
      '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n',
    );
    expect(
      read({ main: { url: 'https://p', caFile: good } }).get('main')?.ca,
    ).toHaveLength(1);
  });
});
