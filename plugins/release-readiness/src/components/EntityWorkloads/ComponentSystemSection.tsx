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
  return (
    <SourcedContent
      state={state}
      title={`Could not load the system '${target.name}'`}
    >
      {({ system }) =>
        system ? (
          <Stack spacing={2}>
            <Card
              variant="outlined"
              component="section"
              aria-label={`Release readiness of ${system.title}`}
            >
              <CardContent>
                <Stack spacing={1}>
                  <Typography variant="h6" component="h2">
                    Release readiness of {system.title}
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
                      Open the board of {system.title}
                    </Link>
                  )}
                </Stack>
              </CardContent>
            </Card>
            <Card
              variant="outlined"
              component="section"
              aria-label="Deployed where"
            >
              <CardContent>
                <Stack spacing={1}>
                  <Typography variant="h6" component="h2">
                    Deployed where
                  </Typography>
                  {names.length === 0 && (
                    <EmptyState
                      missing="info"
                      title="No workloads linked"
                      description={`Add the annotation ${RELEASE_READINESS_WORKLOADS_ANNOTATION}: <workload names, comma-separated> to this entity.`}
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
            title={`The system '${target.name}' has no release policy`}
            description="Its board appears here once the System has one: the annotation release-readiness.io/policy: ./release-readiness.yaml on the catalog System with the file in its repository, or releaseReadiness.systems in the portal's configuration (see the plugin README)."
          />
        )
      }
    </SourcedContent>
  );
}
