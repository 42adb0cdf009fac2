import type { RaciResponse } from '../people';
import type { ReadinessEnforcement, ReadinessItemStatus } from '../readiness';
import { mayParticipate } from './mayParticipate';
import type {
  DecisionBlockingItem,
  DecisionPolicy,
  DecisionRecord,
} from './types';

/** `fail` or `unknown` when an entry with this status and enforcement blocks; else undefined. */
function blockingStatus(entry: {
  status: ReadinessItemStatus;
  enforcement: ReadinessEnforcement;
}): DecisionBlockingItem['status'] | undefined {
  if (entry.enforcement !== 'block') {
    return undefined;
  }
  return entry.status === 'fail' || entry.status === 'unknown'
    ? entry.status
    : undefined;
}

/**
 * The items of a decision's pinned evidence that need a waiver before a go: every enforced item
 * that failed or could not be judged, and every enforced reason without an item (e.g. `policy`
 * when nothing is enforced), in the evidence's reason order (failures first), then any such item
 * the reasons miss. Each with the first waiver recorded for it when that still counts (its
 * `until` is after `now` and its author is still one of the policy's `waivers`); a waiver that no
 * longer counts is `lapsedWaiver`.
 *
 * @internal
 */
export function blockingItemsOf(
  record: DecisionRecord,
  policy: DecisionPolicy,
  raci: RaciResponse,
  nowMs: number,
): DecisionBlockingItem[] {
  const { items, reasons } = record.evidence;
  const found = new Map<string, DecisionBlockingItem>();
  for (const reason of reasons) {
    const status = blockingStatus(reason);
    const item = items.find(i => i.id === reason.itemId);
    if (status && !found.has(reason.itemId)) {
      found.set(reason.itemId, {
        item: reason.itemId,
        title:
          item?.title ??
          (reason.itemId === 'policy' ? 'Readiness policy' : reason.itemId),
        status: (item && blockingStatus(item)) ?? status,
        reason: item?.reason ?? reason.text,
      });
    }
  }
  for (const item of items) {
    const status = blockingStatus(item);
    if (status && !found.has(item.id)) {
      found.set(item.id, {
        item: item.id,
        title: item.title,
        status,
        reason: item.reason,
      });
    }
  }
  return [...found.values()].map(blocking => {
    const waiver = record.waivers.find(w => w.item === blocking.item);
    if (!waiver) {
      return blocking;
    }
    const counts =
      Date.parse(waiver.until) > nowMs &&
      mayParticipate(raci, policy.waivers, {
        user: waiver.by,
        environment: record.environment,
      }).allowed;
    return counts
      ? { ...blocking, waiver }
      : { ...blocking, lapsedWaiver: waiver };
  });
}
