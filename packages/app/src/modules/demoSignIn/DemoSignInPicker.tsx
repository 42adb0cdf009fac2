import { InfoCard, Progress, WarningPanel } from '@backstage/core-components';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { DemoPeopleList } from './DemoPeopleList';
import type { SignInChoice } from './signInChoiceStorage';
import { SignInLayout } from './SignInLayout';
import { useDemoPeople } from './useDemoPeople';

/**
 * The picker: "Sign in as guest" always; the demo people while the backend serves them (nothing
 * more when it answers 404), with loading, empty and error states.
 */
export function DemoSignInPicker(props: {
  onChoose: (choice: SignInChoice) => void;
}) {
  const { onChoose } = props;
  const { state, retry } = useDemoPeople();

  return (
    <SignInLayout>
      <Grid container spacing={3}>
        <Grid item xs={12} md={4}>
          <InfoCard title="Guest">
            <Typography paragraph>
              Sign in as the guest user, who holds no release role.
            </Typography>
            <Button
              variant="contained"
              color="primary"
              onClick={() => onChoose({ provider: 'guest' })}
            >
              Sign in as guest
            </Button>
          </InfoCard>
        </Grid>
        {state.status !== 'disabled' && (
          <Grid item xs={12} md={8}>
            <InfoCard title="Demo people">
              <Typography paragraph role="note">
                Demo sign-in: pick a person to try their permissions. Not for
                production.
              </Typography>
              {state.status === 'loading' && (
                <>
                  <Progress />
                  <Typography>Loading the demo people…</Typography>
                </>
              )}
              {state.status === 'error' && (
                <>
                  <WarningPanel
                    severity="error"
                    title="The demo people could not be loaded"
                    defaultExpanded
                    message={state.message}
                  />
                  <Button variant="outlined" onClick={retry}>
                    Retry
                  </Button>
                </>
              )}
              {state.status === 'enabled' && state.people.length === 0 && (
                <>
                  <Typography paragraph>
                    The catalog has no users yet (it reads the examples shortly
                    after the backend starts).
                  </Typography>
                  <Button variant="outlined" onClick={retry}>
                    Reload the list
                  </Button>
                </>
              )}
              {state.status === 'enabled' && state.people.length > 0 && (
                <DemoPeopleList
                  people={state.people}
                  onChoose={person =>
                    onChoose({
                      provider: 'demo',
                      userEntityRef: person.entityRef,
                      displayName: person.displayName,
                    })
                  }
                />
              )}
            </InfoCard>
          </Grid>
        )}
      </Grid>
    </SignInLayout>
  );
}
