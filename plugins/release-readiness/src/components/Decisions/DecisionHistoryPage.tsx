import { EmptyState, Link, Progress } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { DecisionStatus } from '@release-readiness/plugin-release-readiness-common';
import { useParams, useSearchParams } from 'react-router-dom';
import { useDecisions } from '../../hooks/useDecisions';
import { useDecisionUpdates } from '../../hooks/useDecisionUpdates';
import { useSystem } from '../../hooks/useSystem';
import { LoadError, useBoardPaths } from '../shared';
import { DECISION_STATUS_LOOK } from './decisionStatusLook';
import { DecisionsTable } from './DecisionsTable';
import { RequestDecisionButton } from './RequestDecisionButton';
import { releaseReadinessTranslationRef } from '../../translations';

const STATUSES: DecisionStatus[] = [
  'open',
  'go',
  'no-go',
  'expired',
  'invalidated',
];

/**
 * A system's go/no-go decisions (`/systems/:system/decisions?environment=&status=`), newest
 * first, filtered by environment and status (kept in the URL), each linked to its meeting view;
 * "Request a decision" opens the request template. Reloads on a decision signal of the system.
 *
 * @public
 */
export function DecisionHistoryPage() {
  const { system = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const paths = useBoardPaths();
  const { t } = useTranslationRef(releaseReadinessTranslationRef);
  const environment = search.get('environment') ?? '';
  const statusParam = search.get('status') ?? '';
  const status = STATUSES.find(s => s === statusParam);
  const summary = useSystem(system);
  const state = useDecisions(system, {
    ...(environment && { environment }),
    ...(status && { statuses: [status] }),
  });
  useDecisionUpdates(
    { system, ...(environment && { environment }) },
    state.retry,
  );
  const setFilter = (key: 'environment' | 'status', value: string) => {
    const next = new URLSearchParams(search);
    if (value) {
      next.set(key, value);
    } else {
      next.delete(key);
    }
    setSearch(next, { replace: true });
  };
  const title = summary.value?.title ?? system;
  return (
    <Stack spacing={2}>
      {paths && (
        <Link to={paths.system(system)}>
          {t('decisions.history.boardOf', { title })}
        </Link>
      )}
      <Stack
        direction={{ xs: 'column', md: 'row' }}
        spacing={2}
        alignItems={{ md: 'center' }}
        justifyContent="space-between"
      >
        <Typography variant="h4" component="h1">
          {t('decisions.history.title', { title })}
        </Typography>
        <RequestDecisionButton
          system={system}
          {...(environment && { environment })}
        />
      </Stack>
      <Stack direction="row" spacing={2}>
        <TextField
          select
          size="small"
          label={t('decisions.history.environment')}
          value={environment}
          onChange={e => setFilter('environment', e.target.value)}
          sx={{ minWidth: 200 }}
        >
          <MenuItem value="">
            {t('decisions.history.everyEnvironment')}
          </MenuItem>
          {(summary.value?.environments ?? []).map(env => (
            <MenuItem key={env.name} value={env.name}>
              {env.title}
            </MenuItem>
          ))}
          {environment &&
            !summary.value?.environments.some(e => e.name === environment) && (
              <MenuItem value={environment}>{environment}</MenuItem>
            )}
        </TextField>
        <TextField
          select
          size="small"
          label={t('decisions.history.status')}
          value={status ?? ''}
          onChange={e => setFilter('status', e.target.value)}
          sx={{ minWidth: 160 }}
        >
          <MenuItem value="">{t('decisions.history.everyStatus')}</MenuItem>
          {STATUSES.map(s => (
            <MenuItem key={s} value={s}>
              {t(DECISION_STATUS_LOOK[s].label)}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      {state.loading && !state.value && <Progress />}
      {state.error && (
        <LoadError
          error={state.error}
          title={t('decisions.history.loadError')}
          onRetry={state.retry}
        />
      )}
      {!state.error && state.value && state.value.items.length === 0 && (
        <EmptyState
          missing="content"
          title={t('decisions.history.none')}
          description={
            environment || status
              ? t('decisions.history.noneMatch')
              : t('decisions.history.noneYet')
          }
        />
      )}
      {!state.error && state.value && state.value.items.length > 0 && (
        <DecisionsTable items={state.value.items} />
      )}
    </Stack>
  );
}
