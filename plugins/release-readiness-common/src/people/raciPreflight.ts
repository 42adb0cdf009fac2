import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import type { RaciResponse } from './types';

/** A user ref in full, lower-case form (`user:default/x`), or undefined when it is not a ref. */
export function normaliseUserRef(ref: string): string | undefined {
  try {
    return stringifyEntityRef(
      parseEntityRef(ref, { defaultKind: 'user', defaultNamespace: 'default' }),
    );
  } catch {
    return undefined;
  }
}

/**
 * What every RACI eligibility question checks first: a valid user ref, a matrix for the
 * environment asked about, and people that could be resolved. Gives the normalised user, or the
 * reason to refuse.
 */
export function raciPreflight(
  raci: RaciResponse,
  request: { user: string; environment: string },
): { user: string } | { refusal: string } {
  const user = normaliseUserRef(request.user);
  if (!user) {
    return { refusal: `'${request.user}' is not a valid entity ref` };
  }
  if (raci.environment !== request.environment) {
    return {
      refusal: `The RACI matrix is for '${raci.environment}', not for '${request.environment}'`,
    };
  }
  if (raci.source.status === 'unavailable') {
    return {
      refusal: `The RACI roles of '${
        request.environment
      }' cannot be resolved right now (${
        raci.source.error?.message ?? 'source unavailable'
      })`,
    };
  }
  return { user };
}
