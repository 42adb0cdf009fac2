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
import { useFormatters } from '../shared';

/** Every vote in the order it came (voter, roles, go or no-go, reason, server time). */
export function VotesCard(props: { response: DecisionResponse }) {
  const { decision, state } = props.response;
  const { t, formatTime } = useFormatters();
  return (
    <Card
      variant="outlined"
      component="section"
      aria-label={t('decisions.votes.label')}
    >
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {t('decisions.votes.title', {
            total: String(decision.votes.length),
          })}
        </Typography>
        {state.noGo.length > 0 && (
          <Alert
            severity="error"
            sx={{ mb: 1 }}
            aria-label={t('decisions.votes.noGoLabel')}
          >
            {t('decisions.votes.noGoDecides', { count: state.noGo.length })}
            {state.noGo.map((vote, i) => (
              <span key={vote.voter}>
                {i > 0 && '; '}
                {t('decisions.votes.noGoVote', {
                  voter: <EntityRefLink entityRef={vote.voter} />,
                  reason: vote.reason,
                })}
              </span>
            ))}
          </Alert>
        )}
        {decision.votes.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {t('decisions.votes.none')}
          </Typography>
        ) : (
          <Table size="small" aria-label={t('decisions.votes.tableLabel')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('decisions.votes.voter')}</TableCell>
                <TableCell>{t('decisions.votes.vote')}</TableCell>
                <TableCell>{t('decisions.votes.as')}</TableCell>
                <TableCell>{t('decisions.votes.reason')}</TableCell>
                <TableCell>{t('decisions.votes.at')}</TableCell>
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
                      label={
                        vote.vote === 'go'
                          ? t('decisions.votes.go')
                          : t('decisions.votes.noGo')
                      }
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
