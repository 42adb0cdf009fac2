import { Link } from '@backstage/core-components';
import Card from '@mui/material/Card';
import CardActions from '@mui/material/CardActions';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { EnvironmentSummary } from '@internal/backstage-plugin-release-readiness-common';
import { AirGappedChip, ReadinessChip, useBoardPaths } from '../shared';

/** One environment on the overview: where it runs and how releases get there. */
export function EnvironmentCard(props: {
  system: string;
  environment: EnvironmentSummary;
  step: number;
}) {
  const { system, environment, step } = props;
  const target = environment.target;
  const paths = useBoardPaths();
  return (
    <Card
      variant="outlined"
      component="section"
      aria-label={environment.title}
      sx={{ height: '100%' }}
    >
      <CardContent>
        <Stack
          direction="row"
          spacing={1}
          useFlexGap
          flexWrap="wrap"
          alignItems="center"
          sx={{ mb: 1 }}
        >
          <Chip size="small" label={`Step ${step}`} />
          <Typography variant="h6" component="h2">
            {environment.title}
          </Typography>
          <AirGappedChip target={target} />
          <ReadinessChip system={system} environment={environment.name} />
        </Stack>
        {environment.promotion && (
          <Typography variant="body2" gutterBottom>
            <strong>Promotion:</strong> {environment.promotion}
          </Typography>
        )}
        {environment.description && (
          <Typography variant="body2" color="text.secondary" gutterBottom>
            {environment.description}
          </Typography>
        )}
        <Typography variant="body2" color="text.secondary">
          {`Runs on: ${target?.label ?? 'not described'}`}
        </Typography>
      </CardContent>
      {paths && (
        <CardActions>
          <Link to={paths.environment(system, environment.name)}>
            Open {environment.title}
          </Link>
        </CardActions>
      )}
    </Card>
  );
}
