import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { ReadinessEvidence } from '@release-readiness/plugin-release-readiness-common';
import { SafeLink, StatusChip } from '../shared';
import { useFormatters } from '../shared/useFormatters';

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
  const { t, formatTime } = useFormatters();
  return (
    <Table size="small" aria-label={t('environment.gates.checks')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('environment.gates.check')}</TableCell>
          <TableCell>{t('environment.gates.state')}</TableCell>
          <TableCell>{t('environment.gates.detail')}</TableCell>
          <TableCell>{t('environment.gates.when')}</TableCell>
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
                  {t('environment.gates.setResult')}
                </Button>
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
