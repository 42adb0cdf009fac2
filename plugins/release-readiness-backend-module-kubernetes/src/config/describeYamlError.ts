import { yamlErrorLocation } from './yamlErrorLocation';

/**
 * Our own words for why a YAML (or JSON) file could not be parsed: `is not valid YAML (line 10,
 * column 37)`, or `is not valid YAML` when the parser gave no position. Never the parser's message
 * or the source text, which can hold secrets.
 */
export function describeYamlError(error: unknown): string {
  const location = yamlErrorLocation(error);
  return location
    ? `is not valid YAML (line ${location.line}, column ${location.column})`
    : 'is not valid YAML';
}
