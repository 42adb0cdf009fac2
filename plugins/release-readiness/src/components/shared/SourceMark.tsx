import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { SourceInfo } from '@release-readiness/plugin-release-readiness-common';
import type { ReactNode } from 'react';
import { formatAsOf } from '../../format';

/**
 * A compact {@link SourceLine} for a board tile or a table cell: the source's name and "as of"
 * time; a stale source is marked `stale` (with the reason), an unavailable one `unavailable` (or
 * `not configured`) with the reason instead of the time.
 *
 * @public
 */
export function SourceMark(props: { source: SourceInfo }) {
  const { source } = props;
  const asOf = (
    <Tooltip title={source.fetchedAt ?? 'never fetched'}>
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
    mark = <Chip size="small" color="warning" label="stale" />;
  } else if (source.status === 'unavailable') {
    mark =
      source.error?.type === 'NOT_CONFIGURED' ? (
        <Chip size="small" variant="outlined" label="not configured" />
      ) : (
        <Chip size="small" color="error" label="unavailable" />
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
            {' · as of '}
            {asOf}
            {reason && ` · ${reason}`}
          </>
        )}
      </Typography>
    </Stack>
  );
}
