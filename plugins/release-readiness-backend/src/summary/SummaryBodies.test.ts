import type { SystemReadinessSummary } from '@release-readiness/plugin-release-readiness-common';
import { SummaryBodies } from './SummaryBodies';

const summary = (name: string): SystemReadinessSummary => ({
  name,
  title: name,
  entityRef: `system:default/${name}`,
  policy: {
    origin: 'config',
    location: `releaseReadiness.systems.${name}`,
    status: 'ok',
  },
  verdict: 'unknown',
  environments: [],
});

describe('SummaryBodies', () => {
  it('serialises once while the summaries are the same objects, again when one is replaced', () => {
    const bodies = new SummaryBodies();
    const a = summary('a');
    const b = summary('b');
    const produce = jest.fn((items: SystemReadinessSummary[]) => () => ({
      items,
    }));
    const first = bodies.get('q', [a, b], produce([a, b]));
    const again = bodies.get('q', [a, b], produce([a, b]));
    expect(again).toBe(first);
    expect(JSON.parse(first.body.toString('utf8')).items).toHaveLength(2);

    // An equal but new summary (judged again) is a new body, and a new tag only if it differs.
    const b2 = { ...summary('b'), verdict: 'blocked' as const };
    const changed = bodies.get('q', [a, b2], produce([a, b2]));
    expect(changed.etag).not.toBe(first.etag);
    const same = bodies.get('q', [a, summary('b')], produce([a, summary('b')]));
    expect(same.etag).toBe(first.etag);
    // Another query is another body.
    expect(bodies.get('other', [a], produce([a])).etag).not.toBe(first.etag);
  });
});
