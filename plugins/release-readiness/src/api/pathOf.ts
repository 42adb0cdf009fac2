/** A path from segments, each escaped: `/systems/a%2Fb/environments`. */
export function pathOf(...segments: string[]): string {
  return segments.map(s => `/${encodeURIComponent(s)}`).join('');
}
