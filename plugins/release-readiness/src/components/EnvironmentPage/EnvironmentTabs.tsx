import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { Link as RouterLink } from 'react-router-dom';
import {
  environmentTabPath,
  type BoardPaths,
  type EnvironmentTab,
} from '../shared';

/** What each tab is called. */
const TAB_LABELS: Record<EnvironmentTab, string> = {
  overview: 'Overview',
  workloads: 'Workloads',
  people: 'People',
  sla: 'SLA',
  backups: 'Backups',
  rollbacks: 'Rollbacks',
  calendar: 'Calendar',
};

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
  return (
    <Tabs
      value={current}
      variant="scrollable"
      scrollButtons="auto"
      aria-label={`Sections of ${environment}`}
      sx={{ borderBottom: 1, borderColor: 'divider' }}
    >
      {tabs.map(tab => (
        <Tab
          key={tab}
          value={tab}
          label={TAB_LABELS[tab]}
          component={RouterLink}
          to={environmentTabPath(paths, system, environment, tab)}
        />
      ))}
    </Tabs>
  );
}
