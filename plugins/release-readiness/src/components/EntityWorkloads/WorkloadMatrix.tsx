import { EmptyState } from '@backstage/core-components';
import { useVersions } from '../../hooks/useVersions';
import {
  EnvironmentSourceIssues,
  SourcedContent,
  useBoardPaths,
  VersionMatrix,
} from '../shared';

/** The "deployed where" matrix of a system, for the named workloads only. */
export function WorkloadMatrix(props: { system: string; names: string[] }) {
  const { system, names } = props;
  const state = useVersions(system, names);
  const paths = useBoardPaths();
  return (
    <SourcedContent
      state={state}
      title="Could not load where this component runs"
    >
      {value => (
        <>
          <EnvironmentSourceIssues environments={value.environments} />
          {value.rows.length === 0 ? (
            <EmptyState
              missing="data"
              title="Not running anywhere the board can see"
              description={`No environment lists a workload named ${names.join(
                ', ',
              )}.`}
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
