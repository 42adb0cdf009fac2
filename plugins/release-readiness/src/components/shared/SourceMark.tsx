import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { SourceInfo } from '@release-readiness/plugin-release-readiness-common';
import type { ReactNode } from 'react';
import { useFormatters } from './useFormatters';

/**
 * A compact {@link SourceLine} for a board tile or a table cell: the source's name and "as of"
 * time; a stale source is marked `stale` (with the reason), an unavailable one `unavailable` (or
 * `not configured`) with the reason instead of the time.
 *
 * @public
 */
export function SourceMark(props: { source: SourceInfo }) {
  const { source } = props;
  const { t, formatAsOf } = useFormatters();
  const asOf = (
    <Tooltip title={source.fetchedAt ?? t('board.source.neverFetched')}>
      <span>{formatAsOf(source.fetchedAt)}</span>
    </Tooltip>
  );
  let reason: string | undefined;
  if (source.error) {
    reason =
      source.error.type === 'NOT_CONFIGURED'
        ? source.error.message
        : `${source.error.message} (${source.error.type})`;
  }
  let mark: ReactNode;
  if (source.status === 'stale') {
    mark = (
      <Chip size="small" color="warning" label={t('board.source.markStale')} />
    );
  } else if (source.status === 'unavailable') {
    mark =
      source.error?.type === 'NOT_CONFIGURED' ? (
        <Chip
          size="small"
          variant="outlined"
          label={t('board.source.markNotConfigured')}
        />
      ) : (
        <Chip
          size="small"
          color="error"
          label={t('board.source.markUnavailable')}
        />
      );
  }
  return (
    <Stack
      direction="row"
      spacing={0.5}
      alignItems="center"
      useFlexGap
      flexWrap="wrap"
      data-testid={`source-mark-${source.status}`}
    >
      {mark}
      <Typography
        variant="caption"
        color="text.secondary"
        sx={{ wordBreak: 'break-word' }}
      >
        {source.name}
        {source.status === 'unavailable' ? (
          reason && `: ${reason}`
        ) : (
          <>
            {t('board.source.asOf')}
            {asOf}
            {reason && ` · ${reason}`}
          </>
        )}
      </Typography>
    </Stack>
  );
}
