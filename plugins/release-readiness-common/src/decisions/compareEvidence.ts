import type { ReadinessEvaluation } from '../readiness';
import type { EvidenceChange } from './types';

/**
 * What changed between the evidence pinned when a decision was requested and live readiness:
 * every item whose status differs, and items that appeared or disappeared (`absent` on the side
 * that lacks them). Pinned items first in their order, then new live items in theirs.
 *
 * @remarks
 * Pure. Items are matched by id; the live title wins when both have one.
 *
 * @public
 */
export function compareEvidence(
  pinned: ReadinessEvaluation,
  live: ReadinessEvaluation,
): EvidenceChange[] {
  const liveById = new Map(live.items.map(item => [item.id, item]));
  const pinnedIds = new Set(pinned.items.map(item => item.id));
  const changes: EvidenceChange[] = [];
  for (const before of pinned.items) {
    const after = liveById.get(before.id);
    if (after?.status !== before.status) {
      changes.push({
        item: before.id,
        title: after?.title ?? before.title,
        from: before.status,
        to: after?.status ?? 'absent',
      });
    }
  }
  for (const after of live.items) {
    if (!pinnedIds.has(after.id)) {
      changes.push({
        item: after.id,
        title: after.title,
        from: 'absent',
        to: after.status,
      });
    }
  }
  return changes;
}
