import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { BurnRate } from '@release-readiness/plugin-release-readiness-common';
import { formatDuration, StatusChip } from '../shared';

function rate(value: number | null): string {
  return value === null ? 'no data' : `${Number(value.toFixed(2))}×`;
}

/**
 * The burn rates of a budget per window pair (long / short) against the pair's threshold; a
 * pair fires when both windows burn faster. A window without data never fires, and says so.
 */
export function BurnRatesTable(props: {
  burnRates: BurnRate[];
  label: string;
}) {
  const { burnRates, label } = props;
  return (
    <Table size="small" aria-label={label}>
      <TableHead>
        <TableRow>
          <TableCell>Windows</TableCell>
          <TableCell align="right">Threshold</TableCell>
          <TableCell align="right">Long</TableCell>
          <TableCell align="right">Short</TableCell>
          <TableCell>Alert</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {burnRates.map(b => {
          const known = b.longRate !== null && b.shortRate !== null;
          let status: 'pass' | 'fail' | 'unknown' = 'unknown';
          if (b.firing) {
            status = 'fail';
          } else if (known) {
            status = 'pass';
          }
          const labels = { fail: 'Firing', pass: 'Quiet', unknown: 'No data' };
          return (
            <TableRow key={`${b.long}/${b.short}`}>
              <TableCell>
                {formatDuration(b.long)} / {formatDuration(b.short)}
              </TableCell>
              <TableCell align="right">{rate(b.threshold)}</TableCell>
              <TableCell align="right">{rate(b.longRate)}</TableCell>
              <TableCell align="right">{rate(b.shortRate)}</TableCell>
              <TableCell>
                <StatusChip status={status} label={labels[status]} />
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
