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
import { PersonLink } from '../shared';
import { formatRotaRange, formatRotaTime } from '../../format';

function People(props: {
  assignments: OnCallAssignment[];
  week: OnCallWeek;
  timeZone?: string;
}) {
  const { assignments, week, timeZone } = props;
  if (assignments.length === 0) {
    return (
      <Typography variant="body2" color="error">
        nobody
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

function gapLabel(gap: OnCallGap, timeZone?: string): string {
  const who = gap.missing.map(m => `no ${m}`).join(', ');
  return `Gap: ${who} from ${formatRotaTime(gap.start, timeZone)}`;
}

/** The next weeks of the rota, one row per week; weeks with a gap are highlighted. */
export function OnCallRotaTable(props: {
  weeks: OnCallWeek[];
  timeZone?: string;
}) {
  const { weeks, timeZone } = props;
  return (
    <Table size="small" aria-label="On-call rota">
      <TableHead>
        <TableRow>
          <TableCell>Week</TableCell>
          <TableCell>Primary</TableCell>
          <TableCell>Backup</TableCell>
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
                  <Chip
                    key={gap.start}
                    size="small"
                    color="error"
                    label={gapLabel(gap, timeZone)}
                    sx={{ mt: 0.5 }}
                  />
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
