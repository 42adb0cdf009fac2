import { mockCredentials } from '@backstage/backend-test-utils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import type { JsonObject } from '@backstage/types';
import { captureLogger } from './captureLogger';

/**
 * An action context for unit tests, with what `createMockActionContext` ignores spread in: the
 * step, `isDryRun`, the initiator's credentials (`user`, default Lena Kraus) and a checkpoint
 * that records its keys and, given a `checkpoints` map, keeps successful values across runs as
 * the scaffolder does on a retry.
 */
export function actionContextOf<TInput extends JsonObject>(
  input: TInput,
  options: {
    user?: string;
    taskId?: string;
    stepId?: string;
    isDryRun?: boolean;
    checkpoints?: Map<string, unknown>;
  } = {},
) {
  const logger = captureLogger();
  const keys: string[] = [];
  const base = createMockActionContext<TInput>({
    input,
    logger,
    task: { id: options.taskId ?? 'task-1' },
  });
  const checkpoint: typeof base.checkpoint = async opts => {
    keys.push(opts.key);
    if (options.checkpoints?.has(opts.key)) {
      return options.checkpoints.get(opts.key) as Awaited<
        ReturnType<typeof opts.fn>
      >;
    }
    const value = await opts.fn();
    options.checkpoints?.set(opts.key, value);
    return value;
  };
  const output = jest.fn<void, [string, unknown]>();
  const ctx = {
    ...base,
    output,
    step: { id: options.stepId ?? 'step-1', name: 'Step' },
    isDryRun: options.isDryRun ?? false,
    checkpoint,
    getInitiatorCredentials: async () =>
      mockCredentials.user(options.user ?? 'user:default/lena.kraus'),
  };
  return {
    ctx,
    logger,
    keys,
    outputs: () => Object.fromEntries(output.mock.calls),
  };
}
