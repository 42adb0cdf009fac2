/** The header the backend's `demo` provider reads the person to sign in as from. */
export const DEMO_USER_HEADER = 'x-demo-user';
