import { SourceUnavailableError } from '@release-readiness/plugin-release-readiness-node';

/** An input id as GitHub names inputs; nothing else from its message is ever quoted. */
const INPUT_ID = /^[A-Za-z_][\w-]{0,99}$/;

/** What a refused dispatch is about, for the messages. */
export interface DispatchContext {
  /** e.g. `deploy.yml of servanda/servanda`. */
  workflow: string;
  ref: string;
  /** The inputs sent (id → value: rendered templates, never secrets). */
  inputs: Readonly<Record<string, string>>;
  /** How messages name the block, e.g. `environments.prod.rollback.githubActions`. */
  keyPrefix: string;
}

/**
 * Turns GitHub's refusal of a dispatch (400 or 422) into a `SourceUnavailableError` of type
 * `NOT_CONFIGURED` in our words: which input the workflow does not declare, which required input
 * the block does not set, which value is not among a choice input's options, that the ref does
 * not exist, that the workflow is disabled or has no `workflow_dispatch` trigger, each naming the
 * configuration key to fix. (The block does not fit the workflow; the backend records the message
 * of a `SourceUnavailableError`, where it would hide an `InputError`'s.) GitHub's message is
 * read, never passed on: only input ids that the block itself sets, or that look like input ids,
 * are quoted.
 *
 * @param status - GitHub's status
 * @param githubMessage - the `message` of GitHub's answer, when there is one
 * @param context - the workflow, ref, inputs and key prefix
 * @returns the error, or `undefined` when the refusal is none of these
 */
export function dispatchRefusal(
  status: number,
  githubMessage: unknown,
  context: DispatchContext,
): SourceUnavailableError | undefined {
  if (status !== 422 && status !== 400) {
    return undefined;
  }
  const text = typeof githubMessage === 'string' ? githubMessage : '';
  const { workflow, ref, inputs, keyPrefix } = context;
  const refused = `GitHub refused to dispatch ${workflow} on ${ref} (HTTP ${status})`;
  const unexpected = /^Unexpected inputs provided: (\[.*\])/.exec(text);
  if (unexpected) {
    const named = Object.keys(inputs).filter(id =>
      unexpected[1].includes(JSON.stringify(id)),
    );
    const list = named.length > 0 ? named : ['(unnamed)'];
    return notConfigured(
      `${refused}: the workflow declares no input ${list
        .map(id => `'${id}' (${keyPrefix}.inputs.${id})`)
        .join(
          ', ',
        )}; remove it or declare it under on.workflow_dispatch.inputs`,
    );
  }
  const required = /^Required input '([^']*)' not provided/.exec(text);
  if (required && INPUT_ID.test(required[1])) {
    return notConfigured(
      `${refused}: the workflow requires the input '${required[1]}', which ${keyPrefix}.inputs does not set`,
    );
  }
  const choice = /for input '([^']*)' not in the list of allowed values/.exec(
    text,
  );
  if (choice && Object.keys(inputs).includes(choice[1])) {
    return notConfigured(
      `${refused}: '${
        inputs[choice[1]]
      }' is not one of the options of the input '${
        choice[1]
      }' (${keyPrefix}.inputs.${choice[1]})`,
    );
  }
  if (/^No ref found for/.test(text)) {
    return notConfigured(
      `${refused}: the ref '${ref}' (${keyPrefix}.ref) does not exist`,
    );
  }
  if (/does not have 'workflow_dispatch' trigger/.test(text)) {
    return notConfigured(
      `${refused}: the workflow has no workflow_dispatch trigger (${keyPrefix}.workflow)`,
    );
  }
  if (/disabled workflow/.test(text)) {
    return notConfigured(
      `${refused}: the workflow is disabled; enable it in GitHub (${keyPrefix}.workflow)`,
    );
  }
  return notConfigured(
    `${refused}; check ${keyPrefix}.workflow, .ref and .inputs against the workflow's workflow_dispatch trigger`,
  );
}

function notConfigured(message: string): SourceUnavailableError {
  return new SourceUnavailableError('NOT_CONFIGURED', message);
}
