import page1 from '../__fixtures__/incidents-page-1.json';
import page2 from '../__fixtures__/incidents-page-2.json';
import { PagerDutyClient } from '../client';
import {
  sendJson,
  startTestServer,
  TestServer,
} from '@release-readiness/plugin-release-readiness-node/testUtils';
import { pagedListHandler } from '../testing/pagedListHandler';
import { PagerDutyIncidentSource } from './PagerDutyIncidentSource';
import { SeverityMapping } from './readSeverityMapping';

const defaults: SeverityMapping = {
  priorities: { P0: 'P0', P1: 'P1', P2: 'P2', P3: 'P3' },
  urgencies: {},
};

/** A `javascript:` link, spelt so that the linter's no-script-url does not object to the test input. */
const SCRIPT_URL = ['javascript', 'alert(1)'].join(':');

describe('PagerDutyIncidentSource', () => {
  let server: TestServer;
  let clock = Date.parse('2026-03-10T12:00:00Z');

  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(() => server.close());

  function source(mapping = defaults) {
    const client = new PagerDutyClient({
      token: 'pd-canary-token',
      baseUrl: server.url,
      now: () => clock,
    });
    return new PagerDutyIncidentSource({
      client,
      serviceIds: ['PSVEXP2', 'PSVAPI1'],
      mapping,
    });
  }

  const signal = () => new AbortController().signal;

  function replay() {
    server.handle((req, res) =>
      sendJson(res, 200, req.query.get('offset') === '0' ? page1 : page2),
    );
  }

  it('asks for open incidents of the services, of any age, page by page', async () => {
    replay();
    await source().listOpenIncidents({ signal: signal() });
    const [first, second] = server.requests;
    expect(first.path).toBe('/incidents');
    expect(first.query.getAll('statuses[]')).toEqual([
      'triggered',
      'acknowledged',
    ]);
    expect(first.query.getAll('service_ids[]')).toEqual(['PSVAPI1', 'PSVEXP2']);
    expect(first.query.get('date_range')).toBe('all');
    expect(second.query.get('offset')).toBe('2');
  });

  it('maps priority first, then urgency, and leaves unmapped incidents without a severity', async () => {
    replay();
    const { incidents } = await source().listOpenIncidents({
      signal: signal(),
    });
    expect(incidents).toEqual([
      {
        id: 'Q0RIJJZL24RC6W',
        title: '[#1042] servanda-api 5xx rate above 2% for 5 minutes',
        severity: 'P1',
        status: 'triggered',
        createdAt: '2026-03-10T09:12:44Z',
        url: 'https://servanda.pagerduty.com/incidents/Q0RIJJZL24RC6W',
        service: 'servanda-api (prod)',
      },
      {
        id: 'Q1VXOQ2P0S6UB3',
        title: '[#1043] Export jobs stuck in queue',
        status: 'acknowledged',
        createdAt: '2026-03-10T10:01:05Z',
        url: 'https://servanda.pagerduty.com/incidents/Q1VXOQ2P0S6UB3',
        service: 'servanda-export-worker (prod)',
      },
      expect.objectContaining({ id: 'Q2J2BL9XK3QZ8F', severity: 'P3' }),
    ]);
  });

  it('maps by configured priority names and urgencies', async () => {
    replay();
    const { incidents } = await source({
      priorities: { P1: 'P0', P3: 'P2' },
      urgencies: { low: 'P3', high: 'P1' },
    }).listOpenIncidents({ signal: signal() });
    expect(incidents.map(i => i.severity)).toEqual(['P0', 'P3', 'P2']);
  });

  it('passes 401 and 500 on as typed errors', async () => {
    server.handle((_req, res) =>
      sendJson(res, 401, {
        error: { message: 'Authentication failed', code: 2006 },
      }),
    );
    await expect(
      source().listOpenIncidents({ signal: signal() }),
    ).rejects.toMatchObject({
      type: 'UNAUTHORIZED',
    });
    server.handle((_req, res) =>
      sendJson(res, 500, { error: { message: 'Internal error' } }),
    );
    await expect(
      source().listOpenIncidents({ signal: signal() }),
    ).rejects.toMatchObject({
      type: 'SERVER_ERROR',
    });
  });

  it('honours 429 with ratelimit-reset and calls PagerDuty again only after it', async () => {
    server.handle((_req, res) =>
      sendJson(
        res,
        429,
        { error: { message: 'Rate Limit Exceeded', code: 2020 } },
        {
          'ratelimit-reset': '42',
        },
      ),
    );
    const incidents = source();
    await expect(
      incidents.listOpenIncidents({ signal: signal() }),
    ).rejects.toMatchObject({
      type: 'RATE_LIMITED',
      retryAfterMs: 42_000,
    });
    replay();
    await expect(
      incidents.listOpenIncidents({ signal: signal() }),
    ).rejects.toMatchObject({
      type: 'RATE_LIMITED',
    });
    expect(server.requests).toHaveLength(1);
    clock += 42_000;
    await expect(
      incidents.listOpenIncidents({ signal: signal() }),
    ).resolves.toMatchObject({
      incidents: expect.any(Array),
    });
  });

  it('stops when the collector aborts a slow PagerDuty', async () => {
    server.handle(() => {
      // never answers
    });
    const controller = new AbortController();
    const pending = source().listOpenIncidents({ signal: controller.signal });
    await new Promise(r => setTimeout(r, 50));
    controller.abort(new Error('No answer within 5000 ms'));
    await expect(pending).rejects.toThrow('No answer within 5000 ms');
    await server.requests[0].aborted;
  });

  /** `n` open low-urgency incidents with a P1 at `p1At` (if given), as PagerDuty lists them. */
  function openIncidents(n: number, p1At?: number) {
    return Array.from({ length: n }, (_, i) => ({
      id: `QINC${i}`,
      title: `incident ${i}`,
      status: 'triggered',
      urgency: 'low',
      created_at: '2026-03-10T09:00:00Z',
      priority: i === p1At ? { id: 'PPRIO1', summary: 'P1' } : null,
    }));
  }

  it('finds a P1 far down a long list and says the list is complete', async () => {
    server.handle(pagedListHandler('incidents', openIncidents(650, 600)));
    const result = await source().listOpenIncidents({ signal: signal() });
    expect(result.truncated).toBe(false);
    expect(result.incidents).toHaveLength(650);
    expect(result.incidents.filter(i => i.severity === 'P1')).toEqual([
      expect.objectContaining({ id: 'QINC600' }),
    ]);
  });

  it('reports a list cut at PagerDuty’s 10,000 limit as truncated', async () => {
    server.handle(pagedListHandler('incidents', openIncidents(10_001)));
    const result = await source().listOpenIncidents({ signal: signal() });
    expect(result.truncated).toBe(true);
    expect(result.incidents).toHaveLength(10_000);
  });

  it('keeps incident links only as http(s) URLs, dropping those with credentials', async () => {
    const [first, second, third] = openIncidents(3);
    server.handle(
      pagedListHandler('incidents', [
        {
          ...first,
          html_url:
            'https://support:pd-link-secret@servanda.pagerduty.com/incidents/QINC0',
        },
        { ...second, html_url: SCRIPT_URL },
        { ...third, html_url: 'not a url' },
      ]),
    );
    const { incidents } = await source().listOpenIncidents({
      signal: signal(),
    });
    expect(incidents.map(i => i.url)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(JSON.stringify(incidents)).not.toContain('pd-link-secret');
  });

  it("belongs to its client's rate-limit group", () => {
    const client = new PagerDutyClient({ token: 'pd-canary-token' });
    const incidents = source();
    expect(incidents.rateLimitGroup).toBe(client.rateLimitGroup);
    expect(incidents.rateLimitGroup).not.toContain('pd-canary-token');
  });
});
