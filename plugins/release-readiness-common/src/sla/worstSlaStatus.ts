import type { SlaStatus } from './types';

const RANK: Record<SlaStatus, number> = {
  pass: 0,
  warn: 1,
  unknown: 2,
  fail: 3,
};

/**
 * The worst of some statuses: `fail` over `unknown` over `warn` over `pass`. Nothing to judge is
 * `unknown`, never `pass`.
 *
 * @public
 */
export function worstSlaStatus(statuses: SlaStatus[]): SlaStatus {
  if (statuses.length === 0) {
    return 'unknown';
  }
  return statuses.reduce((worst, s) => (RANK[s] > RANK[worst] ? s : worst));
}
