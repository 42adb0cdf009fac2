/**
 * How the test server's controllers (deployment, StatefulSet and DaemonSet) finish a rollout
 * after a workload's pod template changed.
 *
 * @public
 */
export interface RolloutBehaviour {
  /**
   * How long after the change the rollout ends (the status then says complete or failed); until
   * then it reads as progressing. Default 0 (at the next turn of the event loop).
   */
  delayMs?: number;
  /**
   * `complete` (default): every replica updated, ready and available. `fail`: a Deployment's
   * `Progressing` condition turns `False` with reason `ProgressDeadlineExceeded`; a StatefulSet
   * or DaemonSet (which have no progress deadline) keeps one updated pod unready, so it stays
   * progressing.
   */
  outcome?: 'complete' | 'fail';
  /**
   * The `Progressing` condition's message of a failed Deployment rollout; default
   * `ReplicaSet "<name>" has timed out progressing.`
   */
  failureMessage?: string;
}
