/**
 * The share of an error budget left (Pyrra's `QueryErrorBudget`):
 * `((1 − target) − badRatio) / (1 − target)`; 1 untouched, 0 spent, below 0 overspent. Null for
 * a target of 1 or more, which has no budget to share.
 *
 * @param target - the objective's target ratio, e.g. 0.999
 * @param badRatio - the share of bad requests in the window, 0–1
 * @public
 */
export function remainingBudget(
  target: number,
  badRatio: number,
): number | null {
  const budget = 1 - target;
  if (!(budget > 0)) {
    return null;
  }
  return (budget - badRatio) / budget;
}
