import type { Workload } from '../workloads/types';

/**
 * How to tell which commit or tag an environment runs, from one of its workloads: the gate
 * sources are then asked for the check results of exactly that ref.
 *
 * @public
 */
export interface RunningRefRule {
  /** The workload whose image tag names the ref, e.g. `servanda-api`. */
  workload: string;
  /**
   * A regular expression matched against the image tag; the ref is its named group `ref`, or the
   * whole match. Without it, the ref is the version the version patterns parsed from the tag.
   */
  pattern?: string;
  /** Turns the ref into the name the gate source knows, e.g. `v{ref}`. Default `{ref}`. */
  template?: string;
}

/**
 * The ref a {@link RunningRefRule} finds, or why there is none.
 *
 * @public
 */
export type RunningRef =
  | { ref: string; workload: string; tag: string }
  | { ref?: undefined; reason: string };

/**
 * Finds the commit or tag an environment runs from its workloads. The workload's container of
 * the same name counts, otherwise its first container with a tag (init containers never).
 *
 * @public
 */
export function resolveRunningRef(
  workloads: readonly Workload[],
  rule: RunningRefRule,
): RunningRef {
  const workload = workloads.find(w => w.name === rule.workload);
  if (!workload) {
    return { reason: `workload ${rule.workload} does not run here` };
  }
  const containers = workload.images.filter(i => !i.init && i.tag);
  const image =
    containers.find(i => i.container === workload.name) ?? containers[0];
  if (!image?.tag) {
    return {
      reason: `${workload.kind} ${workload.name} runs an image without a tag`,
    };
  }
  let ref: string | undefined;
  if (rule.pattern) {
    const match = new RegExp(rule.pattern).exec(image.tag);
    if (!match) {
      return {
        reason: `image tag ${image.tag} of ${workload.name} does not match ${rule.pattern}`,
      };
    }
    ref = match.groups?.ref ?? match[0];
  } else {
    ref = image.version;
    if (!ref) {
      return {
        reason: `no version pattern recognises image tag ${image.tag} of ${workload.name}`,
      };
    }
  }
  return {
    ref: (rule.template ?? '{ref}').split('{ref}').join(ref),
    workload: workload.name,
    tag: image.tag,
  };
}
