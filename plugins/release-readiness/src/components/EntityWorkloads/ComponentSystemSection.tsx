import { EmptyState, Link } from '@backstage/core-components';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { RELEASE_READINESS_WORKLOADS_ANNOTATION } from '@release-readiness/plugin-release-readiness-common';
import {
  type SystemTarget,
  useSystemOfEntity,
} from '../../hooks/useSystemOfEntity';
import {
  EnvironmentVerdicts,
  PolicyStatusLine,
  SourcedContent,
  useBoardPaths,
} from '../shared';
import { WorkloadMatrix } from './WorkloadMatrix';
import { useFormatters } from '../shared/useFormatters';

/**
 * A component's section of its system's board: the system's verdict per environment and where
 * the component's workloads (`release-readiness.io/workloads`) run, in which version.
 */
export function ComponentSystemSection(props: {
  target: SystemTarget;
  names: string[];
}) {
  const { target, names } = props;
  const state = useSystemOfEntity(target);
  const paths = useBoardPaths();
  const { t } = useFormatters();
  return (
    <SourcedContent
      state={state}
      title={t('environment.entity.componentSystemLoadError', {
        system: target.name,
      })}
    >
      {({ system }) =>
        system ? (
          <Stack spacing={2}>
            <Card
              variant="outlined"
              component="section"
              aria-label={t('environment.entity.readinessOf', {
                title: system.title,
              })}
            >
              <CardContent>
                <Stack spacing={1}>
                  <Typography variant="h6" component="h2">
                    {t('environment.entity.readinessOf', {
                      title: system.title,
                    })}
                  </Typography>
                  <PolicyStatusLine
                    policy={system.policy}
                    hasContent={system.environments.length > 0}
                  />
                  <EnvironmentVerdicts
                    system={system.name}
                    environments={system.environments}
                  />
                  {paths && (
                    <Link to={paths.system(system.name)}>
                      {t('board.landing.openBoard', { title: system.title })}
                    </Link>
                  )}
                </Stack>
              </CardContent>
            </Card>
            <Card
              variant="outlined"
              component="section"
              aria-label={t('environment.entity.deployedWhere')}
            >
              <CardContent>
                <Stack spacing={1}>
                  <Typography variant="h6" component="h2">
                    {t('environment.entity.deployedWhere')}
                  </Typography>
                  {names.length === 0 && (
                    <EmptyState
                      missing="info"
                      title={t('environment.entity.noWorkloadsTitle')}
                      description={t(
                        'environment.entity.noWorkloadsDescription',
                        { annotation: RELEASE_READINESS_WORKLOADS_ANNOTATION },
                      )}
                    />
                  )}
                  {names.length > 0 && system.environments.length > 0 && (
                    <WorkloadMatrix system={system.name} names={names} />
                  )}
                </Stack>
              </CardContent>
            </Card>
          </Stack>
        ) : (
          <EmptyState
            missing="info"
            title={t('environment.entity.systemNoPolicyTitle', {
              system: target.name,
            })}
            description={t('environment.entity.systemNoPolicyDescription')}
          />
        )
      }
    </SourcedContent>
  );
}
