import { isRecord } from '../objects/isRecord';
import { timestampNow } from './timestampNow';

/**
 * Sets the condition of `type` in `status.conditions` (replacing one of that type), with
 * `lastUpdateTime` now and `lastTransitionTime` now when its status changed.
 */
export function setCondition(
  status: Record<string, unknown>,
  condition: {
    type: string;
    status: 'True' | 'False';
    reason: string;
    message: string;
  },
): void {
  const conditions = Array.isArray(status.conditions)
    ? status.conditions.filter(isRecord)
    : [];
  const previous = conditions.find(c => c.type === condition.type);
  const now = timestampNow();
  const next = {
    ...condition,
    lastUpdateTime: now,
    lastTransitionTime:
      previous?.status === condition.status && previous.lastTransitionTime
        ? previous.lastTransitionTime
        : now,
  };
  status.conditions = [
    ...conditions.filter(c => c.type !== condition.type),
    next,
  ];
}
