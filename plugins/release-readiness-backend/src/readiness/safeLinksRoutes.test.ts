/* eslint-disable no-script-url -- this test feeds script URLs on purpose, to see them dropped */
import { createBackendModule } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  releaseReadinessGateSourcesExtensionPoint,
  releaseReadinessIncidentSourcesExtensionPoint,
} from '@release-readiness/plugin-release-readiness-node';
import request from 'supertest';
import { releaseReadinessPlugin } from '../plugin';

/**
 * Issue 8, point 5, through the real plugin: links that upstream data carries (check URLs, the
 * checked ref's URL, incident URLs) leave the backend only as http(s) URLs; others are dropped
 * with a note, and a dropped link is not a failed check.
 */

jest.setTimeout(60_000);

const HTTPS_RUN = 'https://github.com/servanda/servanda/runs/104';

const upstreamLinks = createBackendModule({
  pluginId: 'release-readiness',
  moduleId: 'safe-links-test-sources',
  register(reg) {
    reg.registerInit({
      deps: {
        gates: releaseReadinessGateSourcesExtensionPoint,
        incidents: releaseReadinessIncidentSourcesExtensionPoint,
      },
      async init({ gates, incidents }) {
        gates.addGateSource({
          type: 'test-ci',
          create: () => ({
            key: 'test-ci:links',
            name: 'test-ci',
            defaultRef: 'v1.4.2',
            getChecks: async () => ({
              ref: { name: 'v1.4.2', url: 'vbscript:msgbox(1)' },
              checks: [
                {
                  name: 'lint',
                  state: 'passed',
                  url: 'javascript:alert(document.cookie)',
                },
                {
                  name: 'deploy-check',
                  state: 'passed',
                  url: ' JavaScript:alert(1)',
                },
                {
                  name: 'preview',
                  state: 'passed',
                  url: 'data:text/html,<script>alert(1)</script>',
                },
                { name: 'trivy-scan', state: 'passed', url: HTTPS_RUN },
              ],
            }),
          }),
        });
        incidents.addIncidentSource({
          type: 'test-incidents',
          create: () => ({
            key: 'test-incidents:links',
            name: 'test-incidents',
            listOpenIncidents: async () => ({
              incidents: [
                {
                  id: 'Q1',
                  title: 'Slow thumbnails',
                  severity: 'P3',
                  status: 'triggered',
                  createdAt: '2026-03-24T10:00:00Z',
                  url: 'javascript:fetch("//evil.example")',
                },
              ],
            }),
          }),
        });
      },
    });
  },
});

describe('links from upstream data, through the real plugin', () => {
  it('leave the backend only as http(s) URLs; others are dropped with a note and fail nothing', async () => {
    const { server } = await startTestBackend({
      features: [
        releaseReadinessPlugin,
        upstreamLinks,
        catalogServiceMock.factory({ entities: [] }),
        mockServices.rootConfig.factory({
          data: {
            releaseReadiness: {
              environments: {
                prod: {
                  title: 'Production',
                  order: 1,
                  gates: { source: 'test-ci' },
                  incidents: { source: 'test-incidents' },
                  readiness: {
                    gates: {
                      release: {
                        title: 'Release gate',
                        checks: [
                          'lint',
                          'deploy-check',
                          'preview',
                          'trivy-scan',
                        ],
                      },
                    },
                    preconditions: {
                      incidents: {
                        type: 'incident-free',
                        severities: ['P0', 'P1'],
                      },
                    },
                  },
                },
              },
            },
          },
        }),
      ],
    });
    const res = await request(server)
      .get('/api/release-readiness/environments/prod/readiness')
      .set('Authorization', mockCredentials.user.header());
    expect(res.status).toBe(200);
    expect(res.text).not.toMatch(/javascript:|vbscript:|data:text/i);

    const release = res.body.items.find(
      (i: { id: string }) => i.id === 'release',
    );
    expect(
      release.evidence.map(
        (e: { label: string; url?: string; detail?: string }) => [
          e.label,
          e.url,
          e.detail,
        ],
      ),
    ).toEqual([
      ['lint', undefined, 'link removed: not an http(s) URL'],
      ['deploy-check', undefined, 'link removed: not an http(s) URL'],
      ['preview', undefined, 'link removed: not an http(s) URL'],
      ['trivy-scan', HTTPS_RUN, undefined],
    ]);
    expect(release.gate.ref).toEqual({ name: 'v1.4.2' });
    expect(release.status).toBe('pass');

    const incidents = res.body.items.find(
      (i: { id: string }) => i.id === 'incidents',
    );
    expect(incidents.status).toBe('pass');
    expect(incidents.evidence[0]).not.toHaveProperty('url');
    expect(incidents.evidence[0].detail).toContain(
      'link removed: not an http(s) URL',
    );
    expect(res.body.verdict).toBe('ready');
  });
});
