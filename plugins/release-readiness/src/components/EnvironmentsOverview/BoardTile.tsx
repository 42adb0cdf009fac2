import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { SourceInfo } from '@release-readiness/plugin-release-readiness-common';
import type { ReactNode } from 'react';
import { SourceMark } from '../shared';

/**
 * One line of facts in an environment's board column: a label ("SLA", "Backups", …), its content
 * and, when it comes from a source, the source's status and "as of" time.
 */
export function BoardTile(props: {
  label: string;
  source?: SourceInfo;
  children: ReactNode;
}) {
  const { label, source, children } = props;
  return (
    <Stack
      spacing={0.25}
      component="section"
      aria-label={label}
      data-testid={`board-tile-${label
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')}`}
    >
      <Typography variant="overline" color="text.secondary" lineHeight={1.5}>
        {label}
      </Typography>
      {children}
      {source && <SourceMark source={source} />}
    </Stack>
  );
}
