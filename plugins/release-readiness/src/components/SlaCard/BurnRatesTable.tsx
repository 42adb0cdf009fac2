import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { BurnRate } from '@release-readiness/plugin-release-readiness-common';
import { StatusChip, useFormatters } from '../shared';

const ALERT = {
  fail: 'sla.status.firing',
  pass: 'sla.status.quiet',
  unknown: 'sla.status.noData',
} as const;

function rate(value: number | null, noData: string): string {
  return value === null ? noData : `${Number(value.toFixed(2))}×`;
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
  const { t, formatDuration } = useFormatters();
  const noData = t('sla.burnRates.noData');
  return (
    <Table size="small" aria-label={label}>
      <TableHead>
        <TableRow>
          <TableCell>{t('sla.burnRates.windows')}</TableCell>
          <TableCell align="right">{t('sla.burnRates.threshold')}</TableCell>
          <TableCell align="right">{t('sla.burnRates.long')}</TableCell>
          <TableCell align="right">{t('sla.burnRates.short')}</TableCell>
          <TableCell>{t('sla.burnRates.alert')}</TableCell>
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
          return (
            <TableRow key={`${b.long}/${b.short}`}>
              <TableCell>
                {formatDuration(b.long)} / {formatDuration(b.short)}
              </TableCell>
              <TableCell align="right">{rate(b.threshold, noData)}</TableCell>
              <TableCell align="right">{rate(b.longRate, noData)}</TableCell>
              <TableCell align="right">{rate(b.shortRate, noData)}</TableCell>
              <TableCell>
                <StatusChip status={status} label={t(ALERT[status])} />
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
