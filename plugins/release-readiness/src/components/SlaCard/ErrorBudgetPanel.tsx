import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ErrorBudgetResult } from '@release-readiness/plugin-release-readiness-common';
import { useFormatters } from '../shared';
import { BudgetSparkline } from './BudgetSparkline';
import { BurnRatesTable } from './BurnRatesTable';

function budgetColor(remaining: number): 'error' | 'warning' | 'success' {
  if (remaining < 0.1) {
    return 'error';
  }
  return remaining < 0.25 ? 'warning' : 'success';
}

/**
 * A service's error budget: the share left as a percentage and a bar (overspent below 0 %), its
 * course over the window as a sparkline, and the burn rates per window pair.
 */
export function ErrorBudgetPanel(props: {
  service: string;
  objectiveTitle: string;
  budget: ErrorBudgetResult;
}) {
  const { service, objectiveTitle, budget } = props;
  const { remaining } = budget;
  const { t, formatPercent } = useFormatters();
  let text: string = t('sla.budget.noData');
  if (remaining !== null) {
    const left = formatPercent(remaining, 1);
    text =
      remaining < 0
        ? t('sla.budget.overspent', { left })
        : t('sla.budget.left', { left });
  }
  return (
    <Stack
      spacing={1}
      component="section"
      aria-label={t('sla.budget.regionLabel', { service })}
    >
      <Typography variant="subtitle2" component="h4">
        {t('sla.budget.heading', { objective: objectiveTitle })}{' '}
        <span data-testid="budget-remaining">{text}</span>
      </Typography>
      {remaining !== null && (
        <LinearProgress
          variant="determinate"
          color={budgetColor(remaining)}
          value={Math.min(100, Math.max(0, remaining * 100))}
          aria-label={t('sla.budget.barLabel', { text })}
          sx={{ height: 8, borderRadius: 1, maxWidth: 360 }}
        />
      )}
      {budget.series && <BudgetSparkline series={budget.series} />}
      {budget.burnRates.length > 0 && (
        <BurnRatesTable
          burnRates={budget.burnRates}
          label={t('sla.burnRates.label', { service })}
        />
      )}
    </Stack>
  );
}
