import { stringifyEntityRef } from '@backstage/catalog-model';
import { EmptyState, Link } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import Stack from '@mui/material/Stack';
import { RELEASE_READINESS_POLICY_ANNOTATION } from '@release-readiness/plugin-release-readiness-common';
import { useSystemOfEntity } from '../../hooks/useSystemOfEntity';
import { EnvironmentsOverview } from '../EnvironmentsOverview';
import { SourcedContent, useBoardPaths } from '../shared';
import { useFormatters } from '../shared/useFormatters';

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
  const { t } = useFormatters();
  return (
    <SourcedContent
      state={state}
      title={t('environment.entity.systemLoadError')}
    >
      {({ system }) =>
        system ? (
          <Stack spacing={2}>
            {paths && (
              <Link to={paths.system(system.name)}>
                {t('board.landing.openBoard', { title: system.title })}
              </Link>
            )}
            <EnvironmentsOverview system={system.name} showTitle={false} />
          </Stack>
        ) : (
          <EmptyState
            missing="info"
            title={t('environment.entity.noPolicyTitle')}
            description={t('environment.entity.noPolicyDescription', {
              annotation: RELEASE_READINESS_POLICY_ANNOTATION,
              name,
            })}
          />
        )
      }
    </SourcedContent>
  );
}
