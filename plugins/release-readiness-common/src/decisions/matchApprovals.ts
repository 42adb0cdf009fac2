/**
 * A go voter and the approvals their go could fill.
 *
 * @internal
 */
export interface ApprovalCandidate {
  voter: string;
  approvals: string[];
}

/**
 * Assigns voters to approvals so that each approval has at most one voter, each voter fills at
 * most one approval, and as many approvals as possible are filled (a maximum bipartite matching,
 * by augmenting paths). Among equally good assignments, earlier voters and earlier approvals are
 * preferred. Gives approval id → voter.
 *
 * @internal
 */
export function matchApprovals(
  approvals: string[],
  voters: ApprovalCandidate[],
): Map<string, string> {
  const approvalOf = new Map<string, string>();
  const assign = (approval: string, seen: Set<string>): boolean => {
    for (const { voter, approvals: fillable } of voters) {
      if (!fillable.includes(approval) || seen.has(voter)) {
        continue;
      }
      seen.add(voter);
      const current = approvalOf.get(voter);
      if (current === undefined || assign(current, seen)) {
        approvalOf.set(voter, approval);
        return true;
      }
    }
    return false;
  };
  approvals.forEach(approval => assign(approval, new Set()));
  return new Map([...approvalOf].map(([voter, approval]) => [approval, voter]));
}
