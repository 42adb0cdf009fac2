import {
  BackstageCredentials,
  BackstageUserPrincipal,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { ConflictError, InputError, NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  BasicPermission,
} from '@backstage/plugin-permission-common';
import {
  DecisionEligibility,
  releaseReadinessDecisionRequestPermission,
  releaseReadinessDecisionVotePermission,
  releaseReadinessDecisionWaivePermission,
} from '@release-readiness/plugin-release-readiness-common';

const PERMISSIONS = {
  request: releaseReadinessDecisionRequestPermission,
  vote: releaseReadinessDecisionVotePermission,
  waive: releaseReadinessDecisionWaivePermission,
} satisfies Record<string, BasicPermission>;

const VERBS = {
  request: 'request go/no-go decisions',
  vote: 'vote on go/no-go decisions',
  waive: 'waive readiness items of go/no-go decisions',
};

/**
 * The permission half of every decision write: the Backstage permission for the user who acts
 * (the RACI half is the pure policy's `mayRequestDecision`, `mayVote`, `mayWaive`). Throws a
 * `NotAllowedError` naming the permission.
 */
export class DecisionGuard {
  readonly #permissions: PermissionsService;

  constructor(permissions: PermissionsService) {
    this.#permissions = permissions;
  }

  async require(
    action: keyof typeof PERMISSIONS,
    credentials: BackstageCredentials<BackstageUserPrincipal>,
  ): Promise<void> {
    const permission = PERMISSIONS[action];
    const [decision] = await this.#permissions.authorize([{ permission }], {
      credentials,
    });
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        `The permission policy does not allow you to ${VERBS[action]} (${permission.name})`,
      );
    }
  }

  /**
   * Throws the policy's refusal with its reason: 403 when the user is not one of the people the
   * policy names, 409 when the decision takes no more of this (not open, already voted or
   * waived), 400 for an item that needs no waiver or a bad `until`.
   */
  static raci(eligibility: DecisionEligibility): void {
    if (eligibility.allowed) {
      return;
    }
    switch (eligibility.refusal) {
      case 'not-open':
      case 'already-voted':
      case 'already-waived':
        throw new ConflictError(eligibility.reason);
      case 'not-blocking':
        throw new InputError(
          `Invalid body field 'item': ${eligibility.reason}`,
        );
      case 'bad-until':
        throw new InputError(
          `Invalid body field 'until': ${eligibility.reason}`,
        );
      default:
        throw new NotAllowedError(eligibility.reason);
    }
  }
}
