import type { RolloutStatus } from '@release-readiness/plugin-release-readiness-common';

/**
 * The message key of each rollout status (`board.rollout.<status>`), for chips and texts that
 * name a rollout status.
 *
 * @public
 */
export const ROLLOUT_STATUS_KEYS = {
  complete: 'board.rollout.complete',
  progressing: 'board.rollout.progressing',
  failed: 'board.rollout.failed',
  paused: 'board.rollout.paused',
  unknown: 'board.rollout.unknown',
} as const satisfies Record<RolloutStatus, string>;
