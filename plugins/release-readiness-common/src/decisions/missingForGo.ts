import type { RaciResponse } from '../people';
import { formatMoment } from '../readiness/formatting';
import type { ApprovalJudgement } from './judgeApprovals';
import { orList } from './orList';
import { personName } from './personName';
import type { DecisionBlockingItem, DecisionRecord } from './types';

const MAX_NAMES = 3;

/**
 * What a decision still lacks for a go, as parts of a sentence, e.g. `Waiting for Product Owner
 * (Jonas Weber or Mia Roth)` and `2 items need a waiver: restore-test, backup`. Empty when
 * nothing is missing.
 *
 * @internal
 */
export function missingForGo(
  record: DecisionRecord,
  judged: ApprovalJudgement,
  blocking: DecisionBlockingItem[],
  raci: RaciResponse,
  nowMs: number,
): string[] {
  const parts: string[] = [];
  const names = (people: { displayName: string }[]) =>
    orList(
      people.map(p => p.displayName),
      MAX_NAMES,
    );
  if (judged.refusal) {
    parts.push(`Cannot judge the votes: ${judged.refusal}`);
  } else if (judged.approvals.length === 0) {
    parts.push('The decision policy names no approval, so nothing proves a go');
  } else {
    const unfilled = judged.approvals.filter(a => a.filledBy === undefined);
    if (unfilled.length > 0) {
      parts.push(
        `Waiting for ${unfilled
          .map(
            a =>
              `${a.title} (${
                names(a.candidates) || 'nobody left who may give it'
              })`,
          )
          .join(' and ')}`,
      );
    } else if (!judged.fourEyesMet) {
      const others = judged.approvals.flatMap(a => a.candidates);
      parts.push(
        `Four-eyes: waiting for a go from someone other than the requester ${personName(
          raci,
          record.requester,
        )} (${names(others) || 'nobody else may give it'})`,
      );
    }
  }
  const unwaived = blocking.filter(b => !b.waiver && !b.lapsedWaiver);
  if (unwaived.length > 0) {
    parts.push(
      `${unwaived.length} ${
        unwaived.length === 1 ? 'item needs' : 'items need'
      } a waiver: ${unwaived.map(b => b.item).join(', ')}`,
    );
  }
  for (const { item, lapsedWaiver } of blocking) {
    if (lapsedWaiver) {
      const why =
        Date.parse(lapsedWaiver.until) <= nowMs
          ? `lapsed at ${formatMoment(lapsedWaiver.until)}`
          : `no longer counts (${personName(
              raci,
              lapsedWaiver.by,
            )} may no longer waive)`;
      parts.push(
        `the waiver of ${item} ${why} and cannot be renewed: a go needs a new decision`,
      );
    }
  }
  return parts;
}
