import { stringifyEntityRef } from '@backstage/catalog-model';
import { EmptyState, Link } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import Stack from '@mui/material/Stack';
import { RELEASE_READINESS_POLICY_ANNOTATION } from '@release-readiness/plugin-release-readiness-common';
import { useSystemOfEntity } from '../../hooks/useSystemOfEntity';
import { EnvironmentsOverview } from '../EnvironmentsOverview';
import { SourcedContent, useBoardPaths } from '../shared';

/**
 * The entity tab of a catalog System: its board (the policy's status and every environment with
 * its verdict), or, when the System has no release policy, how to add one.
 *
 * @public
 */
export function EntitySystemContent() {
  const { entity } = useEntity();
  const name = entity.metadata.name;
  const state = useSystemOfEntity({
    name,
    entityRef: stringifyEntityRef(entity),
  });
  const paths = useBoardPaths();
  return (
    <SourcedContent
      state={state}
      title="Could not load the release readiness of this system"
    >
      {({ system }) =>
        system ? (
          <Stack spacing={2}>
            {paths && (
              <Link to={paths.system(system.name)}>
                Open the board of {system.title}
              </Link>
            )}
            <EnvironmentsOverview system={system.name} showTitle={false} />
          </Stack>
        ) : (
          <EmptyState
            missing="info"
            title="No release policy"
            description={`This system has no release policy. Add the annotation ${RELEASE_READINESS_POLICY_ANNOTATION}: ./release-readiness.yaml to the System's catalog-info.yaml and put the policy file (environments, gates, RACI, on-call rota) next to it in the team's repository; or ask the platform team to define it under releaseReadiness.systems.${name} in the portal's configuration (see the plugin README).`}
          />
        )
      }
    </SourcedContent>
  );
}
