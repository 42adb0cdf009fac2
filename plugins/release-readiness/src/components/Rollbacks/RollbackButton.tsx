import { LinkButton } from '@backstage/core-components';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import Button from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';
import type { Workload } from '@release-readiness/plugin-release-readiness-common';
import { useId } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import { releaseReadinessTranslationRef } from '../../translations/releaseReadinessTranslationRef';
import { rollbackBlocker } from './rollbackBlocker';
import { rollbackTemplateLink } from './rollbackTemplateLink';

/** The kinds a rollback can target. */
const ROLLBACK_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet']);

/**
 * "Roll back…" on a workload: opens the scaffolder template "Roll back a workload"
 * (`template:default/rollback`) prefilled with the system, the environment and the workload.
 * Disabled, with the reason on hover and for screen readers, when the revisions route refuses
 * the workload (Helm/Argo CD-managed, no strategy), when there is no earlier revision, and in
 * air-gapped environments. Nothing for CronJobs. Whether the user may roll back is the
 * backend's decision (permission and RACI), shown in the task.
 *
 * @public
 */
export function RollbackButton(props: {
  system: string;
  environment: string;
  workload: Pick<Workload, 'kind' | 'name'>;
  /** True when the environment is read from an offline snapshot. */
  airGapped?: boolean;
}) {
  const { system, environment, workload, airGapped } = props;
  const api = useApi(releaseReadinessApiRef);
  const { t } = useTranslationRef(releaseReadinessTranslationRef);
  const reasonId = useId();
  const { kind, name } = workload;
  const rollbackable = ROLLBACK_KINDS.has(kind);
  const revisions = useAsync(async () => {
    if (airGapped || !rollbackable) {
      return undefined;
    }
    return api.getRevisions(system, environment, { kind, name });
  }, [api, system, environment, kind, name, airGapped, rollbackable]);
  if (!rollbackable) {
    return null;
  }
  const label = t('rollbacks.button.ariaLabel', { kind, name });
  const blocked = rollbackBlocker({ airGapped, revisions: revisions.value });
  let blocker: string | undefined;
  if (blocked?.kind === 'air-gapped') {
    blocker = t('rollbacks.button.airGapped', { environment });
  } else if (blocked?.kind === 'no-earlier-revision') {
    blocker = t('rollbacks.button.noEarlierRevision');
  } else {
    blocker = blocked?.text;
  }
  if (revisions.loading || blocker) {
    return (
      <Tooltip title={blocker ?? t('rollbacks.button.checking')}>
        <span>
          <Button
            size="small"
            variant="outlined"
            disabled
            aria-label={label}
            aria-describedby={blocker ? reasonId : undefined}
          >
            {t('rollbacks.button.label')}
          </Button>
          {blocker && (
            <span
              id={reasonId}
              data-testid="rollback-blocker"
              style={{ display: 'none' }}
            >
              {blocker}
            </span>
          )}
        </span>
      </Tooltip>
    );
  }
  return (
    <LinkButton
      size="small"
      variant="outlined"
      aria-label={label}
      to={rollbackTemplateLink({
        system,
        environment,
        workload: { kind, name },
      })}
    >
      {t('rollbacks.button.label')}
    </LinkButton>
  );
}
