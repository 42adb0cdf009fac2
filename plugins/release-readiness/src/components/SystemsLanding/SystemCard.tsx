import { Link } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Card from '@mui/material/Card';
import CardActions from '@mui/material/CardActions';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { SystemReadinessSummary } from '@release-readiness/plugin-release-readiness-common';
import {
  EnvironmentVerdicts,
  PolicyStatusLine,
  useBoardPaths,
  useFormatters,
} from '../shared';

/**
 * One system on the landing page: its title, owner, the status of its release policy and the
 * verdict of each environment, linked to the system's board.
 */
export function SystemCard(props: {
  system: SystemReadinessSummary;
  yours: boolean;
}) {
  const { system, yours } = props;
  const paths = useBoardPaths();
  const { t } = useFormatters();
  return (
    <Card
      variant="outlined"
      component="section"
      aria-label={system.title}
      data-system={system.name}
      sx={{ height: '100%' }}
    >
      <CardContent>
        <Stack spacing={1}>
          <Stack
            direction="row"
            spacing={1}
            useFlexGap
            flexWrap="wrap"
            alignItems="center"
          >
            <Typography variant="h6" component="h2">
              {system.title}
            </Typography>
            {yours && (
              <Chip
                size="small"
                color="primary"
                label={t('board.landing.yourTeam')}
              />
            )}
          </Stack>
          <Typography variant="body2" color="text.secondary">
            {t('board.landing.owner')}{' '}
            {system.owner ? (
              <EntityRefLink entityRef={system.owner} />
            ) : (
              t('board.landing.ownerUnknown')
            )}
          </Typography>
          <PolicyStatusLine
            policy={system.policy}
            hasContent={system.environments.length > 0}
          />
          {system.environments.length > 0 ? (
            <EnvironmentVerdicts
              system={system.name}
              environments={system.environments}
            />
          ) : (
            system.policy.status === 'ok' && (
              <Typography variant="body2" color="text.secondary">
                {t('board.landing.noEnvironments')}
              </Typography>
            )
          )}
        </Stack>
      </CardContent>
      {paths && (
        <CardActions>
          <Link to={paths.system(system.name)}>
            {t('board.landing.openBoard', { title: system.title })}
          </Link>
        </CardActions>
      )}
    </Card>
  );
}
