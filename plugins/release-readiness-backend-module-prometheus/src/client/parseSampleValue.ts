/**
 * A sample value as Prometheus' JSON writes it (a string: `"42"`, `"1.5e+06"`, `"+Inf"`,
 * `"-Inf"`, `"NaN"`) as a number; NaN for anything else.
 */
export function parseSampleValue(text: string): number {
  switch (text) {
    case '+Inf':
    case 'Inf':
      return Infinity;
    case '-Inf':
      return -Infinity;
    default:
      return text.trim() === '' ? NaN : Number(text);
  }
}
