import { KubernetesWatches } from './KubernetesWatches';
import { ListParser } from './ListParser';

/** What every Kubernetes workload source of one module shares. */
export interface SharedReads {
  /** The module's watches (for clusters with `watch: true`), closed at shutdown. */
  watches?: KubernetesWatches;
  /** Parses and trims LIST bodies (the module's worker threads); default on the event loop. */
  parser?: ListParser;
}
