import type {
  ReadinessItem,
  ReadinessResponse,
  SourceInfo,
} from '@release-readiness/plugin-release-readiness-common';
import { summarizeReadiness } from './summarizeReadiness';

const environment = { name: 'prod', title: 'Production', order: 3 };

function item(id: string, source: SourceInfo): ReadinessItem {
  return {
    id,
    kind: 'gate',
    title: id,
    status: source.status === 'ok' ? 'pass' : 'unknown',
    reason: `${id} judged`,
    evidence: [],
    source,
    enforcement: 'block',
  };
}

function readiness(items: ReadinessItem[], reasons = 0): ReadinessResponse {
  return {
    environment: 'prod',
    verdict:
      items.every(i => i.status === 'pass') && items.length > 0
        ? 'ready'
        : 'unknown',
    reasons: Array.from({ length: reasons }, (_, i) => ({
      itemId: `item-${i}`,
      status: 'unknown' as const,
      enforcement: 'block' as const,
      text: `reason ${i}`,
    })),
    items,
    nextWindow: null,
    at: '2026-03-24T10:00:00.000Z',
    changeType: 'standard',
    risk: 'normal',
    changeTypes: ['standard'],
  };
}

describe('summarizeReadiness', () => {
  it('keeps the verdict, takes the worst source status with its error and the oldest "as of"', () => {
    const summary = summarizeReadiness(
      environment,
      readiness(
        [
          item('release', {
            name: 'config',
            status: 'ok',
            fetchedAt: '2026-03-24T09:59:00.000Z',
          }),
          item('incidents', {
            name: 'pagerduty',
            status: 'stale',
            fetchedAt: '2026-03-24T09:10:00.000Z',
            error: { type: 'TIMEOUT', message: 'No answer within 5 s' },
          }),
          item('staging', {
            name: 'manual-gates',
            status: 'ok',
            fetchedAt: '2026-03-24T10:00:00.000Z',
          }),
        ],
        5,
      ),
    );
    expect(summary).toEqual({
      ...environment,
      verdict: 'unknown',
      source: {
        status: 'stale',
        asOf: '2026-03-24T09:10:00.000Z',
        name: 'pagerduty',
        error: { type: 'TIMEOUT', message: 'No answer within 5 s' },
      },
      reasons: [
        expect.objectContaining({ text: 'reason 0' }),
        expect.objectContaining({ text: 'reason 1' }),
        expect.objectContaining({ text: 'reason 2' }),
      ],
      reasonCount: 5,
    });
  });

  it('says unavailable before stale, and never ok for an evaluation that read nothing', () => {
    const mixed = summarizeReadiness(
      environment,
      readiness([
        item('a', {
          name: 'a',
          status: 'stale',
          fetchedAt: '2026-03-24T09:00:00.000Z',
        }),
        item('b', {
          name: 'b',
          status: 'unavailable',
          error: { type: 'UNAUTHORIZED', message: 'Refused the credentials' },
        }),
      ]),
    );
    expect(mixed.source).toEqual({
      status: 'unavailable',
      asOf: '2026-03-24T09:00:00.000Z',
      name: 'b',
      error: { type: 'UNAUTHORIZED', message: 'Refused the credentials' },
    });
    const nothing = summarizeReadiness(environment, readiness([], 1));
    expect(nothing.verdict).toBe('unknown');
    expect(nothing.source).toMatchObject({
      status: 'unavailable',
      error: { type: 'NOT_CONFIGURED' },
    });
  });
});
