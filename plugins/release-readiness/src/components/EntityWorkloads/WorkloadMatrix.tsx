import { EmptyState } from '@backstage/core-components';
import { useVersions } from '../../hooks/useVersions';
import {
  EnvironmentSourceIssues,
  SourcedContent,
  useBoardPaths,
  VersionMatrix,
} from '../shared';
import { useFormatters } from '../shared/useFormatters';

/** The "deployed where" matrix of a system, for the named workloads only. */
export function WorkloadMatrix(props: { system: string; names: string[] }) {
  const { system, names } = props;
  const state = useVersions(system, names);
  const paths = useBoardPaths();
  const { t } = useFormatters();
  return (
    <SourcedContent
      state={state}
      title={t('environment.entity.matrixLoadError')}
    >
      {value => (
        <>
          <EnvironmentSourceIssues environments={value.environments} />
          {value.rows.length === 0 ? (
            <EmptyState
              missing="data"
              title={t('environment.entity.notRunningTitle')}
              description={t('environment.entity.notRunningDescription', {
                names: names.join(', '),
              })}
            />
          ) : (
            <VersionMatrix
              versions={value}
              environmentLink={paths && (env => paths.environment(system, env))}
            />
          )}
        </>
      )}
    </SourcedContent>
  );
}
