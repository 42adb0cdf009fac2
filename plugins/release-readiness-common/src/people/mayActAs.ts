import { normaliseUserRef, raciPreflight } from './raciPreflight';
import type { RaciLetter, RaciResponse } from './types';

/**
 * The question {@link mayActAs} answers.
 *
 * @public
 */
export interface RaciEligibilityRequest {
  /** The acting user's entity ref, e.g. `user:default/lena.kraus` (kind defaults to `user`). */
  user: string;
  /** The activity key, e.g. `go-no-go`. */
  activity: string;
  /** The letter (or any of the letters) the user wants to act as, e.g. `accountable`. */
  as: RaciLetter | RaciLetter[];
  /** The environment the action is for, e.g. `prod`. */
  environment: string;
}

/**
 * The answer of {@link mayActAs}.
 *
 * @public
 */
export interface RaciEligibility {
  allowed: boolean;
  /** Why, in a sentence that can be shown and recorded. */
  reason: string;
  /** The letters the user holds for the activity among those asked, with the roles behind them. */
  matches: { letter: RaciLetter; roles: string[] }[];
}

/**
 * May `user` act as `as` for `activity` in `environment`, given that environment's resolved
 * RACI matrix?
 *
 * @remarks
 * Later features (go/no-go approval, rollback) call this to authorise a person by role, on top of
 * the Backstage permission check. It answers `allowed: false` — never a guess — when the matrix
 * is for another environment, when the people could not be resolved (source unavailable), when
 * the activity is not configured, or when the user holds none of the asked letters.
 *
 * @example
 * ```ts
 * mayActAs(raci, { user: 'user:default/jonas.weber', activity: 'go-no-go', as: ['accountable', 'responsible'], environment: 'prod' })
 * // → { allowed: true, reason: "user:default/jonas.weber is accountable for 'Go/no-go decision' in prod (via product-owner)", ... }
 * ```
 *
 * @public
 */
export function mayActAs(
  raci: RaciResponse,
  request: RaciEligibilityRequest,
): RaciEligibility {
  const letters = Array.isArray(request.as) ? request.as : [request.as];
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
  const activity = raci.activities.find(a => a.activity === request.activity);
  if (!activity) {
    const known = raci.activities.map(a => a.activity).join(', ') || 'none';
    return deny(
      `Unknown activity '${request.activity}'; configured activities: ${known}`,
    );
  }
  if (letters.length === 0) {
    return deny('No RACI letter was asked for');
  }
  const matches = letters.flatMap(letter => {
    const person = activity[letter].find(
      p => normaliseUserRef(p.entityRef) === user,
    );
    return person ? [{ letter, roles: person.roles }] : [];
  });
  if (matches.length === 0) {
    return deny(
      `${user} is not ${
        letters.length > 2
          ? `${letters.slice(0, -1).join(', ')} or ${letters[letters.length - 1]}`
          : letters.join(' or ')
      } for '${activity.title}' in ${
        request.environment
      }`,
    );
  }
  const held = matches
    .map(m => `${m.letter} (via ${m.roles.join(', ')})`)
    .join(' and ');
  return {
    allowed: true,
    reason: `${user} is ${held} for '${activity.title}' in ${request.environment}`,
    matches,
  };
}
