import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { RestoreTestRecord } from '@release-readiness/plugin-release-readiness-common';
import { SafeLink, StatusChip, useFormatters } from '../shared';
import { OUTCOME_LABEL } from './outcomeLabel';

/** The recent restore-test records, newest first: when, outcome, report, reason and who. */
export function RestoreTestRecordsTable(props: {
  records: RestoreTestRecord[];
}) {
  const { t, formatTime } = useFormatters();
  return (
    <Table size="small" aria-label={t('backups.records.label')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('backups.records.testedAt')}</TableCell>
          <TableCell>{t('backups.records.outcome')}</TableCell>
          <TableCell>{t('backups.records.report')}</TableCell>
          <TableCell>{t('backups.records.reason')}</TableCell>
          <TableCell>{t('backups.records.recordedBy')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.records.map(record => (
          <TableRow key={record.id}>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              {formatTime(record.testedAt)}
            </TableCell>
            <TableCell>
              <StatusChip
                status={record.outcome === 'passed' ? 'pass' : 'fail'}
                label={t(OUTCOME_LABEL[record.outcome])}
              />
            </TableCell>
            <TableCell>
              <SafeLink to={record.link}>
                {t('backups.records.reportLink')}
              </SafeLink>
            </TableCell>
            <TableCell sx={{ wordBreak: 'break-word' }}>
              {record.reason}
            </TableCell>
            <TableCell>
              {record.actor}
              {' · '}
              {formatTime(record.createdAt)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
