import { notConfiguredSource, type SourceInfo } from '../sources';
import type { ReadinessItem } from './resultTypes';

/** The fields of an item that every evaluator fills the same way. */
export type ItemBase = Pick<
  ReadinessItem,
  'id' | 'kind' | 'title' | 'enforcement'
>;

/**
 * The item when its input is missing (no source configured) or unreadable: always `unknown`,
 * never `pass`.
 */
export function unavailableItem(
  base: ItemBase,
  input: { source: SourceInfo } | undefined,
  notConfigured: { sourceName: string; reason: string },
): ReadinessItem {
  if (!input) {
    return {
      ...base,
      status: 'unknown',
      reason: notConfigured.reason,
      evidence: [],
      source: notConfiguredSource(
        notConfigured.sourceName,
        notConfigured.reason,
      ),
    };
  }
  const error = input.source.error;
  let reason = `Cannot be judged: ${input.source.name} is unavailable: ${
    error ? `${error.message} (${error.type})` : 'no data yet'
  }`;
  if (error?.type === 'NOT_CONFIGURED') {
    reason = error.message;
  }
  return {
    ...base,
    status: 'unknown',
    reason,
    evidence: [],
    source: input.source,
  };
}
