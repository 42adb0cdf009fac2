import { EmptyState, Link } from '@backstage/core-components';
import Grid from '@mui/material/Grid';
import Typography from '@mui/material/Typography';
import { useEnvironments } from '../../hooks/useEnvironments';
import { SourcedContent } from '../shared';
import { EnvironmentCard } from './EnvironmentCard';

/**
 * The board's landing page: every environment in promotion order.
 *
 * @public
 */
export function EnvironmentsOverview() {
  const state = useEnvironments();
  return (
    <SourcedContent state={state} title="Could not load the environments">
      {value =>
        value.items.length === 0 ? (
          <EmptyState
            missing="data"
            title="No environments configured"
            description="Add environments under releaseReadiness.environments in app-config.yaml (see the plugin README)."
          />
        ) : (
          <>
            <Typography variant="body1" sx={{ mb: 2 }}>
              {value.items.length} environments in promotion order.{' '}
              <Link to="deployed">What's deployed where</Link>
            </Typography>
            <Grid container spacing={2}>
              {value.items.map((environment, index) => (
                <Grid item xs={12} md={6} lg={4} key={environment.name}>
                  <EnvironmentCard environment={environment} step={index + 1} />
                </Grid>
              ))}
            </Grid>
          </>
        )
      }
    </SourcedContent>
  );
}
