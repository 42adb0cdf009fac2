import { StoredObject } from '../store/StoredObject';

/** One line of a watch stream: the event as JSON and a newline, as the API server writes it. */
export function watchEventLine(
  type: string,
  object: StoredObject | object,
): string {
  return `${JSON.stringify({ type, object })}\n`;
}
