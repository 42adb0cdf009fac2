import Typography from '@mui/material/Typography';
import type { VersionsResponse } from '@release-readiness/plugin-release-readiness-common';
import type { SourcedState } from '../shared';
import { BoardTile } from './BoardTile';
import { describeFailure } from './describeFailure';

/** How many workloads a column names before "and N more". */
const SHOWN = 3;

/**
 * What runs in an environment, from the system's "deployed where" matrix (one request for the
 * board): the first workloads with their versions, with the environment's source; a workload of
 * an unavailable source is "unknown", never "not deployed".
 */
export function VersionsTile(props: {
  environment: string;
  versions: SourcedState<VersionsResponse>;
}) {
  const { environment, versions } = props;
  const { value, loading, error } = versions;
  if (loading) {
    return (
      <BoardTile label="Versions">
        <Typography variant="body2">Loading…</Typography>
      </BoardTile>
    );
  }
  const column = value?.environments.find(c => c.name === environment);
  if (error || !value || !column) {
    return (
      <BoardTile label="Versions">
        <Typography variant="body2" color="text.secondary">
          {error || !value ? describeFailure(error) : 'not in the matrix'}
        </Typography>
      </BoardTile>
    );
  }
  const deployed = value.rows.flatMap(row => {
    const cell = row.cells.find(c => c.environment === environment);
    return cell?.state === 'deployed'
      ? [
          `${row.name} ${cell.version ?? 'no version'}${
            cell.stale ? ' (stale)' : ''
          }`,
        ]
      : [];
  });
  const unknown = value.rows.some(
    row =>
      row.cells.find(c => c.environment === environment)?.state === 'unknown',
  );
  let text: string;
  if (deployed.length > 0) {
    const more = deployed.length - SHOWN;
    text = `${deployed.slice(0, SHOWN).join(', ')}${
      more > 0 ? ` and ${more} more` : ''
    }`;
  } else {
    text = unknown ? 'unknown' : 'nothing deployed';
  }
  return (
    <BoardTile label="Versions" source={column.source}>
      <Typography variant="body2" sx={{ wordBreak: 'break-word' }}>
        {text}
      </Typography>
    </BoardTile>
  );
}
