import { EmptyState, Link } from '@backstage/core-components';
import { useParams } from 'react-router-dom';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import useDebounce from 'react-use/esm/useDebounce';
import {
  EnvironmentSourceIssues,
  SourcedContent,
  useBoardPaths,
  VersionMatrix,
} from '../shared';
import { useFormatters } from '../shared/useFormatters';
import { DeployedWhereFilters } from './DeployedWhereFilters';
import { DeployedWherePager } from './DeployedWherePager';
import { useVersionSummary } from './useVersionSummary';

/** Rows per page. */
const DEPLOYED_WHERE_PAGE_SIZE = 50;

/** How long typing must pause before the search is sent. */
const SEARCH_DELAY_MS = 300;

/**
 * "What's deployed where" for the system of the route (`:system`): the workloads in every
 * environment, a page at a time from the version summary (unhealthy first, then drifting, then
 * the rest by name), with a search by name (on the server) and an "only what needs attention"
 * switch, and the totals over all workloads.
 *
 * @public
 */
export function DeployedWherePage() {
  const { system = '' } = useParams();
  const [search, setSearch] = useState('');
  const [q, setQ] = useState('');
  const [attention, setAttention] = useState(false);
  const [offset, setOffset] = useState(0);
  useDebounce(
    () => {
      const next = search.trim();
      // A new search starts at its first page; the same search keeps the page.
      if (next !== q) {
        setQ(next);
        setOffset(0);
      }
    },
    SEARCH_DELAY_MS,
    [search],
  );
  const state = useVersionSummary(system, {
    offset,
    limit: DEPLOYED_WHERE_PAGE_SIZE,
    q,
    attention,
  });
  const paths = useBoardPaths();
  const { t } = useFormatters();
  const filtered = q !== '' || attention;

  return (
    <Stack spacing={2}>
      {paths && (
        <Link to={paths.system(system)}>
          {t('environment.page.allEnvironments', { system })}
        </Link>
      )}
      <Typography variant="h4" component="h1">
        {t('environment.deployed.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('environment.deployed.intro')}
      </Typography>
      <DeployedWhereFilters
        search={search}
        onSearch={setSearch}
        attention={attention}
        onAttention={value => {
          setAttention(value);
          setOffset(0);
        }}
      />
      <Card variant="outlined">
        <CardContent>
          <SourcedContent
            state={state}
            title={t('environment.deployed.loadError')}
            keepWhileLoading
          >
            {value => (
              <Stack spacing={1}>
                <EnvironmentSourceIssues environments={value.environments} />
                <Typography variant="body2">
                  {t('environment.deployed.totals', {
                    workloads: String(value.totals.workloads),
                    unhealthy: String(value.totals.unhealthy),
                    drift: String(value.totals.drift),
                    unknown: String(value.totals.unknown),
                  })}
                </Typography>
                {value.rows.length === 0 && (
                  <EmptyState
                    missing="data"
                    title={t(
                      filtered && value.totals.workloads > 0
                        ? 'environment.deployed.noMatchTitle'
                        : 'environment.deployed.emptyTitle',
                    )}
                    description={t(
                      filtered && value.totals.workloads > 0
                        ? 'environment.deployed.noMatchDescription'
                        : 'environment.deployed.emptyDescription',
                    )}
                  />
                )}
                {value.rows.length > 0 && (
                  <>
                    <VersionMatrix
                      versions={value}
                      environmentLink={
                        paths && (env => paths.environment(system, env))
                      }
                    />
                    <DeployedWherePager page={value} onPage={setOffset} />
                  </>
                )}
              </Stack>
            )}
          </SourcedContent>
        </CardContent>
      </Card>
    </Stack>
  );
}
