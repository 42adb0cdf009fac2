import { useReadiness } from '../../hooks/useReadiness';
import { ReadinessVerdictChip } from './ReadinessVerdictChip';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { releaseReadinessTranslationRef } from '../../translations';

/**
 * The verdict of an environment right now, for the overview cards and the landing page; the
 * first reasons in a tooltip.
 *
 * @public
 */
export function ReadinessChip(props: { system: string; environment: string }) {
  const { t } = useTranslationRef(releaseReadinessTranslationRef);
  const { value, loading, error } = useReadiness(
    props.system,
    props.environment,
  );
  return (
    <ReadinessVerdictChip
      loading={loading}
      readiness={error ? undefined : value}
      failure={error?.message ?? t('board.verdict.noData')}
    />
  );
}
