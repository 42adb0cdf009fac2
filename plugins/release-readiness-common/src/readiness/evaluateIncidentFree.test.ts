import { evaluateIncidentFree } from './evaluateIncidentFree';
import type { OpenIncident, OpenIncidents, Sourced } from './inputTypes';
import type { IncidentFreeRule } from './policyTypes';

const rule: IncidentFreeRule = {
  id: 'no-p1-p2',
  title: 'No open P0–P2 incident',
  type: 'incident-free',
  severities: ['P0', 'P1', 'P2'],
  enforcement: 'block',
};

const incident = (over: Partial<OpenIncident>): OpenIncident => ({
  id: 'Q0RIJJZL24RC6W',
  title: 'servanda-api 5xx rate above 2%',
  status: 'triggered',
  createdAt: '2026-03-24T18:00:00.000Z',
  service: 'servanda-api',
  ...over,
});

const read = (value: OpenIncidents): Sourced<OpenIncidents> => ({
  value,
  source: {
    name: 'pagerduty',
    status: 'ok',
    fetchedAt: '2026-03-24T19:29:00.000Z',
  },
});

describe('evaluateIncidentFree', () => {
  it('passes when the complete list has no blocking incident', () => {
    const item = evaluateIncidentFree(
      rule,
      read({ incidents: [incident({ severity: 'P3' })], truncated: false }),
    );
    expect(item.status).toBe('pass');
    expect(item.reason).toBe(
      'No open P0/P1/P2 incident (1 of lower severity open)',
    );
  });

  it('is unknown, not "no incident", when the list is incomplete', () => {
    const item = evaluateIncidentFree(
      rule,
      read({
        incidents: [
          incident({ id: 'A', severity: 'P3' }),
          incident({ id: 'B', severity: 'P3' }),
        ],
        truncated: true,
      }),
    );
    expect(item.status).toBe('unknown');
    expect(item.reason).toBe(
      'The incident list is incomplete: pagerduty could not read every open incident (2 read, none P0/P1/P2), so a P0/P1/P2 incident may be among the rest',
    );
    // what was read is still shown
    expect(item.evidence.map(e => [e.label, e.status])).toEqual([
      ['P3: servanda-api 5xx rate above 2%', 'pass'],
      ['P3: servanda-api 5xx rate above 2%', 'pass'],
    ]);
  });

  it('is unknown when an incomplete list read no incident at all', () => {
    const item = evaluateIncidentFree(
      rule,
      read({ incidents: [], truncated: true }),
    );
    expect(item.status).toBe('unknown');
    expect(item.reason).toMatch(/^The incident list is incomplete: /);
  });

  it('says the list is incomplete rather than only that a severity does not map', () => {
    const item = evaluateIncidentFree(
      rule,
      read({ incidents: [incident({})], truncated: true }),
    );
    expect(item.status).toBe('unknown');
    expect(item.reason).toMatch(/^The incident list is incomplete: /);
  });

  it('still fails on a blocking incident among those read', () => {
    const item = evaluateIncidentFree(
      rule,
      read({
        incidents: [
          incident({ id: 'A', severity: 'P3' }),
          incident({ id: 'B', severity: 'P1', title: 'Login fails' }),
        ],
        truncated: true,
      }),
    );
    expect(item.status).toBe('fail');
    expect(item.reason).toBe('1 open P0/P1/P2 incident: Login fails');
  });
});
