import { ObjectStore } from '../store/ObjectStore';
import { parseResourcePath } from '../store/parseResourcePath';
import { renderList } from './renderList';

const backup = (
  name: string,
  namespace: string,
  schedule: string,
  phase: string,
) => ({
  apiVersion: 'velero.io/v1',
  kind: 'Backup',
  metadata: {
    name,
    namespace,
    labels: { 'velero.io/schedule-name': schedule },
  },
  spec: { includedNamespaces: ['servanda-prod'] },
  status: { phase, completionTimestamp: '2025-06-02T01:12:00Z' },
});

const store = new ObjectStore();
store.replaceAll([
  backup('daily-2', 'velero', 'daily', 'PartiallyFailed'),
  backup('daily-1', 'velero', 'daily', 'Completed'),
  backup('weekly-1', 'velero', 'weekly', 'Completed'),
  backup('daily-x', 'other', 'daily', 'Completed'),
  {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: 'restore-test', namespace: 'velero' },
  },
]);

function list(path: string, query = '') {
  const parsed = parseResourcePath(path);
  if (!parsed) throw new Error(`not a collection path: ${path}`);
  return JSON.parse(renderList(parsed, new URLSearchParams(query), store));
}

describe('renderList', () => {
  it('serves Velero Backups as custom objects: a BackupList of the namespace whose items keep apiVersion and kind', () => {
    const body = list('/apis/velero.io/v1/namespaces/velero/backups');
    expect(body.kind).toBe('BackupList');
    expect(body.apiVersion).toBe('velero.io/v1');
    expect(
      body.items.map((i: { metadata: { name: string } }) => i.metadata.name),
    ).toEqual(['daily-1', 'daily-2', 'weekly-1']);
    expect(body.items[0]).toEqual(
      backup('daily-1', 'velero', 'daily', 'Completed'),
    );
  });

  it('selects custom objects by label and pages them', () => {
    const first = list(
      '/apis/velero.io/v1/namespaces/velero/backups',
      'labelSelector=velero.io%2Fschedule-name%3Ddaily&limit=1',
    );
    expect(
      first.items.map((i: { metadata: { name: string } }) => i.metadata.name),
    ).toEqual(['daily-1']);
    const second = list(
      '/apis/velero.io/v1/namespaces/velero/backups',
      `labelSelector=velero.io%2Fschedule-name%3Ddaily&limit=1&continue=${first.metadata.continue}`,
    );
    expect(
      second.items.map((i: { metadata: { name: string } }) => i.metadata.name),
    ).toEqual(['daily-2']);
    expect(second.metadata.continue).toBeUndefined();
  });

  it('still leaves apiVersion and kind out of the items of built-in types', () => {
    const body = list('/apis/batch/v1/namespaces/velero/jobs');
    expect(body.kind).toBe('JobList');
    expect(body.items).toEqual([
      { metadata: { name: 'restore-test', namespace: 'velero' } },
    ]);
  });
});
