import { Link } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { useBoardPaths } from '../shared';
import { releaseReadinessTranslationRef } from '../../translations';

/**
 * A link to a system's go/no-go decision history, filtered to one environment when given; for
 * the board and the environment page. Renders nothing where the app has no board page.
 *
 * @public
 */
export function DecisionsLink(props: { system: string; environment?: string }) {
  const { system, environment } = props;
  const paths = useBoardPaths();
  const { t } = useTranslationRef(releaseReadinessTranslationRef);
  if (!paths) {
    return null;
  }
  const query = environment
    ? `?${new URLSearchParams({ environment }).toString()}`
    : '';
  return (
    <Link to={`${paths.decisions(system)}${query}`}>
      {environment
        ? t('decisions.history.linkFor', { environment })
        : t('decisions.history.link')}
    </Link>
  );
}
