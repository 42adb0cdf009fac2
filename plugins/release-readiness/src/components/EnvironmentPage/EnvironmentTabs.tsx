import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { Link as RouterLink } from 'react-router-dom';
import {
  environmentTabPath,
  type BoardPaths,
  type EnvironmentTab,
} from '../shared';
import { useFormatters } from '../shared/useFormatters';

/** What each tab is called. */
const TAB_LABELS = {
  overview: 'environment.tabs.overview',
  workloads: 'environment.tabs.workloads',
  people: 'environment.tabs.people',
  sla: 'environment.tabs.sla',
  backups: 'environment.tabs.backups',
  rollbacks: 'environment.tabs.rollbacks',
  calendar: 'environment.tabs.calendar',
} as const satisfies Record<EnvironmentTab, string>;

/**
 * The tabs of an environment's page, each a link to its own path (`…/env/:env/sla` etc.), so a
 * tab can be bookmarked and shared; the selected one is `current`.
 */
export function EnvironmentTabs(props: {
  paths: Pick<BoardPaths, 'environment'>;
  system: string;
  environment: string;
  tabs: readonly EnvironmentTab[];
  current: EnvironmentTab;
}) {
  const { paths, system, environment, tabs, current } = props;
  const { t } = useFormatters();
  return (
    <Tabs
      value={current}
      variant="scrollable"
      scrollButtons="auto"
      aria-label={t('environment.page.sectionsOf', { environment })}
      sx={{ borderBottom: 1, borderColor: 'divider' }}
    >
      {tabs.map(tab => (
        <Tab
          key={tab}
          value={tab}
          label={t(TAB_LABELS[tab])}
          component={RouterLink}
          to={environmentTabPath(paths, system, environment, tab)}
        />
      ))}
    </Tabs>
  );
}
