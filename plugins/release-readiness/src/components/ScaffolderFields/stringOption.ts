/** A `ui:options` value that must be a non-empty string, or undefined (absent or not a string). */
export function stringOption(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
