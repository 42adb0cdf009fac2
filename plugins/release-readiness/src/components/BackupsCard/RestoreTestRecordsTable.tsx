import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { RestoreTestRecord } from '@release-readiness/plugin-release-readiness-common';
import { formatTime } from '../../format';
import { SafeLink, StatusChip } from '../shared';

/** The recent restore-test records, newest first: when, outcome, report, reason and who. */
export function RestoreTestRecordsTable(props: {
  records: RestoreTestRecord[];
}) {
  return (
    <Table size="small" aria-label="Restore-test records">
      <TableHead>
        <TableRow>
          <TableCell>Tested at</TableCell>
          <TableCell>Outcome</TableCell>
          <TableCell>Report</TableCell>
          <TableCell>Reason</TableCell>
          <TableCell>Recorded by</TableCell>
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
                label={record.outcome}
              />
            </TableCell>
            <TableCell>
              <SafeLink to={record.link}>report</SafeLink>
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
