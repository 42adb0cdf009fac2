import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { DecisionResponse } from '@release-readiness/plugin-release-readiness-common';
import { StatusChip, useFormatters } from '../shared';
import { WaiverLine } from './WaiverLine';

/**
 * What blocks a go: every enforced item that failed or was unknown in the pinned evidence, with
 * its reason, source and "as of" time, and its waiver (or the lapsed one) if any.
 */
export function BlockingItemsCard(props: { response: DecisionResponse }) {
  const { decision, state } = props.response;
  const evidenceOf = (id: string) =>
    decision.evidence.items.find(item => item.id === id);
  const open = state.blocking.filter(b => !b.waiver).length;
  const { t, formatTime } = useFormatters();
  return (
    <Card
      variant="outlined"
      component="section"
      aria-label={t('decisions.blocking.label')}
    >
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {t('decisions.blocking.title')}
          {state.blocking.length > 0 &&
            t('decisions.blocking.withoutWaiver', {
              open: String(open),
              total: String(state.blocking.length),
            })}
        </Typography>
        {state.blocking.length === 0 ? (
          <Typography variant="body2">
            {t('decisions.blocking.nothing')}
          </Typography>
        ) : (
          <Stack component="ul" spacing={2} sx={{ pl: 0, listStyle: 'none' }}>
            {state.blocking.map(blocking => {
              const item = evidenceOf(blocking.item);
              return (
                <Stack
                  component="li"
                  key={blocking.item}
                  spacing={0.5}
                  aria-label={blocking.title}
                >
                  <Stack direction="row" spacing={1} alignItems="center">
                    <StatusChip status={blocking.status} />
                    <Typography variant="subtitle1" component="h3">
                      {blocking.title}
                    </Typography>
                    <Typography variant="caption" color="text.secondary">
                      {blocking.item}
                    </Typography>
                  </Stack>
                  <Typography variant="body2">{blocking.reason}</Typography>
                  {item && (
                    <Typography variant="caption" color="text.secondary">
                      {t('decisions.blocking.source', {
                        name: item.source.name,
                      })}
                      {item.source.fetchedAt
                        ? t('decisions.blocking.asOf', {
                            at: formatTime(item.source.fetchedAt),
                          })
                        : t('decisions.blocking.neverRead')}
                    </Typography>
                  )}
                  {blocking.waiver ? (
                    <WaiverLine waiver={blocking.waiver} />
                  ) : (
                    <Typography variant="body2" color="error">
                      {t('decisions.blocking.needsWaiver')}
                    </Typography>
                  )}
                  {blocking.lapsedWaiver && (
                    <WaiverLine waiver={blocking.lapsedWaiver} lapsed />
                  )}
                </Stack>
              );
            })}
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}
