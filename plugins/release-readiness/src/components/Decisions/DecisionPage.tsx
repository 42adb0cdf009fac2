import { EmptyState, Link, Progress } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useParams } from 'react-router-dom';
import { useDecision } from '../../hooks/useDecision';
import { useDecisionUpdates } from '../../hooks/useDecisionUpdates';
import { LoadError, useBoardPaths } from '../shared';
import { MeetingView } from './MeetingView';
import { PRINT_HIDDEN_CLASS } from './PrintStyles';
import { refusalMessage } from './refusalMessage';
import { releaseReadinessTranslationRef } from '../../translations';

/**
 * The meeting view of the route's decision (`/systems/:system/decisions/:id`, where the
 * backend's notifications link): reloads when a signal names the decision, every 15 s without
 * signals, and after the user's own vote or waiver; keeps the last state on screen while
 * reloading.
 *
 * @public
 */
export function DecisionPage() {
  const { system = '', id = '' } = useParams();
  const paths = useBoardPaths();
  const { t } = useTranslationRef(releaseReadinessTranslationRef);
  const state = useDecision(system, id);
  const { live } = useDecisionUpdates({ system, decisionId: id }, state.retry);
  const shown = state.lastValue;
  const back = paths && (
    <Stack
      direction="row"
      spacing={2}
      className={PRINT_HIDDEN_CLASS}
      component="nav"
      aria-label={t('decisions.page.navigation')}
    >
      <Link to={paths.system(system)}>{t('decisions.page.board')}</Link>
      <Link to={paths.decisions(system)}>
        {t('decisions.page.allOf', { system })}
      </Link>
    </Stack>
  );

  if (!shown) {
    if (state.loading) {
      return <Progress />;
    }
    const status = (state.error as { statusCode?: number } | undefined)
      ?.statusCode;
    if (status === 404) {
      return (
        <Stack spacing={2}>
          {back}
          <EmptyState
            missing="content"
            title={t('decisions.page.notFound', { id, system })}
            description={t('decisions.page.notFoundDescription')}
          />
        </Stack>
      );
    }
    return (
      <Stack spacing={2}>
        {back}
        <LoadError
          error={state.error}
          title={t('decisions.page.loadError')}
          onRetry={state.retry}
        />
      </Stack>
    );
  }
  return (
    <Stack spacing={2}>
      {back}
      {state.error && (
        <Alert severity="warning" className={PRINT_HIDDEN_CLASS}>
          {t('decisions.page.reloadError', {
            message: refusalMessage(state.error, t),
          })}
        </Alert>
      )}
      <Typography
        variant="caption"
        color="text.secondary"
        className={PRINT_HIDDEN_CLASS}
      >
        {live ? t('decisions.page.live') : t('decisions.page.polling')}
      </Typography>
      <MeetingView response={shown} onChanged={state.retry} />
    </Stack>
  );
}
