import { Progress } from '@backstage/core-components';
import { Navigate, useLocation, useParams } from 'react-router-dom';
import { useSystems } from '../../hooks/useSystems';
import { LoadError, useBoardPaths } from '../shared';
import { useFormatters } from '../shared/useFormatters';

/**
 * The pages from before there were systems (`/env/:env`, `/deployed`): redirects to the same page
 * of the default system (`defaultSystem` of `GET /systems`) or, without one, to the landing page.
 */
export function DefaultSystemRedirect(props: {
  page: 'environment' | 'deployed';
}) {
  const { env = '' } = useParams();
  const { search } = useLocation();
  const paths = useBoardPaths();
  const state = useSystems();
  const { t } = useFormatters();
  if (state.loading) {
    return <Progress />;
  }
  if (state.error || !state.value || !paths) {
    return (
      <LoadError
        error={state.error}
        title={t('environment.router.defaultSystemLoadError')}
        onRetry={state.retry}
      />
    );
  }
  const system = state.value.defaultSystem;
  if (!system) {
    return <Navigate replace to={paths.landing()} />;
  }
  const to =
    props.page === 'environment'
      ? paths.environment(system, env)
      : paths.deployed(system);
  return <Navigate replace to={`${to}${search}`} />;
}
