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
import { useBoardPaths, useFormatters, VerdictChip } from '../shared';
import { DecisionStatusChip } from './DecisionStatusChip';

/** A system's decisions, newest first, each linked to its meeting view. */
export function DecisionsTable(props: {
  items: { decision: DecisionRecord; state: DecisionState }[];
}) {
  const paths = useBoardPaths();
  const { t, formatTime } = useFormatters();
  return (
    <Table size="small" aria-label={t('decisions.table.label')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('decisions.table.requested')}</TableCell>
          <TableCell>{t('decisions.table.environment')}</TableCell>
          <TableCell>{t('decisions.table.version')}</TableCell>
          <TableCell>{t('decisions.table.status')}</TableCell>
          <TableCell>{t('decisions.table.why')}</TableCell>
          <TableCell>{t('decisions.table.evidence')}</TableCell>
          <TableCell>{t('decisions.table.requestedBy')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.items.map(({ decision, state }) => {
          return (
            <TableRow key={decision.id}>
              <TableCell>{formatTime(decision.requestedAt)}</TableCell>
              <TableCell>{decision.environment}</TableCell>
              <TableCell>
                {paths ? (
                  <Link
                    to={paths.decision(decision.system, decision.id)}
                    aria-label={t('decisions.table.open', {
                      environment: decision.environment,
                      version: decision.version,
                    })}
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
