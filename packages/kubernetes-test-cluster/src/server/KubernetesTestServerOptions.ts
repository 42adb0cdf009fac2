import { RolloutBehaviour } from '../controllers/RolloutBehaviour';
import { StoredObject } from '../store/StoredObject';
import { WatchOptions } from '../watch/WatchOptions';

/**
 * Options of {@link KubernetesTestServer.start}.
 *
 * @public
 */
export interface KubernetesTestServerOptions {
  objects?: StoredObject[];
  /** When set, requests must carry `Authorization: Bearer <token>`, else 401. */
  token?: string;
  /** Delay before every answer. */
  latencyMs?: number;
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  /** Interface to listen on; default `127.0.0.1`. */
  host?: string;
  /** Serve HTTPS with this certificate (see `demoTls`); plain HTTP otherwise. */
  tls?: { cert: string; key: string };
  /**
   * How the deployment, StatefulSet and DaemonSet controllers end rollouts (default: complete at
   * once); `false` turns them off, so writes change only the written object.
   */
  rollout?: RolloutBehaviour | false;
  /** How watches (`?watch=1`) are served: bookmark interval and default timeout. */
  watch?: WatchOptions;
}
