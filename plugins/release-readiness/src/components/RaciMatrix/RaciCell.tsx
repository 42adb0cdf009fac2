import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type {
  RaciActivity,
  RaciLetter,
} from '@release-readiness/plugin-release-readiness-common';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { PersonLink } from '../shared';
import { releaseReadinessTranslationRef } from '../../translations/releaseReadinessTranslationRef';

/** One cell of the matrix: per configured role, its title and the people holding it. */
export function RaciCell(props: {
  activity: RaciActivity;
  letter: RaciLetter;
  roleTitles: Map<string, string>;
  known: boolean;
}) {
  const { activity, letter, roleTitles, known } = props;
  const { t } = useTranslationRef(releaseReadinessTranslationRef);
  const roles = activity.roles[letter];
  if (roles.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        —
      </Typography>
    );
  }
  return (
    <Stack spacing={1}>
      {roles.map(role => {
        const people = activity[letter].filter(p => p.roles.includes(role));
        return (
          <Stack key={role} spacing={0.5}>
            <Typography variant="caption" color="text.secondary">
              {roleTitles.get(role) ?? role}
            </Typography>
            {people.map(person => (
              <PersonLink key={person.entityRef} person={person} />
            ))}
            {known && people.length === 0 && (
              <Chip
                size="small"
                color={
                  letter === 'responsible' || letter === 'accountable'
                    ? 'error'
                    : 'warning'
                }
                label={t('people.raci.nobody')}
                sx={{ alignSelf: 'flex-start' }}
              />
            )}
          </Stack>
        );
      })}
    </Stack>
  );
}
