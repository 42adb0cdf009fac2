import { EmptyState, Progress } from '@backstage/core-components';
import { useSystems } from '../../hooks/useSystems';
import { LoadError } from '../shared';
import { ComponentSystemSection } from './ComponentSystemSection';
import { useFormatters } from '../shared/useFormatters';

/**
 * For a component that names its workloads but no system (`spec.system`): its section of the
 * default system's board, as before there were systems.
 */
export function DefaultSystemSection(props: { names: string[] }) {
  const state = useSystems();
  const { t } = useFormatters();
  if (state.loading) {
    return <Progress />;
  }
  if (state.error || !state.value) {
    return (
      <LoadError
        error={state.error}
        title={t('environment.entity.systemsLoadError')}
        onRetry={state.retry}
      />
    );
  }
  const system = state.value.defaultSystem;
  if (!system) {
    return (
      <EmptyState
        missing="info"
        title={t('environment.entity.noSystemTitle')}
        description={t('environment.entity.noSystemDescription')}
      />
    );
  }
  return (
    <ComponentSystemSection target={{ name: system }} names={props.names} />
  );
}
