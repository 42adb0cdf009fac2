import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type {
  OnCallAssignment,
  OnCallGap,
  OnCallWeek,
} from '@release-readiness/plugin-release-readiness-common';
import { PersonLink, useFormatters } from '../shared';

const NO_ONE = {
  primary: 'people.rota.noPrimary',
  backup: 'people.rota.noBackup',
} as const;

function People(props: {
  assignments: OnCallAssignment[];
  week: OnCallWeek;
  timeZone?: string;
}) {
  const { assignments, week, timeZone } = props;
  const { t, formatRotaRange } = useFormatters();
  if (assignments.length === 0) {
    return (
      <Typography variant="body2" color="error">
        {t('people.rota.nobody')}
      </Typography>
    );
  }
  return (
    <Stack spacing={0.5}>
      {assignments.map((a, i) => {
        const partial = a.start !== week.start || a.end !== week.end;
        return (
          <Stack key={i} spacing={0}>
            <PersonLink person={a.person} />
            {partial && (
              <Typography variant="caption" color="text.secondary">
                {formatRotaRange(a, timeZone)}
              </Typography>
            )}
          </Stack>
        );
      })}
    </Stack>
  );
}

function GapChip(props: { gap: OnCallGap; timeZone?: string }) {
  const { gap, timeZone } = props;
  const { t, formatRotaTime } = useFormatters();
  const missing = gap.missing.map(m => t(NO_ONE[m])).join(', ');
  return (
    <Chip
      size="small"
      color="error"
      label={t('people.rota.gap', {
        missing,
        from: formatRotaTime(gap.start, timeZone),
      })}
      sx={{ mt: 0.5 }}
    />
  );
}

/** The next weeks of the rota, one row per week; weeks with a gap are highlighted. */
export function OnCallRotaTable(props: {
  weeks: OnCallWeek[];
  timeZone?: string;
}) {
  const { weeks, timeZone } = props;
  const { t, formatRotaRange } = useFormatters();
  return (
    <Table size="small" aria-label={t('people.rota.label')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('people.rota.week')}</TableCell>
          <TableCell>{t('people.rota.primary')}</TableCell>
          <TableCell>{t('people.rota.backup')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {weeks.map(week => {
          const hasGap = week.gaps.length > 0;
          return (
            <TableRow
              key={week.start}
              data-gap={hasGap ? 'true' : undefined}
              sx={hasGap ? { bgcolor: 'rgba(211, 47, 47, 0.08)' } : undefined}
            >
              <TableCell sx={{ verticalAlign: 'top' }}>
                <Typography variant="body2">
                  {formatRotaRange(week, timeZone)}
                </Typography>
                {week.gaps.map(gap => (
                  <GapChip key={gap.start} gap={gap} timeZone={timeZone} />
                ))}
              </TableCell>
              <TableCell sx={{ verticalAlign: 'top' }}>
                <People
                  assignments={week.primary}
                  week={week}
                  timeZone={timeZone}
                />
              </TableCell>
              <TableCell sx={{ verticalAlign: 'top' }}>
                <People
                  assignments={week.backup}
                  week={week}
                  timeZone={timeZone}
                />
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
