import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type {
  ReadinessEvidence,
  ReadinessItem,
} from '@release-readiness/plugin-release-readiness-common';
import { SafeLink, SourceLine, StatusChip } from '../shared';
import { useFormatters } from '../shared/useFormatters';

function Evidence(props: { evidence: ReadinessEvidence }) {
  const { evidence } = props;
  const { formatTime } = useFormatters();
  const text = `${evidence.label}${
    evidence.value ? `: ${evidence.value}` : ''
  }${evidence.detail ? ` (${evidence.detail})` : ''}`;
  return (
    <Typography variant="body2" color="text.secondary" component="li">
      <SafeLink to={evidence.url}>{text}</SafeLink>
      {evidence.at && ` (${formatTime(evidence.at)})`}
    </Typography>
  );
}

function Precondition(props: { item: ReadinessItem }) {
  const { item } = props;
  const { t } = useFormatters();
  return (
    <Stack spacing={0.5} component="section" aria-label={item.title}>
      <Stack direction="row" spacing={1} alignItems="center">
        <StatusChip status={item.status} />
        <Typography variant="subtitle2" component="h3">
          {item.title}
        </Typography>
        {item.enforcement === 'warn' && (
          <Chip
            size="small"
            variant="outlined"
            label={t('environment.preconditions.advisory')}
          />
        )}
      </Stack>
      <Typography variant="body2">{item.reason}</Typography>
      {item.evidence.length > 0 && (
        <Stack component="ul" sx={{ m: 0, pl: 3 }}>
          {item.evidence.map((e, i) => (
            <Evidence key={i} evidence={e} />
          ))}
        </Stack>
      )}
      <SourceLine source={item.source} />
    </Stack>
  );
}

/**
 * The go-live preconditions: incidents, on-call, backups, restore tests, change window, CAB,
 * error budget, each with its status, reason, evidence and source.
 *
 * @public
 */
export function PreconditionsCard(props: { items: ReadinessItem[] }) {
  const items = props.items.filter(i => i.kind !== 'gate');
  const { t } = useFormatters();
  return (
    <Card
      variant="outlined"
      component="section"
      aria-label={t('environment.preconditions.label')}
    >
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {t('environment.preconditions.title')}
        </Typography>
        {items.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {t('environment.preconditions.none')}
          </Typography>
        ) : (
          <Stack spacing={2} divider={<Divider flexItem />}>
            {items.map(item => (
              <Precondition key={item.id} item={item} />
            ))}
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}
