/**
 * Demo sign-in: an auth backend module with the `demo` provider and the people list.
 *
 * @packageDocumentation
 */
export { demoSignInModule as default } from './demoSignInModule';
