import type { SystemSummary } from '@release-readiness/plugin-release-readiness-common';
import { orderByOwnership } from './orderByOwnership';

function system(name: string, owner?: string): SystemSummary {
  return {
    name,
    title: name,
    entityRef: `system:default/${name}`,
    ...(owner && { owner }),
    environments: [],
    policy: { origin: 'file', location: `${name}.yaml`, status: 'ok' },
  };
}

describe('orderByOwnership', () => {
  const systems = [
    system('lifetimecircle', 'group:default/lifetimecircle'),
    system('servanda', 'group:default/servanda'),
    system('sva-studio', 'group:default/SVA-Studio'),
    system('unowned'),
    system('wimmelwelt', 'group:default/wimmelwelt'),
  ];

  it("puts the user's systems first, each group in the order given", () => {
    const ordered = orderByOwnership(
      systems,
      new Set(['group:default/wimmelwelt', 'group:default/sva-studio']),
    );
    expect(ordered.map(s => [s.system.name, s.yours])).toEqual([
      ['sva-studio', true],
      ['wimmelwelt', true],
      ['lifetimecircle', false],
      ['servanda', false],
      ['unowned', false],
    ]);
  });

  it('keeps the order given when the user owns none', () => {
    expect(
      orderByOwnership(systems, new Set(['user:default/guest'])).map(
        s => s.system.name,
      ),
    ).toEqual(systems.map(s => s.name));
  });
});
