import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type {
  DecisionResponse,
  EvidenceChange,
} from '@release-readiness/plugin-release-readiness-common';
import { formatTime } from '../../format';
import { StatusChip, VerdictChip } from '../shared';
import { EvidenceChanges } from './EvidenceChanges';

/** The "Now" cell: unknown without live data, else unchanged, gone or the new status. */
function nowOf(
  changes: EvidenceChange[] | undefined,
  to: EvidenceChange['to'] | undefined,
): string {
  if (changes === undefined) {
    return 'unknown';
  }
  if (to === undefined) {
    return 'unchanged';
  }
  return to === 'absent' ? 'gone' : `now ${to}`;
}

/**
 * The evidence pinned when the decision was requested (every item with its status, reason,
 * source and "as of" time), and what changed since against live data.
 */
export function EvidenceCard(props: { response: DecisionResponse }) {
  const { decision, changes } = props.response;
  const { evidence } = decision;
  const now = new Map(changes?.map(c => [c.item, c.to]));
  return (
    <Card variant="outlined" component="section" aria-label="Evidence">
      <CardContent>
        <Stack spacing={2}>
          <Stack direction="row" spacing={1} alignItems="center">
            <Typography variant="h6" component="h2">
              Evidence pinned at {formatTime(evidence.at)}
            </Typography>
            <VerdictChip verdict={evidence.verdict} />
          </Stack>
          <Typography variant="body2" color="text.secondary">
            Change type {evidence.changeType}, risk {evidence.risk}.
          </Typography>
          <Table size="small" aria-label="Pinned evidence">
            <TableHead>
              <TableRow>
                <TableCell>Item</TableCell>
                <TableCell>Status</TableCell>
                <TableCell>Reason</TableCell>
                <TableCell>Source</TableCell>
                <TableCell>As of</TableCell>
                <TableCell>Now</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {evidence.items.map(item => {
                const to = now.get(item.id);
                return (
                  <TableRow key={item.id}>
                    <TableCell>
                      {item.title}
                      {item.enforcement !== 'block' && (
                        <Typography
                          component="span"
                          variant="caption"
                          color="text.secondary"
                        >
                          {' '}
                          ({item.enforcement})
                        </Typography>
                      )}
                    </TableCell>
                    <TableCell>
                      <StatusChip status={item.status} />
                    </TableCell>
                    <TableCell>{item.reason}</TableCell>
                    <TableCell>{item.source.name}</TableCell>
                    <TableCell>
                      {item.source.fetchedAt
                        ? formatTime(item.source.fetchedAt)
                        : 'never read'}
                    </TableCell>
                    <TableCell>{nowOf(changes, to)}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
          <EvidenceChanges changes={changes} />
        </Stack>
      </CardContent>
    </Card>
  );
}
