import { Progress } from '@backstage/core-components';
import { ResponseError } from '@backstage/errors';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { BackupsResponse } from '@release-readiness/plugin-release-readiness-common';
import { useState } from 'react';
import { useRestoreTests } from '../../hooks/useRestoreTests';
import {
  LoadError,
  SafeLink,
  SourceMark,
  StatusChip,
  useFormatters,
} from '../shared';
import { RecordRestoreTestDialog } from './RecordRestoreTestDialog';
import { RestoreTestRecordsTable } from './RestoreTestRecordsTable';

/** How many recent records the card lists. */
const RECENT = 10;

function isNotRecords(error: Error | undefined): boolean {
  return error instanceof ResponseError && error.statusCode === 404;
}

/**
 * The environment's restore test: the last one against its max age with its report link, and —
 * when the environment keeps restore-test records (`backups.restoreTest.source: records`) — the
 * recent records and a "Record a restore test" button; otherwise the button is disabled with the
 * reason.
 */
export function RestoreTestSection(props: {
  system: string;
  environment: string;
  restoreTest: BackupsResponse['restoreTest'];
  /** Called after a record was saved (e.g. to reload the backups). */
  onRecorded(): void;
}) {
  const { system, environment, restoreTest, onRecorded } = props;
  const records = useRestoreTests(system, environment, RECENT);
  const [dialogKey, setDialogKey] = useState<number>();
  const notRecords = isNotRecords(records.error);
  const { t, formatTime, describeAge } = useFormatters();
  const disabledReason = notRecords
    ? t('backups.restoreTest.notRecorded', {
        environment,
        source: restoreTest?.kind ?? t('backups.restoreTest.itsSource'),
      })
    : undefined;

  return (
    <Stack
      spacing={1}
      component="section"
      aria-label={t('backups.restoreTest.label')}
    >
      <Typography variant="subtitle1" component="h3">
        {t('backups.restoreTest.title')}
      </Typography>
      {restoreTest ? (
        <Stack
          direction="row"
          spacing={1}
          alignItems="center"
          useFlexGap
          flexWrap="wrap"
          data-testid="restore-test"
        >
          <StatusChip status={restoreTest.status} />
          <Typography variant="body2">
            {describeAge(
              { age: restoreTest.age, rpo: restoreTest.maxAge },
              'max age',
            )}
            {restoreTest.at &&
              t('backups.restoreTest.lastPassed', {
                at: formatTime(restoreTest.at),
              })}
          </Typography>
          {restoreTest.link && (
            <SafeLink to={restoreTest.link}>
              {t('backups.restoreTest.report')}
            </SafeLink>
          )}
          <Typography variant="body2" color="text.secondary">
            {restoreTest.detail}
          </Typography>
          <SourceMark source={restoreTest.source} />
        </Stack>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {t('backups.restoreTest.notConfigured', { environment })}
        </Typography>
      )}
      {restoreTest && (
        <Stack direction="row" spacing={1} alignItems="center">
          <Button
            variant="outlined"
            size="small"
            disabled={notRecords || records.loading}
            onClick={() => setDialogKey(Date.now())}
          >
            {t('backups.restoreTest.record')}
          </Button>
          {disabledReason && (
            <Typography variant="caption" color="text.secondary">
              {disabledReason}
            </Typography>
          )}
        </Stack>
      )}
      {restoreTest && !notRecords && records.loading && <Progress />}
      {restoreTest && !notRecords && records.error && (
        <LoadError
          error={records.error}
          title={t('backups.restoreTest.recordsLoadError')}
          onRetry={records.retry}
        />
      )}
      {restoreTest &&
        records.value &&
        (records.value.items.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {t('backups.restoreTest.noRecords')}
          </Typography>
        ) : (
          <RestoreTestRecordsTable records={records.value.items} />
        ))}
      {dialogKey !== undefined && (
        <RecordRestoreTestDialog
          key={dialogKey}
          system={system}
          environment={environment}
          onClose={saved => {
            setDialogKey(undefined);
            if (saved) {
              records.retry();
              onRecorded();
            }
          }}
        />
      )}
    </Stack>
  );
}
