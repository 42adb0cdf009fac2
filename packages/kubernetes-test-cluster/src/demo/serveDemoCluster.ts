import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RolloutBehaviour } from '../controllers/RolloutBehaviour';
import { demoTls } from './demoTls';
import { KubernetesTestServer } from '../server/KubernetesTestServer';
import { loadObjects } from '../objects/loadObjects';
import { shiftTimestamps } from '../objects/shiftTimestamps';

/**
 * The time the demo fixtures were written at; served timestamps are moved to the present.
 *
 * @public
 */
export const DEMO_REFERENCE_TIME = '2025-06-02T12:00:00Z';

/** How long the demo's rollouts take by default: long enough to watch one progress. */
const DEMO_ROLLOUT: RolloutBehaviour = { delayMs: 8_000 };

/**
 * Starts the demo cluster for `make start`: the Kubernetes API test server, over HTTPS with the
 * throw-away demo CA, serving every `*.yaml` object list in `dir`, with timestamps moved so that
 * the reference time is now. It takes writes (a rollback from the portal) and plays the
 * controllers' part, ending rollouts after `rollout.delayMs` (default 8 s). It is not a
 * Kubernetes cluster and says so.
 *
 * @public
 */
export async function serveDemoCluster(options: {
  dir: string;
  port: number;
  host?: string;
  token: string;
  now?: Date;
  rollout?: RolloutBehaviour;
}): Promise<KubernetesTestServer> {
  const files = readdirSync(options.dir)
    .filter(f => f.endsWith('.yaml'))
    .sort();
  // Whole seconds, as the API server writes timestamps.
  const offset =
    Math.round(
      ((options.now ?? new Date()).getTime() -
        Date.parse(DEMO_REFERENCE_TIME)) /
        1000,
    ) * 1000;
  const objects = files.flatMap(f =>
    shiftTimestamps(
      loadObjects(readFileSync(join(options.dir, f), 'utf8')),
      offset,
    ),
  );
  const { cert, key } = demoTls();
  return KubernetesTestServer.start({
    objects,
    token: options.token,
    tls: { cert, key },
    port: options.port,
    host: options.host ?? '127.0.0.1',
    rollout: options.rollout ?? DEMO_ROLLOUT,
  });
}
