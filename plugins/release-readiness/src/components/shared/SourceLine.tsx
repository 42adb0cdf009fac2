import Alert from '@mui/material/Alert';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { SourceInfo } from '@release-readiness/plugin-release-readiness-common';
import { useFormatters } from './useFormatters';

/**
 * The provenance line every tile shows: which source, as of when, and — when the source is stale
 * or unavailable — a banner with the reason. An unavailable source never looks like a result.
 *
 * @public
 */
export function SourceLine(props: { source: SourceInfo }) {
  const { source } = props;
  const { t, formatAsOf } = useFormatters();
  return (
    <>
      {source.status !== 'ok' && (
        <Alert
          severity={source.status === 'stale' ? 'warning' : 'error'}
          sx={{ mb: 1 }}
          data-testid={`source-${source.status}`}
        >
          {source.status === 'stale'
            ? t('board.source.stale', { asOf: formatAsOf(source.fetchedAt) })
            : t('board.source.unavailable')}
          {source.error && `${source.error.message} (${source.error.type})`}
        </Alert>
      )}
      <Typography variant="caption" color="text.secondary" component="p">
        {t('board.source.label', { name: source.name })}
        <Tooltip title={source.fetchedAt ?? t('board.source.neverFetched')}>
          <span>{formatAsOf(source.fetchedAt)}</span>
        </Tooltip>
      </Typography>
    </>
  );
}
