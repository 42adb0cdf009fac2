import { EmptyState } from '@backstage/core-components';
import Grid from '@mui/material/Grid';
import Typography from '@mui/material/Typography';
import { useEffect } from 'react';
import { useOwnershipRefs } from '../../hooks/useOwnershipRefs';
import { useSystemSummaries } from '../../hooks/useSystemSummaries';
import { SourcedContent, useFormatters } from '../shared';
import { orderByOwnership } from './orderByOwnership';
import { SystemCard } from './SystemCard';

const NO_OWNERSHIP: ReadonlySet<string> = new Set();

/** While there is no system, the page asks again this often (team files are read every minute). */
export const EMPTY_POLL_MS = 15_000;

/**
 * The board's landing page: every system, the ones the signed-in user owns or belongs to first,
 * each with its policy's status and its environments' verdicts, linked to its board.
 *
 * @public
 */
export function SystemsLandingPage() {
  // One request for every system and its environments' verdicts, not one per environment.
  const systems = useSystemSummaries();
  const { t } = useFormatters();
  // Not knowing the user's groups only loses the ordering, never the systems.
  const ownership = useOwnershipRefs();
  const state = { ...systems, loading: systems.loading || ownership.loading };
  const empty = systems.value?.items.length === 0;
  const { retry } = systems;
  useEffect(() => {
    if (!empty) {
      return undefined;
    }
    // A portal that has just started may not have read the teams' policy files yet.
    const timer = setInterval(retry, EMPTY_POLL_MS);
    return () => clearInterval(timer);
  }, [empty, retry]);
  return (
    <SourcedContent
      state={state}
      title={t('board.landing.loadError')}
      keepWhileLoading
    >
      {value => {
        if (value.items.length === 0) {
          return (
            <EmptyState
              missing="data"
              title={t('board.landing.emptyTitle')}
              description={t('board.landing.emptyDescription')}
            />
          );
        }
        const ordered = orderByOwnership(
          value.items,
          ownership.value ?? NO_OWNERSHIP,
        );
        const yours = ordered.filter(s => s.yours).length;
        return (
          <>
            <Typography variant="body1" sx={{ mb: 2 }}>
              {t(
                yours > 0
                  ? 'board.landing.countYoursFirst'
                  : 'board.landing.count',
                { count: value.items.length },
              )}
            </Typography>
            <Grid container spacing={2}>
              {ordered.map(({ system, yours: own }) => (
                <Grid item xs={12} lg={6} key={system.name}>
                  <SystemCard system={system} yours={own} />
                </Grid>
              ))}
            </Grid>
          </>
        );
      }}
    </SourcedContent>
  );
}
