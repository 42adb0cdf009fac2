import type { VersionsResponse } from '@release-readiness/plugin-release-readiness-common';
import { LastMatrix } from './LastMatrix';

const matrix = (label: string): VersionsResponse => ({
  environments: [],
  rows: [{ kind: 'Deployment', name: label, drift: false, cells: [] }],
});

describe('LastMatrix', () => {
  const inputs = () => [
    { name: 'dev', json: '[{"name":"api"}]', source: '{"status":"ok"}' },
    { name: 'prod', source: '{"status":"unavailable"}' },
  ];

  it('reuses the last matrix while every input is the same', () => {
    const last = new LastMatrix();
    const build = jest.fn(() => matrix('first'));
    const first = last.get(inputs(), build);
    expect(last.get(inputs(), build)).toBe(first);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['a changed value', (i: ReturnType<typeof inputs>) => (i[0].json = '[]')],
    [
      'a changed source status or as-of time',
      (i: ReturnType<typeof inputs>) => (i[1].source = '{"status":"ok"}'),
    ],
    [
      'another environment',
      (i: ReturnType<typeof inputs>) => (i[1].name = 'stage'),
    ],
    ['one environment fewer', (i: ReturnType<typeof inputs>) => i.pop()],
  ])('builds again for %s', (_, change) => {
    const last = new LastMatrix();
    last.get(inputs(), () => matrix('first'));
    const changed = inputs();
    change(changed);
    expect(last.get(changed, () => matrix('second')).rows[0].name).toBe(
      'second',
    );
  });
});
