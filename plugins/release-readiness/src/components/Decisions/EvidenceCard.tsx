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
import { StatusChip, useFormatters, VerdictChip } from '../shared';
import { EvidenceChanges } from './EvidenceChanges';

const NOW = {
  pass: 'decisions.evidence.nowPass',
  warn: 'decisions.evidence.nowWarn',
  fail: 'decisions.evidence.nowFail',
  unknown: 'decisions.evidence.nowUnknownStatus',
  absent: 'decisions.evidence.gone',
} as const satisfies Record<EvidenceChange['to'], string>;

/** The key of the "Now" cell: unknown without live data, else unchanged, gone or the new status. */
function nowOf(
  changes: EvidenceChange[] | undefined,
  to: EvidenceChange['to'] | undefined,
) {
  if (changes === undefined) {
    return 'decisions.evidence.nowUnknown';
  }
  return to === undefined ? 'decisions.evidence.unchanged' : NOW[to];
}

/**
 * The evidence pinned when the decision was requested (every item with its status, reason,
 * source and "as of" time), and what changed since against live data.
 */
export function EvidenceCard(props: { response: DecisionResponse }) {
  const { decision, changes } = props.response;
  const { evidence } = decision;
  const now = new Map(changes?.map(c => [c.item, c.to]));
  const { t, formatTime } = useFormatters();
  return (
    <Card
      variant="outlined"
      component="section"
      aria-label={t('decisions.evidence.label')}
    >
      <CardContent>
        <Stack spacing={2}>
          <Stack direction="row" spacing={1} alignItems="center">
            <Typography variant="h6" component="h2">
              {t('decisions.evidence.pinnedAt', {
                at: formatTime(evidence.at),
              })}
            </Typography>
            <VerdictChip verdict={evidence.verdict} />
          </Stack>
          <Typography variant="body2" color="text.secondary">
            {t('decisions.evidence.changeTypeRisk', {
              changeType: evidence.changeType,
              risk: evidence.risk,
            })}
          </Typography>
          <Table size="small" aria-label={t('decisions.evidence.tableLabel')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('decisions.evidence.item')}</TableCell>
                <TableCell>{t('decisions.evidence.status')}</TableCell>
                <TableCell>{t('decisions.evidence.reason')}</TableCell>
                <TableCell>{t('decisions.evidence.source')}</TableCell>
                <TableCell>{t('decisions.evidence.asOf')}</TableCell>
                <TableCell>{t('decisions.evidence.now')}</TableCell>
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
                          ({t('decisions.evidence.enforcementWarn')})
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
                        : t('decisions.evidence.neverRead')}
                    </TableCell>
                    <TableCell>{t(nowOf(changes, to))}</TableCell>
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
