import type { V1LabelSelector } from '@kubernetes/client-node';
import { RawObject } from './RawObject';

/** A raw `spec.selector`'s `matchLabels` (the board does not read selectors; the model needs one). */
export function trimSelector(raw: RawObject | undefined): V1LabelSelector {
  return { matchLabels: raw?.strings('matchLabels') };
}
