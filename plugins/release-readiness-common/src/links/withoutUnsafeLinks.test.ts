/* eslint-disable no-script-url -- these tests feed script URLs on purpose, to see them refused */
import type { ReadinessItem } from '../readiness/resultTypes';
import { withoutUnsafeLinks } from './withoutUnsafeLinks';

const item = (over: Partial<ReadinessItem>): ReadinessItem => ({
  id: 'release',
  kind: 'gate',
  title: 'Release gate',
  status: 'pass',
  reason: '1/1 checks passed (1 required)',
  evidence: [],
  source: { name: 'github:servanda/servanda', status: 'ok' },
  enforcement: 'block',
  ...over,
});

describe('withoutUnsafeLinks', () => {
  it('keeps http(s) links as they are', () => {
    const safe = item({
      evidence: [
        {
          label: 'lint',
          url: 'https://github.com/servanda/servanda/runs/101',
          detail: 'success',
        },
      ],
      gate: {
        passed: 1,
        required: 1,
        total: 1,
        source: 'ci',
        ref: { name: 'v1.8.0', url: 'https://github.com/servanda/servanda' },
      },
    });
    expect(withoutUnsafeLinks(safe)).toEqual(safe);
  });

  it('drops an unsafe evidence link and an unsafe ref link, noting it in the detail', () => {
    const result = withoutUnsafeLinks(
      item({
        evidence: [
          { label: 'lint', url: 'javascript:alert(1)', detail: 'success' },
          { label: 'build', url: 'data:text/html,x' },
        ],
        gate: {
          passed: 1,
          required: 1,
          total: 1,
          source: 'ci',
          ref: { name: 'v1.8.0', sha: '4f2a9c1', url: 'javascript:void 0' },
        },
      }),
    );
    expect(result.evidence).toEqual([
      { label: 'lint', detail: 'success; link removed: not an http(s) URL' },
      { label: 'build', detail: 'link removed: not an http(s) URL' },
    ]);
    expect(result.gate?.ref).toEqual({ name: 'v1.8.0', sha: '4f2a9c1' });
  });
});
