import type { RaciEligibility } from './mayActAs';
import { normaliseUserRef, raciPreflight } from './raciPreflight';
import type { RaciResponse } from './types';

/**
 * The question {@link mayHoldRole} answers.
 *
 * @public
 */
export interface RaciRoleRequest {
  /** The acting user's entity ref, e.g. `user:default/sophie.lang`. */
  user: string;
  /** Role ids of the RACI configuration, e.g. `[qa, release-captain]`: any one suffices. */
  roles: string[];
  /** The environment the action is for. */
  environment: string;
}

/**
 * Does `user` hold one of `roles` in `environment`, given that environment's resolved RACI
 * matrix?
 *
 * @remarks
 * The role-based sibling of {@link mayActAs}, for settings that name roles rather than an
 * activity's letters (e.g. "QA may set the smoke-test gate"). It answers `allowed: false`, never
 * a guess, when the matrix is for another environment, when the people could not be resolved,
 * when a role is not configured or when the user holds none of them. `matches` lists the roles
 * held, with the letter `responsible` as a placeholder (roles carry no letter by themselves).
 *
 * @public
 */
export function mayHoldRole(
  raci: RaciResponse,
  request: RaciRoleRequest,
): RaciEligibility {
  const deny = (reason: string): RaciEligibility => ({
    allowed: false,
    reason,
    matches: [],
  });
  const preflight = raciPreflight(raci, request);
  if ('refusal' in preflight) {
    return deny(preflight.refusal);
  }
  const { user } = preflight;
  if (request.roles.length === 0) {
    return deny('No RACI role was asked for');
  }
  const configured = new Map(raci.roles.map(r => [r.id, r]));
  const unknown = request.roles.filter(r => !configured.has(r));
  if (unknown.length === request.roles.length) {
    return deny(
      `Unknown role ${unknown.join(', ')}; configured roles: ${
        [...configured.keys()].join(', ') || 'none'
      }`,
    );
  }
  const held = request.roles.filter(id =>
    configured
      .get(id)
      ?.people.some(p => normaliseUserRef(p.entityRef) === user),
  );
  if (held.length === 0) {
    const titles = request.roles.map(id => configured.get(id)?.title ?? id);
    return deny(
      `${user} holds none of the roles ${titles.join(', ')} in ${
        request.environment
      }`,
    );
  }
  return {
    allowed: true,
    reason: `${user} is ${held
      .map(id => configured.get(id)!.title)
      .join(' and ')} in ${request.environment}`,
    matches: [{ letter: 'responsible', roles: held }],
  };
}
