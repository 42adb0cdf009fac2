import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Alert from '@mui/material/Alert';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { DecisionResponse } from '@release-readiness/plugin-release-readiness-common';
import { formatTime } from '../../format';

/** Every vote in the order it came (voter, roles, go or no-go, reason, server time). */
export function VotesCard(props: { response: DecisionResponse }) {
  const { decision, state } = props.response;
  return (
    <Card variant="outlined" component="section" aria-label="Votes">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          Votes ({decision.votes.length})
        </Typography>
        {state.noGo.length > 0 && (
          <Alert severity="error" sx={{ mb: 1 }} aria-label="No-go votes">
            {state.noGo.length === 1
              ? 'A no-go vote decides no-go: '
              : `${state.noGo.length} no-go votes decide no-go: `}
            {state.noGo.map((vote, i) => (
              <span key={vote.voter}>
                {i > 0 && '; '}
                <EntityRefLink entityRef={vote.voter} />: “{vote.reason}”
              </span>
            ))}
          </Alert>
        )}
        {decision.votes.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            No votes yet.
          </Typography>
        ) : (
          <Table size="small" aria-label="Votes received">
            <TableHead>
              <TableRow>
                <TableCell>Voter</TableCell>
                <TableCell>Vote</TableCell>
                <TableCell>As</TableCell>
                <TableCell>Reason</TableCell>
                <TableCell>At</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {decision.votes.map(vote => (
                <TableRow key={vote.voter}>
                  <TableCell>
                    <EntityRefLink entityRef={vote.voter} />
                  </TableCell>
                  <TableCell>
                    <Chip
                      size="small"
                      color={vote.vote === 'go' ? 'success' : 'error'}
                      label={vote.vote === 'go' ? 'Go' : 'No-go'}
                    />
                  </TableCell>
                  <TableCell>{vote.roles.join(', ')}</TableCell>
                  <TableCell>{vote.reason}</TableCell>
                  <TableCell>{formatTime(vote.at)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
