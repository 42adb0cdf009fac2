import { Link } from '@backstage/core-components';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type {
  EnvironmentReadinessSummary,
  EnvironmentSummary,
} from '@release-readiness/plugin-release-readiness-common';
import { ReadinessChip } from './ReadinessChip';
import { ReadinessVerdictChip } from './ReadinessVerdictChip';
import { useBoardPaths } from './useBoardPaths';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { releaseReadinessTranslationRef } from '../../translations';

/**
 * A system's environments in promotion order, each with its verdict right now and, where the app
 * has the board, a link to the environment's page. An environment that comes with its verdict (a
 * landing page summary) shows that one; otherwise a {@link ReadinessChip} asks for it.
 *
 * @public
 */
export function EnvironmentVerdicts(props: {
  system: string;
  environments: ReadonlyArray<EnvironmentSummary | EnvironmentReadinessSummary>;
}) {
  const { system, environments } = props;
  const paths = useBoardPaths();
  const { t } = useTranslationRef(releaseReadinessTranslationRef);
  return (
    <Stack
      component="ul"
      direction="row"
      useFlexGap
      flexWrap="wrap"
      spacing={2}
      aria-label={t('board.verdict.listLabel')}
      sx={{ listStyle: 'none', p: 0, m: 0 }}
    >
      {environments.map(environment => (
        <Stack
          component="li"
          key={environment.name}
          direction="row"
          spacing={1}
          alignItems="center"
          aria-label={environment.title}
        >
          <Typography variant="body2" component="span">
            {paths ? (
              <Link to={paths.environment(system, environment.name)}>
                {environment.title}
              </Link>
            ) : (
              environment.title
            )}
          </Typography>
          {'verdict' in environment ? (
            <ReadinessVerdictChip
              loading={false}
              readiness={environment}
              failure=""
            />
          ) : (
            <ReadinessChip system={system} environment={environment.name} />
          )}
        </Stack>
      ))}
    </Stack>
  );
}
