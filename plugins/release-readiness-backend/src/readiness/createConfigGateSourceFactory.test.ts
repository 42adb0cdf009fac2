/* eslint-disable no-script-url -- these tests feed script URLs on purpose, to see them refused */
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { createConfigGateSourceFactory } from './createConfigGateSourceFactory';

function create(config: object) {
  return createConfigGateSourceFactory().create({
    environment: 'prod',
    system: 'default',
    keyPrefix: 'releaseReadiness.environments.prod',
    owner: 'platform',
    config: new ConfigReader({ gates: { source: 'config', config } }),
    logger: mockServices.logger.mock(),
  });
}

describe('createConfigGateSourceFactory', () => {
  it('reports the configured results with their http(s) links', async () => {
    const source = await create({
      ref: 'v1.8.0',
      refUrl: 'https://github.com/servanda/servanda/releases/tag/v1.8.0',
      checks: {
        lint: 'passed',
        'trivy-scan': {
          state: 'failed',
          url: 'http://jenkins.servanda.example/job/trivy/77/',
          detail: 'CVE-2026-21917',
        },
      },
    });
    await expect(
      source.getChecks({}, { signal: new AbortController().signal }),
    ).resolves.toEqual({
      ref: {
        name: 'v1.8.0',
        url: 'https://github.com/servanda/servanda/releases/tag/v1.8.0',
      },
      checks: [
        { name: 'lint', state: 'passed' },
        {
          name: 'trivy-scan',
          state: 'failed',
          url: 'http://jenkins.servanda.example/job/trivy/77/',
          detail: 'CVE-2026-21917',
        },
      ],
    });
  });

  it.each([
    ['javascript:alert(document.cookie)'],
    ['JavaScript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['//evil.example/phish'],
    ['/relative/path'],
    ['ftp://files.servanda.example/'],
  ])('refuses to start with a refUrl of %s, naming the key', url => {
    expect(() => create({ refUrl: url, checks: {} })).toThrow(
      "Invalid configuration at 'releaseReadiness.environments.prod.gates.config.refUrl': expected an http:// or https:// URL",
    );
  });

  it('refuses to start with a check url that is not http(s), naming the key and not the value', () => {
    let message = '';
    try {
      create({
        checks: { lint: { state: 'passed', url: 'javascript:alert(1)' } },
      });
    } catch (error) {
      message = String(error);
    }
    expect(message).toContain(
      "Invalid configuration at 'releaseReadiness.environments.prod.gates.config.checks.lint.url': expected an http:// or https:// URL",
    );
    expect(message).not.toContain('javascript:');
  });
});
