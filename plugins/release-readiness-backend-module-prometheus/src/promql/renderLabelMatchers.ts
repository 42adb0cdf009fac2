import type { LabelMatcher } from './LabelMatcher';

/**
 * Renders parsed label matchers as PromQL (`service="api-gateway",status_code=~"5.."`): names as
 * parsed (they match `[A-Za-z_][A-Za-z0-9_]*`), values re-quoted by `JSON.stringify`, whose
 * escapes (`\"`, `\\`, `\n`, `\uXXXX`) PromQL reads the same way.
 */
export function renderLabelMatchers(matchers: readonly LabelMatcher[]): string {
  return matchers
    .map(m => `${m.name}${m.op}${JSON.stringify(m.value)}`)
    .join(',');
}
