import { Link } from '@backstage/core-components';
import Card from '@mui/material/Card';
import CardActions from '@mui/material/CardActions';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type {
  EnvironmentSummary,
  VersionSummaryResponse,
} from '@release-readiness/plugin-release-readiness-common';
import {
  AirGappedChip,
  type SourcedState,
  useBoardPaths,
  useFormatters,
} from '../shared';
import { BackupsTile } from './BackupsTile';
import { NextWindowTile } from './NextWindowTile';
import { OnCallTile } from './OnCallTile';
import { OwnersTile } from './OwnersTile';
import { ReadinessTiles } from './ReadinessTiles';
import { SlaTile } from './SlaTile';
import { VersionsTile } from './VersionsTile';
import { WorkloadsTile } from './WorkloadsTile';

/**
 * One environment's column on the board: its step in the promotion order, verdict, where it runs
 * and how releases get there, then what runs there and how healthy it is, its gates, who owns
 * the go/no-go (RACI), who is on call now, its SLA (the worst service), its backup freshness (the
 * worst item) and its freeze or next release window, each with its source's status.
 */
export function EnvironmentCard(props: {
  system: string;
  environment: EnvironmentSummary;
  step: number;
  /**
   * The system's version summary (counts per environment and the first rows, unhealthy and
   * drifting first), loaded once for the board.
   */
  versions: SourcedState<VersionSummaryResponse>;
}) {
  const { system, environment, step, versions } = props;
  const target = environment.target;
  const paths = useBoardPaths();
  const { t } = useFormatters();
  return (
    <Card
      variant="outlined"
      component="section"
      aria-label={environment.title}
      data-testid={`environment-column-${environment.name}`}
      sx={{ height: '100%', display: 'flex', flexDirection: 'column' }}
    >
      <CardContent sx={{ flexGrow: 1 }}>
        <Stack
          direction="row"
          spacing={1}
          useFlexGap
          flexWrap="wrap"
          alignItems="center"
          sx={{ mb: 1 }}
        >
          <Chip
            size="small"
            label={t('board.overview.step', { step: String(step) })}
          />
          <Typography variant="h6" component="h2">
            {environment.title}
          </Typography>
          <AirGappedChip target={target} />
        </Stack>
        {environment.promotion && (
          <Typography variant="body2" gutterBottom>
            <strong>{t('board.overview.promotion')}</strong>{' '}
            {environment.promotion}
          </Typography>
        )}
        {environment.description && (
          <Typography variant="body2" color="text.secondary" gutterBottom>
            {environment.description}
          </Typography>
        )}
        <Typography variant="body2" color="text.secondary" gutterBottom>
          {t('board.overview.runsOn', {
            target: target?.label ?? t('board.overview.notDescribed'),
          })}
        </Typography>
        <Stack spacing={1.5} divider={<Divider flexItem />}>
          <ReadinessTiles system={system} environment={environment.name} />
          <VersionsTile
            system={system}
            environment={environment.name}
            versions={versions}
          />
          <WorkloadsTile system={system} environment={environment.name} />
          <OwnersTile system={system} environment={environment.name} />
          <OnCallTile system={system} environment={environment.name} />
          <SlaTile system={system} environment={environment.name} />
          <BackupsTile system={system} environment={environment.name} />
          <NextWindowTile system={system} environment={environment.name} />
        </Stack>
      </CardContent>
      {paths && (
        <CardActions>
          <Link to={paths.environment(system, environment.name)}>
            {t('board.overview.open', { title: environment.title })}
          </Link>
        </CardActions>
      )}
    </Card>
  );
}
