import { findOnCallGaps } from '@release-readiness/plugin-release-readiness-common';
import { PagerDutyClient } from '../client';
import {
  sendJson,
  startTestServer,
  TestServer,
} from '@release-readiness/plugin-release-readiness-node/testUtils';
import page1 from './__fixtures__/oncalls-escalation-policy-page-1.json';
import page2 from './__fixtures__/oncalls-escalation-policy-page-2.json';
import schedulesPage from './__fixtures__/oncalls-schedules.json';
import { pagedListHandler } from '../testing/pagedListHandler';
import { PagerDutyOnCallSource } from './PagerDutyOnCallSource';

const TOKEN = 'u+oncall-canary-token';
const handover = { weekday: 1, time: '09:00', timeZone: 'Europe/Berlin' };
const range = {
  start: '2026-03-10T00:00:00.000Z',
  end: '2026-03-24T00:00:00.000Z',
};

/** A `javascript:` link, spelt so that the linter's no-script-url does not object to the test input. */
const SCRIPT_URL = ['javascript', 'alert(1)'].join(':');

describe('PagerDutyOnCallSource', () => {
  let server: TestServer;
  let clock: number;
  let client: PagerDutyClient;
  const signal = new AbortController().signal;

  beforeEach(async () => {
    server = await startTestServer();
    clock = Date.parse('2026-03-12T12:00:00Z');
    client = new PagerDutyClient({
      token: TOKEN,
      baseUrl: server.url,
      now: () => clock,
    });
  });

  afterEach(() => server.close());

  function policySource() {
    return new PagerDutyOnCallSource({
      client,
      target: { escalationPolicyId: 'PSVNDEP' },
      handover,
    });
  }

  it('asks /oncalls for the policy over the range, with users, in UTC, page by page', async () => {
    server.handle((req, res) =>
      sendJson(res, 200, req.query.get('offset') === '0' ? page1 : page2),
    );
    await policySource().listShifts(range, { signal });

    expect(server.requests.map(r => r.path)).toEqual(['/oncalls', '/oncalls']);
    const [first, second] = server.requests;
    expect(first.query.getAll('escalation_policy_ids[]')).toEqual(['PSVNDEP']);
    expect(first.query.get('since')).toBe(range.start);
    expect(first.query.get('until')).toBe(range.end);
    expect(first.query.get('time_zone')).toBe('UTC');
    expect(first.query.getAll('include[]')).toEqual(['users']);
    expect(first.headers.authorization).toBe(`Token token=${TOKEN}`);
    expect(second.query.get('offset')).toBe('3');
  });

  it('takes level 1 as primary and level 2 as backup, and leaves deeper levels out', async () => {
    server.handle((req, res) =>
      sendJson(res, 200, req.query.get('offset') === '0' ? page1 : page2),
    );
    const shifts = await policySource().listShifts(range, { signal });

    expect(
      shifts.map(s => [s.role, s.person.displayName, s.start, s.end]),
    ).toEqual([
      [
        'primary',
        'Mara Schulz',
        '2026-03-09T08:00:00Z',
        '2026-03-16T08:00:00Z',
      ],
      [
        'primary',
        'Tobias Becker',
        '2026-03-11T08:00:00Z',
        '2026-03-11T16:00:00Z',
      ],
      [
        'primary',
        'Deniz Yilmaz',
        '2026-03-16T08:00:00Z',
        '2026-03-23T08:00:00Z',
      ],
      ['backup', 'Aylin Koch', '2026-03-09T08:00:00Z', '2026-03-16T08:00:00Z'],
      [
        'backup',
        'Deniz Yilmaz',
        '2026-03-16T08:00:00Z',
        '2026-03-20T08:00:00Z',
      ],
    ]);
    // the level-3 CTO (permanently on call as last resort) is not shown as on call
    expect(shifts.some(s => s.person.displayName === 'Tim Wright')).toBe(false);
    expect(shifts[0].person).toEqual({
      displayName: 'Mara Schulz',
      email: 'mara.schulz@servanda.example',
      picture: 'https://secure.gravatar.com/avatar/pmara01.png?d=mm&r=PG',
      url: 'https://servanda.pagerduty.com/users/PMARA01',
    });
  });

  it('yields the gaps PagerDuty leaves, with overlapping shifts counted once', async () => {
    server.handle((req, res) =>
      sendJson(res, 200, req.query.get('offset') === '0' ? page1 : page2),
    );
    const shifts = await policySource().listShifts(range, { signal });
    expect(findOnCallGaps(shifts, range)).toEqual([
      {
        start: '2026-03-20T08:00:00.000Z',
        end: '2026-03-23T08:00:00.000Z',
        missing: ['backup'],
      },
      {
        start: '2026-03-23T08:00:00.000Z',
        end: '2026-03-24T00:00:00.000Z',
        missing: ['primary', 'backup'],
      },
    ]);
  });

  it('maps configured schedules to duties, merges duplicates and clips permanent on-calls', async () => {
    server.handle((_req, res) => sendJson(res, 200, schedulesPage));
    const source = new PagerDutyOnCallSource({
      client,
      target: { schedules: { primary: ['PSCHPRI'], backup: ['PSCHSEN'] } },
      handover,
    });
    const shifts = await source.listShifts(range, { signal });

    expect(server.requests[0].query.getAll('schedule_ids[]')).toEqual([
      'PSCHPRI',
      'PSCHSEN',
    ]);
    expect(server.requests[0].query.has('escalation_policy_ids[]')).toBe(false);
    expect(shifts).toEqual([
      {
        role: 'primary',
        start: '2026-03-09T08:00:00Z',
        end: '2026-03-16T08:00:00Z',
        person: {
          displayName: 'Mara Schulz',
          url: 'https://servanda.pagerduty.com/users/PMARA01',
        },
      },
      {
        role: 'backup',
        start: '2026-03-09T08:00:00Z',
        end: '2026-03-16T08:00:00Z',
        person: {
          displayName: 'Aylin Koch',
          url: 'https://servanda.pagerduty.com/users/PAYLIN1',
        },
      },
    ]);
    expect(source.key).toBe('pagerduty:schedules:PSCHPRI|PSCHSEN');
  });

  it('clips a permanent on-call at a policy level to the range', async () => {
    server.handle((_req, res) =>
      sendJson(res, 200, {
        oncalls: [{ ...page2.oncalls[2], escalation_level: 2 }],
        limit: 100,
        offset: 0,
        more: false,
        total: null,
      }),
    );
    const [shift] = await policySource().listShifts(range, { signal });
    expect(shift).toMatchObject({
      role: 'backup',
      start: range.start,
      end: range.end,
    });
  });

  it('is keyed by policy, so environments sharing it share one cached result', () => {
    const a = policySource();
    const b = new PagerDutyOnCallSource({
      client,
      target: { escalationPolicyId: 'PSVNDEP' },
      handover: { weekday: 1, time: '00:00', timeZone: 'UTC' },
    });
    expect(a.key).toBe('pagerduty:escalation-policy:PSVNDEP');
    expect(b.key).toBe(a.key);
    expect(a.name).toBe('pagerduty:escalation-policy/PSVNDEP');
  });

  it('honours 429 with ratelimit-reset: no call until the reset, then one', async () => {
    server.handle((_req, res) =>
      sendJson(
        res,
        429,
        { error: { message: 'Rate Limit Exceeded', code: 2020 } },
        {
          'ratelimit-limit': '960',
          'ratelimit-remaining': '0',
          'ratelimit-reset': '30',
        },
      ),
    );
    const source = policySource();
    await expect(source.listShifts(range, { signal })).rejects.toMatchObject({
      name: 'SourceUnavailableError',
      type: 'RATE_LIMITED',
      retryAfterMs: 30_000,
    });
    server.handle((req, res) =>
      sendJson(res, 200, req.query.get('offset') === '0' ? page1 : page2),
    );
    clock += 29_000;
    await expect(source.listShifts(range, { signal })).rejects.toMatchObject({
      type: 'RATE_LIMITED',
    });
    expect(server.requests).toHaveLength(1);
    clock += 1_000;
    await expect(source.listShifts(range, { signal })).resolves.toHaveLength(5);
    expect(server.requests).toHaveLength(3);
  });

  it('reports 401 as UNAUTHORIZED without the token', async () => {
    server.handle((_req, res) =>
      sendJson(res, 401, {
        error: { message: 'Authentication failed', code: 2006 },
      }),
    );
    const error = await policySource()
      .listShifts(range, { signal })
      .catch(e => e);
    expect(error).toMatchObject({
      name: 'SourceUnavailableError',
      type: 'UNAUTHORIZED',
    });
    expect(error.message).toContain('/oncalls answered HTTP 401');
    expect(error.message).not.toContain(TOKEN);
  });

  function oncall(level: number, user: object) {
    return {
      escalation_level: level,
      schedule: null,
      start: range.start,
      end: range.end,
      user: { id: `PUSER${level}`, name: `Engineer ${level}`, ...user },
    };
  }

  it('keeps user links and pictures only as http(s) URLs, dropping those with credentials', async () => {
    server.handle(
      pagedListHandler('oncalls', [
        oncall(1, {
          html_url:
            'https://ops:pd-user-secret@servanda.pagerduty.com/users/PUSER1',
          avatar_url:
            'https://ops:pd-user-secret@secure.gravatar.com/avatar/1.png',
        }),
        oncall(2, {
          html_url: SCRIPT_URL,
          avatar_url: 'data:image/png;base64,AAAA',
        }),
      ]),
    );
    const shifts = await policySource().listShifts(range, { signal });
    expect(shifts.map(s => s.person)).toEqual([
      { displayName: 'Engineer 1' },
      { displayName: 'Engineer 2' },
    ]);
  });

  it('refuses a rota cut at PagerDuty’s 10,000-entry limit instead of showing it as complete', async () => {
    server.handle(
      pagedListHandler(
        'oncalls',
        Array.from({ length: 10_001 }, () => oncall(1, {})),
      ),
    );
    await expect(
      policySource().listShifts(range, { signal }),
    ).rejects.toMatchObject({
      name: 'SourceUnavailableError',
      type: 'BAD_RESPONSE',
    });
  });

  it("belongs to its client's rate-limit group", () => {
    expect(policySource().rateLimitGroup).toBe(client.rateLimitGroup);
    expect(policySource().rateLimitGroup).not.toContain(TOKEN);
  });
});
