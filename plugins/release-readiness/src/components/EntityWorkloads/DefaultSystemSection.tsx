import { EmptyState, Progress } from '@backstage/core-components';
import { useSystems } from '../../hooks/useSystems';
import { LoadError } from '../shared';
import { ComponentSystemSection } from './ComponentSystemSection';

/**
 * For a component that names its workloads but no system (`spec.system`): its section of the
 * default system's board, as before there were systems.
 */
export function DefaultSystemSection(props: { names: string[] }) {
  const state = useSystems();
  if (state.loading) {
    return <Progress />;
  }
  if (state.error || !state.value) {
    return (
      <LoadError
        error={state.error}
        title="Could not load the systems"
        onRetry={state.retry}
      />
    );
  }
  const system = state.value.defaultSystem;
  if (!system) {
    return (
      <EmptyState
        missing="info"
        title="No system"
        description="This component names no system (spec.system) and the portal has no default system (releaseReadiness.defaultSystem): set spec.system to the catalog System it belongs to."
      />
    );
  }
  return (
    <ComponentSystemSection target={{ name: system }} names={props.names} />
  );
}
