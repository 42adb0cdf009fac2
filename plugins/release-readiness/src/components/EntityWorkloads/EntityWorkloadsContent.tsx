import { EmptyState } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import { RELEASE_READINESS_WORKLOADS_ANNOTATION } from '@release-readiness/plugin-release-readiness-common';
import { ComponentSystemSection } from './ComponentSystemSection';
import { DefaultSystemSection } from './DefaultSystemSection';
import { systemTargetOf } from './systemTargetOf';
import { workloadNamesOf } from './workloadNamesOf';
import { useFormatters } from '../shared/useFormatters';

/**
 * The entity tab of a component: its section of its system's board (`spec.system`; without one,
 * the default system's): the system's verdict per environment, and the workloads named by the
 * `release-readiness.io/workloads` annotation per environment, with version, rollout status and
 * drift.
 *
 * @public
 */
export function EntityWorkloadsContent() {
  const { entity } = useEntity();
  const { t } = useFormatters();
  const names = workloadNamesOf(entity);
  const target = systemTargetOf(entity);
  if (target) {
    return <ComponentSystemSection target={target} names={names} />;
  }
  if (names.length === 0) {
    return (
      <EmptyState
        missing="info"
        title={t('environment.entity.noWorkloadsTitle')}
        description={t('environment.entity.noWorkloadsOrSystemDescription', {
          annotation: RELEASE_READINESS_WORKLOADS_ANNOTATION,
        })}
      />
    );
  }
  return <DefaultSystemSection names={names} />;
}
