import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type {
  CalendarOccurrence,
  CalendarResponse,
} from '@release-readiness/plugin-release-readiness-common';
import { DateTime } from 'luxon';
import { useCalendar } from '../../hooks/useCalendar';
import { SourceLine, SourcedContent } from '../shared';
import { groupByDay } from './groupByDay';
import { useFormatters } from '../shared/useFormatters';

const DAYS = 14;

function Window(props: { occurrence: CalendarOccurrence; now: DateTime }) {
  const { occurrence: o, now } = props;
  const { t, formatTime } = useFormatters();
  const active =
    DateTime.fromISO(o.start) <= now && now < DateTime.fromISO(o.end);
  return (
    <Stack direction="row" spacing={1} alignItems="center">
      <Chip
        size="small"
        color={o.kind === 'freeze' ? 'error' : 'success'}
        variant={active ? 'filled' : 'outlined'}
        label={
          active ? t('environment.calendar.now', { title: o.title }) : o.title
        }
      />
      <Typography variant="caption">
        {formatTime(o.start, o.timeZone)} – {formatTime(o.end, o.timeZone)}
        {o.exemptChangeTypes.length > 0 &&
          t('environment.calendar.exempt', {
            types: o.exemptChangeTypes.join(', '),
          })}
      </Typography>
    </Stack>
  );
}

function Days(props: { calendar: CalendarResponse }) {
  const { calendar } = props;
  const now = DateTime.now();
  const { t, language } = useFormatters();
  const days = groupByDay(
    calendar.occurrences,
    calendar.from,
    calendar.to,
    undefined,
    language,
  );
  return (
    <Table size="small" aria-label={t('environment.calendar.label')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('environment.calendar.day')}</TableCell>
          <TableCell>{t('environment.calendar.freezes')}</TableCell>
          <TableCell>{t('environment.calendar.releaseWindows')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {days.map(day => (
          <TableRow key={day.date}>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{day.label}</TableCell>
            <TableCell>
              <Stack spacing={0.5}>
                {day.freezes.map(o => (
                  <Window key={o.windowId + o.start} occurrence={o} now={now} />
                ))}
              </Stack>
            </TableCell>
            <TableCell>
              <Stack spacing={0.5}>
                {day.releases.map(o => (
                  <Window key={o.windowId + o.start} occurrence={o} now={now} />
                ))}
              </Stack>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/**
 * The freeze and release calendar of an environment for the next 14 days; days in the viewer's
 * time zone, window times in the zone of their rule.
 *
 * @public
 */
export function CalendarCard(props: { system: string; environment: string }) {
  const state = useCalendar(props.system, props.environment, DAYS);
  const { t } = useFormatters();
  return (
    <Card
      variant="outlined"
      component="section"
      aria-label={t('environment.calendar.label')}
    >
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {t('environment.calendar.title', { count: DAYS })}
        </Typography>
        {/* Windows are configuration, expanded by the backend for this request. */}
        <SourcedContent
          state={state}
          title={t('environment.calendar.loadError')}
        >
          {value =>
            value.windows.length === 0 ? (
              <Typography variant="body2" color="text.secondary">
                {t('environment.calendar.none')}
              </Typography>
            ) : (
              <Stack spacing={1}>
                <Typography variant="body2">
                  {value.releaseWindowRequired
                    ? t('environment.calendar.windowRequired')
                    : t('environment.calendar.noWindowRequired')}
                </Typography>
                <Days calendar={value} />
                <SourceLine
                  source={{
                    name: 'calendar',
                    status: 'ok',
                    fetchedAt: value.from,
                  }}
                />
              </Stack>
            )
          }
        </SourcedContent>
      </CardContent>
    </Card>
  );
}
