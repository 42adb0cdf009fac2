import { EmptyState, Link } from '@backstage/core-components';
import Stack from '@mui/material/Stack';
import { useParams } from 'react-router-dom';
import { useEnvironment } from '../../hooks/useEnvironment';
import {
  ENVIRONMENT_TABS,
  type EnvironmentTab,
  SourcedContent,
  useBoardPaths,
} from '../shared';
import { EnvironmentHeader } from './EnvironmentHeader';
import { EnvironmentTabContent } from './EnvironmentTabContent';
import { EnvironmentTabs } from './EnvironmentTabs';
import { useFormatters } from '../shared/useFormatters';

function tabOf(segment: string | undefined): EnvironmentTab | undefined {
  return segment === undefined
    ? 'overview'
    : ENVIRONMENT_TABS.find(tab => tab === segment && tab !== 'overview');
}

/**
 * Everything about one environment of a system (`:system` and `:env` of the route), for the
 * release captain and the go/no-go meeting: a header with the verdict, where it runs and the
 * sources' "as of" time, and tabs at their own paths (`…/env/:env` the overview, `…/workloads`,
 * `…/people`, `…/sla`, `…/backups`, `…/rollbacks`, `…/calendar`: the route's `:tab`).
 *
 * @public
 */
export function EnvironmentPage() {
  const { system = '', env = '', tab: segment } = useParams();
  const state = useEnvironment(system, env);
  const paths = useBoardPaths();
  const { t } = useFormatters();
  const tab = tabOf(segment);
  return (
    <Stack spacing={2}>
      {paths && (
        <Link to={paths.system(system)}>
          {t('environment.page.allEnvironments', { system })}
        </Link>
      )}
      <SourcedContent
        state={state}
        title={t('environment.page.loadError', {
          environment: env,
          system,
        })}
      >
        {environment => (
          <>
            <EnvironmentHeader system={system} environment={environment} />
            {paths && tab && (
              <EnvironmentTabs
                paths={paths}
                system={system}
                environment={environment.name}
                tabs={ENVIRONMENT_TABS}
                current={tab}
              />
            )}
            {tab ? (
              <EnvironmentTabContent
                system={system}
                environment={environment}
                tab={tab}
              />
            ) : (
              <EmptyState
                missing="content"
                title={t('environment.page.noSectionTitle', {
                  title: environment.title,
                  section: segment ?? '',
                })}
                description={t('environment.page.noSectionDescription', {
                  sections: ENVIRONMENT_TABS.join(', '),
                })}
                action={
                  paths && (
                    <Link to={paths.environment(system, environment.name)}>
                      {t('environment.page.openOverview')}
                    </Link>
                  )
                }
              />
            )}
          </>
        )}
      </SourcedContent>
    </Stack>
  );
}
