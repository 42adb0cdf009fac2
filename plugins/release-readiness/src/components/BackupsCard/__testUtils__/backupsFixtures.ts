/* eslint-disable no-script-url -- the fixtures hold script URLs on purpose, to see them refused */
import { ResponseError } from '@backstage/errors';
import type {
  BackupItemResult,
  BackupsResponse,
  RestoreTestRecord,
} from '@release-readiness/plugin-release-readiness-common';
import type userEvent from '@testing-library/user-event';

/** A minute ago. */
export const fetchedAt = new Date(Date.now() - 60_000).toISOString();
/** The demo cluster, read a minute ago. */
export const cluster = {
  name: 'kubernetes:demo',
  status: 'ok' as const,
  fetchedAt,
};

export function item(
  i: Partial<BackupItemResult> & Pick<BackupItemResult, 'name'>,
): BackupItemResult {
  return {
    kind: 'kubernetes-cronjob',
    lastSuccess: new Date(Date.now() - 20 * 3600_000).toISOString(),
    age: 'PT20H',
    rpo: 'PT24H',
    status: 'pass',
    detail: 'Job servanda-db-backup-29412 succeeded',
    source: cluster,
    ...i,
  };
}

export function backups(over: Partial<BackupsResponse> = {}): BackupsResponse {
  return {
    environment: 'prod',
    items: [
      item({ name: 'pg-dump', url: 'https://cluster.example/jobs/pg' }),
      item({
        name: 'offsite',
        kind: 'prometheus',
        age: 'P3DT1H',
        rpo: 'PT26H',
        status: 'fail',
        detail: 'last offsite copy 3 days ago',
        url: 'javascript:alert(1)',
        source: { name: 'prometheus:demo', status: 'ok', fetchedAt },
      }),
      item({
        name: 'velero-daily',
        kind: 'velero',
        lastSuccess: undefined,
        age: undefined,
        status: 'unknown',
        detail: 'No completed backup of schedule servanda-daily',
      }),
    ],
    walLag: item({
      name: 'wal',
      kind: 'prometheus',
      age: 'PT2M',
      rpo: 'PT5M',
      detail: 'WAL archived 2 min ago',
    }),
    restoreTest: {
      ...item({
        name: 'restore-test',
        kind: 'kubernetes-job',
        age: 'P12D',
        rpo: 'P30D',
        detail: 'Job restore-drill-11 succeeded',
      }),
      maxAge: 'P30D',
      at: new Date(Date.now() - 12 * 86400_000).toISOString(),
      link: 'https://wiki.example/restore/11',
    },
    source: cluster,
    ...over,
  };
}

export async function responseError(
  status: number,
  name: string,
  message: string,
): Promise<ResponseError> {
  return ResponseError.fromResponse(
    new Response(
      JSON.stringify({
        error: { name, message },
        request: { method: 'GET', url: '/' },
        response: { statusCode: status },
      }),
      { status, headers: { 'content-type': 'application/json' } },
    ),
  );
}

export const notRecords = () =>
  responseError(
    404,
    'NotFoundError',
    'prod keeps no restore-test records (backups.restoreTest.source: records)',
  );

export function record(r: Partial<RestoreTestRecord> = {}): RestoreTestRecord {
  return {
    id: 'r1',
    system: 'servanda',
    environment: 'stage',
    testedAt: '2026-11-20T09:30:00.000Z',
    outcome: 'passed',
    link: 'https://wiki.example/restore/10',
    reason: 'restored the anonymised snapshot, all checks green',
    actor: 'user:default/lena.kraus',
    createdAt: '2026-11-20T10:00:00.000Z',
    ...r,
  };
}

/** Types by pasting: a keystroke at a time is slow with MUI's fields. */
export async function fill(
  user: ReturnType<typeof userEvent.setup>,
  field: HTMLElement,
  text: string,
) {
  await user.click(field);
  await user.paste(text);
}
