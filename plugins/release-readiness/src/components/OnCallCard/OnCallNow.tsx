import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type {
  OnCallCurrent,
  OnCallPerson,
} from '@release-readiness/plugin-release-readiness-common';
import { PersonLink } from '../shared';
import { formatRotaTime } from '../../format';

function Duty(props: { label: string; people: OnCallPerson[] }) {
  const { label, people } = props;
  return (
    <Stack spacing={0.5} aria-label={label} component="section">
      <Typography variant="overline" component="h3">
        {label}
      </Typography>
      {people.length === 0 ? (
        <Alert severity="error">
          Nobody is {label.toLocaleLowerCase()} right now
        </Alert>
      ) : (
        people.map((person, i) => <PersonLink key={i} person={person} />)
      )}
    </Stack>
  );
}

/** Who is primary and backup right now, and until when. */
export function OnCallNow(props: {
  current: OnCallCurrent;
  timeZone?: string;
}) {
  const { current, timeZone } = props;
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={4}>
        <Duty label="Primary" people={current.primary} />
        <Duty label="Backup" people={current.backup} />
      </Stack>
      {current.until && (
        <Typography variant="body2">
          <strong>Next handover:</strong>{' '}
          {formatRotaTime(current.until, timeZone)}
          {timeZone && ` (${timeZone})`}
        </Typography>
      )}
    </Stack>
  );
}
