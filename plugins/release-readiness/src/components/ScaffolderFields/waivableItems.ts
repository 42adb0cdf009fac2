import type {
  DecisionBlockingItem,
  DecisionState,
} from '@release-readiness/plugin-release-readiness-common';

/**
 * The blocking items that may still be waived: no waiver recorded (a lapsed one counts too, as an
 * item is waived once per decision).
 */
export function waivableItems(state: DecisionState): DecisionBlockingItem[] {
  return state.blocking.filter(b => !b.waiver && !b.lapsedWaiver);
}
