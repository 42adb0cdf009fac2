/** Labels of an object; absent labels match as none. */
type Labels = Readonly<Record<string, string>> | undefined;

/** A label key: an optional DNS-subdomain prefix and `/`, then a name of at most 63 characters. */
const KEY =
  /^(?:[a-z0-9](?:[-a-z0-9.]{0,251}[a-z0-9])?\/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
/** A label value: empty, or at most 63 characters, alphanumeric at both ends. */
const VALUE = /^(?:[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$/;

/** The terms of a selector: split on the commas outside `( … )` value lists, trimmed. */
function splitTerms(selector: string): string[] {
  const terms: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of selector) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (char === ',' && depth === 0) {
      terms.push(current.trim());
      current = '';
    } else {
      current += char;
    }
  }
  terms.push(current.trim());
  return terms;
}

function requirement(
  term: string,
): ((labels: Readonly<Record<string, string>>) => boolean) | undefined {
  const set = /^(\S+)\s+(in|notin)\s+\(([^()]*)\)$/.exec(term);
  if (set) {
    const [, key, op, list] = set;
    const values = list.split(',').map(v => v.trim());
    if (!KEY.test(key) || !values.every(v => VALUE.test(v))) {
      return undefined;
    }
    return op === 'in'
      ? labels => key in labels && values.includes(labels[key])
      : labels => !(key in labels) || !values.includes(labels[key]);
  }
  const compare = /^([^\s!=]+)\s*(==|=|!=)\s*([^\s,]*)$/.exec(term);
  if (compare) {
    const [, key, op, value] = compare;
    if (!KEY.test(key) || !VALUE.test(value)) {
      return undefined;
    }
    return op === '!='
      ? labels => labels[key] !== value
      : labels => labels[key] === value;
  }
  const absent = /^!\s*(\S+)$/.exec(term);
  if (absent) {
    return KEY.test(absent[1]) ? labels => !(absent[1] in labels) : undefined;
  }
  return KEY.test(term) ? labels => term in labels : undefined;
}

/**
 * Parses a Kubernetes label selector as the API server reads it (`k=v`, `k==v`, `k!=v`, `k`,
 * `!k`, `k in (a,b)`, `k notin (a,b)`, comma-separated, all must hold; keys and values checked
 * as label syntax) and returns a matcher for objects' labels. It validates a configured selector
 * at start-up and filters the objects of an offline snapshot as the API server would.
 *
 * @throws `Error` naming the position of the first invalid term (never quoting the selector)
 */
export function parseLabelSelector(
  selector: string,
): (labels: Labels) => boolean {
  const terms = splitTerms(selector);
  const requirements = terms.map((term, index) => {
    const parsed = term ? requirement(term) : undefined;
    if (!parsed) {
      throw new Error(
        `is not a valid label selector: term ${
          index + 1
        } is not a label requirement (k=v, k!=v, k in (a,b), k notin (a,b), k, !k)`,
      );
    }
    return parsed;
  });
  return labels => requirements.every(r => r(labels ?? {}));
}
