import type { TestWorkflow } from './types';

/** At most this many inputs per dispatch (GitHub's documented limit). */
const MAX_INPUTS = 25;

/** The keys `POST …/dispatches` accepts. */
const BODY_KEYS = ['ref', 'inputs', 'return_run_details'];

/** A refused dispatch: the status and the message GitHub would answer. */
export interface DispatchRefusal {
  status: 400 | 422;
  message: string;
}

/** A dispatch GitHub would accept: the ref, the inputs as strings and whether to answer the run. */
export interface AcceptedDispatch {
  ref: string;
  inputs: Record<string, string>;
  returnRunDetails: boolean;
}

/**
 * Checks a `POST /repos/{o}/{r}/actions/workflows/{id}/dispatches` body as GitHub does: known
 * body keys only (`return_run_details` only where the server supports it), `ref` an existing
 * branch or tag, inputs declared by the workflow's `workflow_dispatch` trigger, required inputs
 * set (unless they have a default — test inputs have none), `choice` values among the options.
 * The messages are GitHub's wording.
 *
 * @param workflow - the dispatched workflow
 * @param body - the parsed request body
 * @param options - the refs that exist and whether `return_run_details` is known
 * @returns the refusal, or the accepted dispatch
 */
export function validateDispatch(
  workflow: TestWorkflow,
  body: unknown,
  options: { refs: readonly string[]; supportsRunDetails: boolean },
): DispatchRefusal | AcceptedDispatch {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { status: 400, message: 'Problems parsing JSON' };
  }
  const fields = new Map(Object.entries(body));
  const allowed = options.supportsRunDetails
    ? BODY_KEYS
    : BODY_KEYS.filter(k => k !== 'return_run_details');
  const unknownKey = [...fields.keys()].find(k => !allowed.includes(k));
  if (unknownKey !== undefined) {
    return {
      status: 400,
      message: `Invalid request.\n\n"${unknownKey}" is not a permitted key.`,
    };
  }
  const ref = fields.get('ref');
  if (typeof ref !== 'string' || ref === '') {
    return {
      status: 422,
      message: `Invalid request.\n\n"ref" wasn't supplied.`,
    };
  }
  const state = workflow.state ?? 'active';
  if (state !== 'active') {
    return {
      status: 422,
      message: "Cannot trigger a 'workflow_dispatch' on a disabled workflow",
    };
  }
  const declared = workflow.dispatchInputs;
  if (!declared) {
    return {
      status: 422,
      message: "Workflow does not have 'workflow_dispatch' trigger",
    };
  }
  const branch = ref.replace(/^refs\/(heads|tags)\//, '');
  if (!options.refs.includes(branch)) {
    return { status: 422, message: `No ref found for: ${ref}` };
  }
  const rawInputs = fields.get('inputs') ?? {};
  if (
    typeof rawInputs !== 'object' ||
    rawInputs === null ||
    Array.isArray(rawInputs)
  ) {
    return {
      status: 422,
      message:
        'Invalid request.\n\nFor \'properties/inputs\', "inputs" is not an object.',
    };
  }
  const entries = Object.entries(rawInputs);
  if (entries.length > MAX_INPUTS) {
    return {
      status: 422,
      message: `you may only define up to ${MAX_INPUTS} \`inputs\` for a \`workflow_dispatch\` event`,
    };
  }
  const unexpected = entries
    .map(([k]) => k)
    .filter(k => !Object.prototype.hasOwnProperty.call(declared, k));
  if (unexpected.length > 0) {
    return {
      status: 422,
      message: `Unexpected inputs provided: ${JSON.stringify(unexpected)}`,
    };
  }
  const inputs: Record<string, string> = {};
  for (const [id, value] of entries) {
    if (!['string', 'number', 'boolean'].includes(typeof value)) {
      return {
        status: 422,
        message: `Invalid request.\n\nFor 'properties/${id}', ${JSON.stringify(
          value,
        )} is not a string.`,
      };
    }
    inputs[id] = String(value);
  }
  for (const [id, input] of Object.entries(declared)) {
    const value = inputs[id];
    if (input.required && (value === undefined || value === '')) {
      return { status: 422, message: `Required input '${id}' not provided` };
    }
    if (
      input.type === 'choice' &&
      value !== undefined &&
      !(input.options ?? []).includes(value)
    ) {
      return {
        status: 422,
        message: `Provided value '${value}' for input '${id}' not in the list of allowed values`,
      };
    }
  }
  return {
    ref,
    inputs,
    returnRunDetails: fields.get('return_run_details') === true,
  };
}
