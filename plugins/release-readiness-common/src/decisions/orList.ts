/**
 * `a`, `a or b`, `a, b or c`; past `max` entries `a, b, c or 2 others`.
 *
 * @internal
 */
export function orList(items: string[], max = Infinity): string {
  if (items.length > max) {
    const rest = items.length - max;
    return `${items.slice(0, max).join(', ')} or ${rest} ${
      rest === 1 ? 'other' : 'others'
    }`;
  }
  if (items.length <= 1) {
    return items.join('');
  }
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
