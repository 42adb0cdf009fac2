type Requirement = (labels: Record<string, string>) => boolean;

function parseRequirement(term: string): Requirement {
  const set = /^([^\s!=]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(term);
  if (set) {
    const [, key, op, list] = set;
    const values = new Set(list.split(',').map(v => v.trim()));
    return op === 'in'
      ? labels => key in labels && values.has(labels[key])
      : labels => !(key in labels) || !values.has(labels[key]);
  }
  const inequality = /^([^\s!=]+)\s*!=\s*(\S*)$/.exec(term);
  if (inequality) {
    const [, key, value] = inequality;
    return labels => labels[key] !== value;
  }
  const equality = /^([^\s!=]+)\s*==?\s*(\S*)$/.exec(term);
  if (equality) {
    const [, key, value] = equality;
    return labels => labels[key] === value;
  }
  const notExists = /^!\s*([^\s!=]+)$/.exec(term);
  if (notExists) {
    return labels => !(notExists[1] in labels);
  }
  if (/^[^\s!=(),]+$/.test(term)) {
    return labels => term in labels;
  }
  throw new Error(`unable to parse requirement: '${term}'`);
}

/** Splits on commas that are not inside a `(...)` value list. */
function splitTerms(selector: string): string[] {
  const terms: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of selector) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (char === ',' && depth === 0) {
      terms.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  terms.push(current);
  return terms.map(t => t.trim()).filter(Boolean);
}

/**
 * A matcher for a Kubernetes label selector string as the API server accepts it: `k=v`, `k==v`,
 * `k!=v`, `k`, `!k`, `k in (a,b)`, `k notin (a,b)`, comma-separated (all must hold).
 *
 * @throws `Error` for a selector the API server would reject with 400
 */
export function matchLabelSelector(
  selector: string | undefined,
): (labels: Record<string, string> | undefined) => boolean {
  const requirements = splitTerms(selector ?? '').map(parseRequirement);
  return labels => requirements.every(r => r(labels ?? {}));
}
