import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { EnvironmentSummary } from '@release-readiness/plugin-release-readiness-common';
import { useReadiness } from '../../hooks/useReadiness';
import { formatAsOf } from '../../format';
import { AirGappedChip, VerdictChip } from '../shared';
import { sourcesAsOf } from './sourcesAsOf';

function VerdictLine(props: { system: string; environment: string }) {
  const { value, loading, error } = useReadiness(
    props.system,
    props.environment,
  );
  if (loading) {
    return <Chip size="small" variant="outlined" label="Verdict…" />;
  }
  if (error || !value) {
    return (
      <Chip
        size="small"
        variant="outlined"
        label="Verdict unavailable"
        aria-label="Verdict unavailable"
      />
    );
  }
  const { asOf, stale, unavailable } = sourcesAsOf(value.items ?? []);
  const issues = [
    stale > 0 && `${stale} stale`,
    unavailable > 0 && `${unavailable} unavailable`,
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
        {'Sources as of '}
        <Tooltip title={asOf ?? 'never fetched'}>
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
        <strong>Promotion:</strong> {environment.promotion ?? 'not described'}
        {' · '}
        <strong>Runs on:</strong> {environment.target?.label ?? 'not described'}
      </Typography>
    </Box>
  );
}
