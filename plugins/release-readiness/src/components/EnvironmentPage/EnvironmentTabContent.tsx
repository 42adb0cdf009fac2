import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import type { EnvironmentSummary } from '@release-readiness/plugin-release-readiness-common';
import { BackupsCard } from '../BackupsCard';
import { CalendarCard } from '../CalendarCard';
import { OnCallCard } from '../OnCallCard';
import { RaciMatrix } from '../RaciMatrix';
import { ReadinessSection } from '../ReadinessSection';
import { RollbackHistory } from '../Rollbacks';
import { SlaCard } from '../SlaCard';
import type { EnvironmentTab } from '../shared';
import { WorkloadsTable } from '../WorkloadsTable';

function People(props: { system: string; environment: string }) {
  return (
    <Grid container spacing={2}>
      <Grid item xs={12} xl={5}>
        <OnCallCard {...props} />
      </Grid>
      <Grid item xs={12} xl={7}>
        <RaciMatrix {...props} />
      </Grid>
    </Grid>
  );
}

/**
 * The content of one tab of an environment's page. The overview keeps everything the page had
 * before it had tabs (readiness, workloads, people, calendar), so links to it still find them; the
 * other tabs show one section each, SLA and backups only in their own tabs.
 */
export function EnvironmentTabContent(props: {
  system: string;
  environment: EnvironmentSummary;
  tab: EnvironmentTab;
}) {
  const { system, environment, tab } = props;
  const name = environment.name;
  const workloads = (
    <WorkloadsTable
      system={system}
      environment={name}
      target={environment.target}
    />
  );
  switch (tab) {
    case 'workloads':
      return workloads;
    case 'people':
      return <People system={system} environment={name} />;
    case 'sla':
      return <SlaCard system={system} environment={name} />;
    case 'backups':
      return <BackupsCard system={system} environment={name} />;
    case 'rollbacks':
      return <RollbackHistory system={system} environment={name} />;
    case 'calendar':
      return <CalendarCard system={system} environment={name} />;
    default:
      return (
        <Stack spacing={2}>
          <ReadinessSection system={system} environment={name} />
          {workloads}
          <People system={system} environment={name} />
          <CalendarCard system={system} environment={name} />
        </Stack>
      );
  }
}
