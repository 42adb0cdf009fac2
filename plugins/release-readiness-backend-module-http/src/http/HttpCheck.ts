import type { Dispatcher } from 'undici';
import type { HttpCheckConfig } from '../config/httpGatesSchema';

/** One configured probe, ready to run. */
export interface HttpCheck extends Omit<HttpCheckConfig, 'caFile'> {
  /** The check name the readiness policy's gates list, e.g. `health-200`. */
  name: string;
  /** Connects with TLS verification on, trusting Node's CAs plus the configured ones. */
  dispatcher: Dispatcher;
}
