import type { SignInPageProps } from '@backstage/plugin-app-react';
import { useCallback, useState } from 'react';
import { ChosenSignIn } from './ChosenSignIn';
import { DemoSignInPicker } from './DemoSignInPicker';
import { SignInChoice, signInChoiceStorage } from './signInChoiceStorage';

/**
 * The demo portal's sign-in page: pick the guest or a catalog person; the choice is kept in
 * `localStorage`, so a reload signs in as the same person, and signing out returns here.
 */
export function DemoSignInPage(props: SignInPageProps) {
  const [choice, setChoice] = useState(() => signInChoiceStorage.read());
  const choose = useCallback((next: SignInChoice) => {
    signInChoiceStorage.write(next);
    setChoice(next);
  }, []);
  const back = useCallback(() => {
    signInChoiceStorage.clear();
    setChoice(undefined);
  }, []);

  if (!choice) {
    return <DemoSignInPicker onChoose={choose} />;
  }
  return (
    <ChosenSignIn
      choice={choice}
      onSignInSuccess={props.onSignInSuccess}
      onBack={back}
    />
  );
}
