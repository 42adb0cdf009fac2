import { Link } from '@backstage/core-components';
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { ReadinessEvidence } from '@internal/backstage-plugin-release-readiness-common';
import { formatTime } from '../ReadinessSection/formatTime';
import { StatusChip } from '../ReadinessSection/StatusChip';

/**
 * The checks of one gate: state, detail, time and a link to each; for a manual gate a button to
 * set a result.
 *
 * @public
 */
export function GateChecksTable(props: {
  checks: ReadinessEvidence[];
  onSet?: (check: string) => void;
}) {
  const { checks, onSet } = props;
  return (
    <Table size="small" aria-label="Checks">
      <TableHead>
        <TableRow>
          <TableCell>Check</TableCell>
          <TableCell>State</TableCell>
          <TableCell>Detail</TableCell>
          <TableCell>When</TableCell>
          {onSet && <TableCell />}
        </TableRow>
      </TableHead>
      <TableBody>
        {checks.map(check => (
          <TableRow key={check.label}>
            <TableCell>
              {check.url ? (
                <Link to={check.url}>{check.label}</Link>
              ) : (
                check.label
              )}
            </TableCell>
            <TableCell>
              {check.status && (
                <StatusChip status={check.status} label={check.value} />
              )}
            </TableCell>
            <TableCell>{check.detail ?? ''}</TableCell>
            <TableCell>{check.at ? formatTime(check.at) : ''}</TableCell>
            {onSet && (
              <TableCell align="right">
                <Button size="small" onClick={() => onSet(check.label)}>
                  Set result
                </Button>
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
