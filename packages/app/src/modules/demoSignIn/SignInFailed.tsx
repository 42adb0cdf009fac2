import { WarningPanel } from '@backstage/core-components';
import Button from '@material-ui/core/Button';
import type { SignInChoice } from './signInChoiceStorage';
import { SignInLayout } from './SignInLayout';

function statusOf(error: Error | undefined): number | undefined {
  if (error && 'statusCode' in error && typeof error.statusCode === 'number') {
    return error.statusCode;
  }
  return undefined;
}

function reasonOf(choice: SignInChoice, status: number | undefined): string {
  const who = choice.provider === 'guest' ? 'the guest' : choice.displayName;
  if (status === 404 && choice.provider === 'demo') {
    return `${who} is not in the catalog (any more), or the demo sign-in is not configured.`;
  }
  if (status === 403) {
    return `The backend does not allow signing in as ${who} here (the ${choice.provider} sign-in works in development only).`;
  }
  if (status !== undefined) {
    return `The backend answered HTTP ${status} when signing in as ${who}.`;
  }
  return `Signing in as ${who} did not work: the backend could not be reached.`;
}

/** Shown when signing in with the stored choice fails: why, and a way back to the picker. */
export function SignInFailed(props: {
  choice: SignInChoice;
  error?: Error;
  onBack: () => void;
}) {
  const { choice, error, onBack } = props;
  return (
    <SignInLayout>
      <WarningPanel
        severity="error"
        title="Sign-in failed"
        defaultExpanded
        message={reasonOf(choice, statusOf(error))}
      />
      <Button variant="contained" color="primary" onClick={onBack}>
        Choose someone else
      </Button>
    </SignInLayout>
  );
}
