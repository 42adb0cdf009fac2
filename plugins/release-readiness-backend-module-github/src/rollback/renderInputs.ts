import type { InputPlaceholder } from './INPUT_PLACEHOLDERS';

/**
 * Fills the placeholders of input templates, e.g. `{ version: 'v{version}' }` with version
 * `1.7.2` → `{ version: 'v1.7.2' }`. Templates were checked at start-up, so every placeholder is
 * known; text outside placeholders is kept as written.
 *
 * @param templates - input id → template
 * @param values - the value of each placeholder
 */
export function renderInputs(
  templates: Readonly<Record<string, string>>,
  values: Readonly<Record<InputPlaceholder, string>>,
): Record<string, string> {
  const known = new Map<string, string>(Object.entries(values));
  return Object.fromEntries(
    Object.entries(templates).map(([id, template]) => [
      id,
      template.replace(
        /\{(\w+)\}/g,
        (match, name: string) => known.get(name) ?? match,
      ),
    ]),
  );
}
