import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { EnvironmentSummary } from '@release-readiness/plugin-release-readiness-common';
import { useReadiness } from '../../hooks/useReadiness';
import { AirGappedChip, VerdictChip } from '../shared';
import { sourcesAsOf } from './sourcesAsOf';
import { useFormatters } from '../shared/useFormatters';

function VerdictLine(props: { system: string; environment: string }) {
  const { t, formatAsOf } = useFormatters();
  const { value, loading, error } = useReadiness(
    props.system,
    props.environment,
  );
  if (loading) {
    return (
      <Chip
        size="small"
        variant="outlined"
        label={t('board.verdict.loading')}
      />
    );
  }
  if (error || !value) {
    return (
      <Chip
        size="small"
        variant="outlined"
        label={t('board.verdict.unavailable')}
        aria-label={t('board.verdict.unavailable')}
      />
    );
  }
  const { asOf, stale, unavailable } = sourcesAsOf(value.items ?? []);
  const issues = [
    stale > 0 && t('environment.header.stale', { stale: String(stale) }),
    unavailable > 0 &&
      t('environment.header.unavailable', {
        unavailable: String(unavailable),
      }),
  ].filter(Boolean);
  return (
    <Stack
      direction="row"
      spacing={1}
      alignItems="center"
      useFlexGap
      flexWrap="wrap"
      data-testid="environment-verdict"
    >
      <VerdictChip verdict={value.verdict} />
      <Typography variant="body2" color="text.secondary">
        {t('environment.header.sourcesAsOf')}
        <Tooltip title={asOf ?? t('board.source.neverFetched')}>
          <span>{formatAsOf(asOf)}</span>
        </Tooltip>
        {issues.length > 0 && ` · ${issues.join(', ')}`}
      </Typography>
    </Stack>
  );
}

/**
 * The environment page's header: its title, the verdict with the oldest "as of" time of the data
 * behind it (and how many sources are stale or unavailable), how releases get there and where it
 * runs.
 */
export function EnvironmentHeader(props: {
  system: string;
  environment: EnvironmentSummary;
}) {
  const { system, environment } = props;
  const { t } = useFormatters();
  return (
    <Box component="header">
      <Stack
        direction="row"
        spacing={1}
        alignItems="center"
        useFlexGap
        flexWrap="wrap"
      >
        <Typography variant="h4" component="h1">
          {environment.title}
        </Typography>
        <AirGappedChip target={environment.target} />
        <VerdictLine system={system} environment={environment.name} />
      </Stack>
      {environment.description && (
        <Typography variant="body2" color="text.secondary">
          {environment.description}
        </Typography>
      )}
      <Typography variant="body2">
        <strong>{t('environment.header.promotion')}</strong>{' '}
        {environment.promotion ?? t('environment.header.notDescribed')}
        {' · '}
        <strong>{t('environment.header.runsOn')}</strong>{' '}
        {environment.target?.label ?? t('environment.header.notDescribed')}
      </Typography>
    </Box>
  );
}
