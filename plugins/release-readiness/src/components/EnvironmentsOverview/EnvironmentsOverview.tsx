import { EmptyState, Link } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { SystemPolicyStatus } from '@release-readiness/plugin-release-readiness-common';
import { useSystem } from '../../hooks/useSystem';
import {
  PolicyStatusLine,
  SourcedContent,
  useBoardPaths,
  useFormatters,
} from '../shared';
import type { ReleaseReadinessTranslate } from '../../translations';
import { useVersionSummary } from '../DeployedWhere/useVersionSummary';
import { EnvironmentCard } from './EnvironmentCard';

function whereToAddEnvironments(
  policy: SystemPolicyStatus,
  t: ReleaseReadinessTranslate,
): string {
  return t(
    policy.origin === 'config'
      ? 'board.overview.addEnvironmentsConfig'
      : 'board.overview.addEnvironmentsFile',
    { location: policy.location },
  );
}

/**
 * A system's board: where its release policy comes from (or, when it cannot be read, the error
 * as a banner above the last good content), and one column per environment in promotion order
 * (stacked on narrow screens) with its verdict, gates, versions, on-call now, SLA and backup
 * freshness, each with its source's status, linked to the environment's page and to "what's
 * deployed where". The versions come from the version summary (counts and the first rows,
 * unhealthy and drifting first), not from the whole matrix.
 *
 * @public
 */
export function EnvironmentsOverview(props: {
  system: string;
  /** Shows the system's title and owner as the page heading; off inside an entity page. */
  showTitle?: boolean;
}) {
  const { system, showTitle = true } = props;
  const state = useSystem(system);
  // Counts and the first rows only: the whole matrix is on the "deployed where" page.
  const versions = useVersionSummary(system);
  const paths = useBoardPaths();
  const { t } = useFormatters();
  return (
    <SourcedContent
      state={state}
      title={t('board.overview.loadError', { system })}
    >
      {summary => (
        <Stack spacing={2}>
          {showTitle && (
            <Stack component="header" spacing={0.5}>
              <Typography variant="h4" component="h1">
                {summary.title}
              </Typography>
              {summary.owner && (
                <Typography variant="body2" color="text.secondary">
                  {t('board.overview.ownedBy')}{' '}
                  <EntityRefLink entityRef={summary.owner} />
                </Typography>
              )}
            </Stack>
          )}
          <PolicyStatusLine
            policy={summary.policy}
            hasContent={summary.environments.length > 0}
          />
          {summary.environments.length === 0 &&
            summary.policy.status === 'ok' && (
              <EmptyState
                missing="data"
                title={t('board.overview.noEnvironmentsTitle')}
                description={whereToAddEnvironments(summary.policy, t)}
              />
            )}
          {summary.environments.length > 0 && (
            <>
              <Typography variant="body1">
                {t('board.overview.inPromotionOrder', {
                  count: summary.environments.length,
                })}
                {paths && (
                  <>
                    {' '}
                    <Link to={paths.deployed(system)}>
                      {t('board.overview.deployedWhere')}
                    </Link>
                  </>
                )}
              </Typography>
              <Box
                data-testid="environment-columns"
                sx={{
                  display: 'grid',
                  gap: 2,
                  // stacked on narrow screens, one column per environment on wide ones
                  gridTemplateColumns: {
                    xs: '1fr',
                    md: 'repeat(2, minmax(0, 1fr))',
                    lg: `repeat(${summary.environments.length}, minmax(240px, 1fr))`,
                  },
                  overflowX: 'auto',
                }}
              >
                {summary.environments.map((environment, index) => (
                  <EnvironmentCard
                    key={environment.name}
                    system={system}
                    environment={environment}
                    step={index + 1}
                    versions={versions}
                  />
                ))}
              </Box>
            </>
          )}
        </Stack>
      )}
    </SourcedContent>
  );
}
