import { observeVeleroBackups } from './observeVeleroBackups';
import type { VeleroBackup } from './VeleroBackup';

const backup = (
  name: string,
  status: NonNullable<VeleroBackup['status']>,
  creationTimestamp?: string,
): VeleroBackup => ({
  metadata: { name, ...(creationTimestamp && { creationTimestamp }) },
  status,
});

describe('observeVeleroBackups', () => {
  it('takes the Completed backup that completed last, whatever the list order', () => {
    const observation = observeVeleroBackups(
      [
        backup('b', {
          phase: 'Completed',
          startTimestamp: '2025-06-02T01:00:00Z',
          completionTimestamp: '2025-06-02T01:10:00Z',
        }),
        backup('a', {
          phase: 'Completed',
          startTimestamp: '2025-06-01T01:00:00Z',
          completionTimestamp: '2025-06-01T01:10:00Z',
        }),
      ],
      'of schedule daily',
    );
    expect(observation.lastSuccessAt).toBe('2025-06-02T01:10:00.000Z');
    expect(observation.lastRun?.detail).toBe('Velero backup b (Completed)');
  });

  it('never counts a Completed backup without a completion time, nor one being deleted', () => {
    const observation = observeVeleroBackups(
      [
        backup('no-time', { phase: 'Completed' }),
        backup('deleting', {
          phase: 'Deleting',
          startTimestamp: '2025-06-03T01:00:00Z',
          completionTimestamp: '2025-06-03T01:10:00Z',
        }),
      ],
      'of schedule daily',
    );
    expect(observation).toEqual({
      detail: 'No completed Velero backup of schedule daily',
    });
  });

  it('orders runs by start, else creation: a FailedValidation backup has no start of its own', () => {
    const observation = observeVeleroBackups(
      [
        backup('ok', {
          phase: 'Completed',
          startTimestamp: '2025-06-01T01:00:00Z',
          completionTimestamp: '2025-06-01T01:10:00Z',
        }),
        backup(
          'invalid',
          { phase: 'FailedValidation' },
          '2025-06-02T01:00:00Z',
        ),
      ],
      'of schedule daily',
    );
    expect(observation.lastRun).toEqual({
      at: '2025-06-02T01:00:00.000Z',
      succeeded: false,
      detail: 'Velero backup invalid (FailedValidation)',
    });
  });

  it('counts one error in the singular', () => {
    const observation = observeVeleroBackups(
      [
        backup('partly', {
          phase: 'PartiallyFailed',
          startTimestamp: '2025-06-01T01:00:00Z',
          completionTimestamp: '2025-06-01T01:10:00Z',
          errors: 1,
        }),
      ],
      'of schedule daily',
    );
    expect(observation.lastRun?.detail).toBe(
      'Velero backup partly (PartiallyFailed, 1 error)',
    );
  });
});
