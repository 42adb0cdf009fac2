import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import HourglassEmptyIcon from '@mui/icons-material/HourglassEmpty';
import type { DecisionResponse } from '@release-readiness/plugin-release-readiness-common';
import { PersonLink, useFormatters } from '../shared';

/**
 * The approvals a go needs: received ones (whose go filled it, when, why) and missing ones with
 * the people who can still give them.
 */
export function ApprovalsCard(props: { response: DecisionResponse }) {
  const { decision, state } = props.response;
  const { t, formatTime } = useFormatters();
  const received = state.approvals.filter(a => a.filledBy).length;
  const goOf = (voter: string) =>
    decision.votes.find(v => v.voter === voter && v.vote === 'go');
  return (
    <Card
      variant="outlined"
      component="section"
      aria-label={t('decisions.approvals.label')}
    >
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {t('decisions.approvals.title', {
            received: String(received),
            total: String(state.approvals.length),
          })}
        </Typography>
        <Stack component="ul" spacing={2} sx={{ pl: 0, listStyle: 'none' }}>
          {state.approvals.map(approval => {
            const vote = approval.filledBy
              ? goOf(approval.filledBy)
              : undefined;
            return (
              <Stack
                component="li"
                key={approval.id}
                spacing={0.5}
                aria-label={approval.title}
              >
                <Stack direction="row" spacing={1} alignItems="center">
                  {approval.filledBy ? (
                    <CheckCircleIcon color="success" fontSize="small" />
                  ) : (
                    <HourglassEmptyIcon color="disabled" fontSize="small" />
                  )}
                  <Typography variant="subtitle1" component="h3">
                    {approval.title}
                  </Typography>
                  <Typography variant="body2" color="text.secondary">
                    {approval.filledBy
                      ? t('decisions.approvals.received')
                      : t('decisions.approvals.missing')}
                  </Typography>
                </Stack>
                {approval.filledBy ? (
                  <Typography variant="body2">
                    {vote
                      ? t('decisions.approvals.goFromAt', {
                          voter: (
                            <EntityRefLink entityRef={approval.filledBy} />
                          ),
                          at: formatTime(vote.at),
                          reason: vote.reason,
                        })
                      : t('decisions.approvals.goFrom', {
                          voter: (
                            <EntityRefLink entityRef={approval.filledBy} />
                          ),
                        })}
                  </Typography>
                ) : (
                  <Stack spacing={0.5}>
                    <Typography variant="body2" color="text.secondary">
                      {approval.candidates.length > 0
                        ? t('decisions.approvals.canBeGivenBy')
                        : t('decisions.approvals.nobody')}
                    </Typography>
                    {approval.candidates.length > 0 && (
                      <Stack
                        direction="row"
                        spacing={2}
                        flexWrap="wrap"
                        useFlexGap
                        aria-label={t('decisions.approvals.whoCanGive', {
                          title: approval.title,
                        })}
                      >
                        {approval.candidates.map(person => (
                          <PersonLink key={person.entityRef} person={person} />
                        ))}
                      </Stack>
                    )}
                  </Stack>
                )}
              </Stack>
            );
          })}
        </Stack>
      </CardContent>
    </Card>
  );
}
