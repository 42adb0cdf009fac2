import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type {
  OnCallCurrent,
  OnCallPerson,
} from '@release-readiness/plugin-release-readiness-common';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { PersonLink, useFormatters } from '../shared';
import { releaseReadinessTranslationRef } from '../../translations/releaseReadinessTranslationRef';

const DUTY = {
  primary: {
    label: 'people.onCall.primary',
    nobody: 'people.onCall.nobodyPrimary',
  },
  backup: {
    label: 'people.onCall.backup',
    nobody: 'people.onCall.nobodyBackup',
  },
} as const;

function Duty(props: { duty: keyof typeof DUTY; people: OnCallPerson[] }) {
  const { duty, people } = props;
  const { t } = useTranslationRef(releaseReadinessTranslationRef);
  const label = t(DUTY[duty].label);
  return (
    <Stack spacing={0.5} aria-label={label} component="section">
      <Typography variant="overline" component="h3">
        {label}
      </Typography>
      {people.length === 0 ? (
        <Alert severity="error">{t(DUTY[duty].nobody)}</Alert>
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
  const { t, formatRotaTime } = useFormatters();
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={4}>
        <Duty duty="primary" people={current.primary} />
        <Duty duty="backup" people={current.backup} />
      </Stack>
      {current.until && (
        <Typography variant="body2">
          <strong>{t('people.onCall.nextHandover')}</strong>{' '}
          {formatRotaTime(current.until, timeZone)}
          {timeZone && ` (${timeZone})`}
        </Typography>
      )}
    </Stack>
  );
}
