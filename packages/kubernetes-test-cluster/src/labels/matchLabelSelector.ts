import { parseRequirement } from './parseRequirement';
import { splitTerms } from './splitTerms';

/**
 * A matcher for a Kubernetes label selector string as the API server accepts it: `k=v`, `k==v`,
 * `k!=v`, `k`, `!k`, `k in (a,b)`, `k notin (a,b)`, comma-separated (all must hold). No selector
 * (or an empty one) matches everything.
 *
 * @throws `Error` for a selector the API server would reject with 400
 * @public
 */
export function matchLabelSelector(
  selector: string | undefined,
): (labels: Record<string, string> | undefined) => boolean {
  const requirements = splitTerms(selector ?? '').map(parseRequirement);
  return labels => requirements.every(r => r(labels ?? {}));
}
