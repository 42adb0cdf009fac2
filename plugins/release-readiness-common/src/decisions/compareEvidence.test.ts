import { compareEvidence } from './compareEvidence';
import { blockedEvidence, item, readyEvidence } from './__fixtures__/decisions';

describe('compareEvidence', () => {
  it('lists nothing when nothing changed', () => {
    expect(
      compareEvidence(readyEvidence, {
        ...readyEvidence,
        at: '2026-03-24T15:00:00Z',
      }),
    ).toEqual([]);
  });

  it('lists status changes, removed items and added items', () => {
    expect(compareEvidence(readyEvidence, blockedEvidence)).toEqual([
      {
        item: 'backup',
        title: 'Backup younger than 24 h',
        from: 'pass',
        to: 'fail',
      },
      {
        item: 'restore-test',
        title: 'Restore test',
        from: 'pass',
        to: 'unknown',
      },
      {
        item: 'error-budget',
        title: 'Error budget',
        from: 'absent',
        to: 'warn',
      },
    ]);
    expect(
      compareEvidence(readyEvidence, {
        ...readyEvidence,
        items: [
          readyEvidence.items[0],
          item('backup', 'Backup (renamed)', 'pass', 'fine'),
        ],
      }),
    ).toEqual([
      {
        item: 'restore-test',
        title: 'Restore test',
        from: 'pass',
        to: 'absent',
      },
    ]);
  });
});
