/** Who the browser signs in as: the guest, or a demo person. */
export type SignInChoice =
  | { provider: 'guest' }
  | { provider: 'demo'; userEntityRef: string; displayName: string };

const KEY = 'release-readiness:demo-sign-in';

function parse(raw: string | null): SignInChoice | undefined {
  if (!raw) {
    return undefined;
  }
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) {
      return undefined;
    }
    if ('provider' in value && value.provider === 'guest') {
      return { provider: 'guest' };
    }
    if (
      'provider' in value &&
      value.provider === 'demo' &&
      'userEntityRef' in value &&
      typeof value.userEntityRef === 'string' &&
      'displayName' in value &&
      typeof value.displayName === 'string'
    ) {
      return {
        provider: 'demo',
        userEntityRef: value.userEntityRef,
        displayName: value.displayName,
      };
    }
  } catch {
    // Not JSON: treated as no choice.
  }
  return undefined;
}

/**
 * The sign-in choice kept in `localStorage`, so a reload signs in as the same person again and
 * signing out (which clears it) returns to the picker.
 */
export const signInChoiceStorage = {
  /** The stored choice; `undefined` when there is none or it is unreadable. */
  read(): SignInChoice | undefined {
    try {
      return parse(window.localStorage.getItem(KEY));
    } catch {
      return undefined;
    }
  },
  /** Stores the choice. */
  write(choice: SignInChoice): void {
    window.localStorage.setItem(KEY, JSON.stringify(choice));
  },
  /** Forgets the choice. */
  clear(): void {
    window.localStorage.removeItem(KEY);
  },
};
