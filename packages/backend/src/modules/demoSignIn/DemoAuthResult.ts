/** What the demo authenticator hands to the profile transform and the sign-in resolver. */
export interface DemoAuthResult {
  /** The validated, lower-case `user:<namespace>/<name>` ref from the request header. */
  userEntityRef: string;
}
