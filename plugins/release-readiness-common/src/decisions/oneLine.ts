/**
 * User text for a one-sentence reason: whitespace runs (newlines too) become one space, and text
 * past `max` characters is cut with `…`.
 *
 * @internal
 */
export function oneLine(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
