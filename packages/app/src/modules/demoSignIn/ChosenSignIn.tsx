import { ProxiedSignInPage } from '@backstage/core-components';
import type { IdentityApi } from '@backstage/frontend-plugin-api';
import type { SignInPageProps } from '@backstage/plugin-app-react';
import { useCallback, useMemo } from 'react';
import { DEMO_USER_HEADER } from './demoUserHeader';
import { SignInChoice, signInChoiceStorage } from './signInChoiceStorage';
import { SignInFailed } from './SignInFailed';
import { withSignOut } from './withSignOut';

/**
 * Signs in with the chosen provider (`guest`, or `demo` with the person in the `x-demo-user`
 * header, sent again on every token refresh). Signing out forgets the choice.
 */
export function ChosenSignIn(props: {
  choice: SignInChoice;
  onSignInSuccess: SignInPageProps['onSignInSuccess'];
  onBack: () => void;
}) {
  const { choice, onSignInSuccess, onBack } = props;
  const headers = useMemo((): Record<string, string> => {
    return choice.provider === 'demo'
      ? { [DEMO_USER_HEADER]: choice.userEntityRef }
      : {};
  }, [choice]);
  const ErrorComponent = useMemo(
    () =>
      function ChosenSignInError({ error }: { error?: Error }) {
        return <SignInFailed choice={choice} error={error} onBack={onBack} />;
      },
    [choice, onBack],
  );
  const onSuccess = useCallback(
    (identity: IdentityApi) =>
      onSignInSuccess(withSignOut(identity, signInChoiceStorage.clear)),
    [onSignInSuccess],
  );

  return (
    <ProxiedSignInPage
      provider={choice.provider}
      headers={headers}
      ErrorComponent={ErrorComponent}
      onSignInSuccess={onSuccess}
    />
  );
}
