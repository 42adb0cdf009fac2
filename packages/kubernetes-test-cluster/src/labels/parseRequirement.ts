/** One requirement of a label selector: does an object with these labels meet it? */
export type Requirement = (labels: Record<string, string>) => boolean;

/**
 * One term of a label selector (`k=v`, `k==v`, `k!=v`, `k`, `!k`, `k in (a,b)`,
 * `k notin (a,b)`) as a {@link Requirement}.
 *
 * @throws `Error` for a term the API server would reject with 400
 */
export function parseRequirement(term: string): Requirement {
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
