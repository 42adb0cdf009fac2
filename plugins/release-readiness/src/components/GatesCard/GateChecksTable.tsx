import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { ReadinessEvidence } from '@release-readiness/plugin-release-readiness-common';
import { formatTime } from '../../format';
import { SafeLink, StatusChip } from '../shared';

/**
 * The checks of one gate: state, detail, time and a link to each (http(s) links only); for a manual gate a button to
 * set a result.
 *
 * @public
 */
export function GateChecksTable(props: {
  checks: ReadinessEvidence[];
  onSet?: (check: string) => void;
  /** Shows the set buttons disabled (the user may not set results). */
  setDisabled?: boolean;
  /** The id of the element saying why the set buttons are disabled. */
  setDescribedBy?: string;
}) {
  const { checks, onSet, setDisabled, setDescribedBy } = props;
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
              <SafeLink to={check.url}>{check.label}</SafeLink>
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
                <Button
                  size="small"
                  onClick={() => onSet(check.label)}
                  disabled={setDisabled}
                  aria-describedby={setDescribedBy}
                >
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
