import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { Link } from '@backstage/core-components';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type {
  DecisionRecord,
  DecisionState,
} from '@release-readiness/plugin-release-readiness-common';
import { formatTime } from '../../format';
import { useBoardPaths, VerdictChip } from '../shared';
import { DecisionStatusChip } from './DecisionStatusChip';

/** A system's decisions, newest first, each linked to its meeting view. */
export function DecisionsTable(props: {
  items: { decision: DecisionRecord; state: DecisionState }[];
}) {
  const paths = useBoardPaths();
  return (
    <Table size="small" aria-label="Decisions">
      <TableHead>
        <TableRow>
          <TableCell>Requested</TableCell>
          <TableCell>Environment</TableCell>
          <TableCell>Version</TableCell>
          <TableCell>Status</TableCell>
          <TableCell>Why</TableCell>
          <TableCell>Evidence</TableCell>
          <TableCell>Requested by</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.items.map(({ decision, state }) => {
          const name = `${decision.environment} ${decision.version}`;
          return (
            <TableRow key={decision.id}>
              <TableCell>{formatTime(decision.requestedAt)}</TableCell>
              <TableCell>{decision.environment}</TableCell>
              <TableCell>
                {paths ? (
                  <Link
                    to={paths.decision(decision.system, decision.id)}
                    aria-label={`Open the decision on ${name}`}
                  >
                    {decision.version}
                  </Link>
                ) : (
                  decision.version
                )}
              </TableCell>
              <TableCell>
                <DecisionStatusChip status={state.status} />
              </TableCell>
              <TableCell>{state.reason}</TableCell>
              <TableCell>
                <VerdictChip verdict={decision.evidence.verdict} />
              </TableCell>
              <TableCell>
                <EntityRefLink entityRef={decision.requester} />
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
