import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { SlaServiceResult } from '@release-readiness/plugin-release-readiness-common';
import { StatusChip, useFormatters } from '../shared';
import { ErrorBudgetPanel } from './ErrorBudgetPanel';
import { ObjectivesTable } from './ObjectivesTable';

/**
 * One service of the SLA card: its status, its service-level objectives, its post-deploy limits
 * and rollback triggers, and its error budget with burn rates.
 */
export function SlaServiceSection(props: { service: SlaServiceResult }) {
  const { service } = props;
  const { t, formatDuration } = useFormatters();
  const slos = service.objectives.filter(o => o.role === 'slo');
  const limits = service.objectives.filter(o => o.role !== 'slo');
  const budgetObjective = service.errorBudget
    ? service.objectives.find(o => o.id === service.errorBudget?.objective)
    : undefined;
  return (
    <Stack
      spacing={1}
      component="section"
      aria-label={service.name}
      data-service={service.name}
    >
      <Stack direction="row" spacing={1} alignItems="center">
        <Typography variant="subtitle1" component="h3">
          {service.name}
        </Typography>
        <StatusChip status={service.status} />
        {service.window && (
          <Typography variant="caption" color="text.secondary">
            {t('sla.service.sloWindow', {
              window: formatDuration(service.window),
            })}
          </Typography>
        )}
      </Stack>
      {slos.length > 0 && (
        <ObjectivesTable
          objectives={slos}
          label={t('sla.service.objectivesOf', { service: service.name })}
        />
      )}
      {limits.length > 0 && (
        <ObjectivesTable
          objectives={limits}
          label={t('sla.service.limitsOf', { service: service.name })}
        />
      )}
      {service.errorBudget && (
        <ErrorBudgetPanel
          service={service.name}
          objectiveTitle={
            budgetObjective?.title ?? service.errorBudget.objective
          }
          budget={service.errorBudget}
        />
      )}
    </Stack>
  );
}
