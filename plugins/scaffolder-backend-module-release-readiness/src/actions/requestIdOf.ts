import { createHash } from 'node:crypto';

/**
 * The request id of a write an action makes: derived from the task, the step and what
 * identifies the write (e.g. the decision and the item), so every run of the same step of the
 * same task (a retry, a recovery that starts over, even without a checkpoint) sends the same id
 * and the backend writes once. Matches the backend's `[A-Za-z0-9._:-]{8,100}`.
 */
export function requestIdOf(options: {
  taskId: string;
  stepId?: string;
  action: string;
  identity: ReadonlyArray<string | undefined>;
}): string {
  const hash = createHash('sha256')
    .update(
      JSON.stringify([
        options.taskId,
        options.stepId ?? '',
        options.action,
        ...options.identity.map(part => part ?? ''),
      ]),
    )
    .digest('hex');
  return `scaffolder:${hash.slice(0, 40)}`;
}
