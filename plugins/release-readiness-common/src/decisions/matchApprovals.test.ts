import { matchApprovals } from './matchApprovals';

describe('matchApprovals', () => {
  it.each([
    ['nobody', [], {}],
    [
      'one voter for one approval',
      [{ voter: 'a', approvals: ['rc'] }],
      { rc: 'a' },
    ],
    [
      'one voter eligible for two (fills one, the earlier approval)',
      [{ voter: 'a', approvals: ['rc', 'po'] }],
      { po: 'a' },
    ],
    [
      'two voters for the same approval (fills one)',
      [
        { voter: 'a', approvals: ['po'] },
        { voter: 'b', approvals: ['po'] },
      ],
      { po: 'a' },
    ],
    [
      'a voter moved so that a later one fits (greedy would fill one)',
      [
        { voter: 'a', approvals: ['po', 'rc'] },
        { voter: 'b', approvals: ['po'] },
      ],
      { po: 'b', rc: 'a' },
    ],
    [
      'a chain of moves',
      [
        { voter: 'a', approvals: ['po', 'rc'] },
        { voter: 'b', approvals: ['rc', 'tl'] },
        { voter: 'c', approvals: ['po'] },
      ],
      { po: 'c', rc: 'a', tl: 'b' },
    ],
    ['approvals nobody can fill', [{ voter: 'a', approvals: ['other'] }], {}],
  ])('%s', (_what, voters, expected) => {
    expect(
      Object.fromEntries(matchApprovals(['po', 'rc', 'tl'], voters)),
    ).toEqual(expected);
  });

  it('fills as many approvals as exist people for them, over every order of votes', () => {
    const voters = [
      { voter: 'a', approvals: ['po', 'rc', 'tl'] },
      { voter: 'b', approvals: ['po'] },
      { voter: 'c', approvals: ['po', 'rc'] },
    ];
    const orders = [
      [0, 1, 2],
      [0, 2, 1],
      [1, 0, 2],
      [1, 2, 0],
      [2, 0, 1],
      [2, 1, 0],
    ];
    for (const order of orders) {
      const matched = matchApprovals(
        ['po', 'rc', 'tl'],
        order.map(i => voters[i]),
      );
      expect(matched.size).toBe(3);
      expect(new Set(matched.values()).size).toBe(3);
      for (const [approval, voter] of matched) {
        expect(voters.find(v => v.voter === voter)!.approvals).toContain(
          approval,
        );
      }
    }
  });
});
