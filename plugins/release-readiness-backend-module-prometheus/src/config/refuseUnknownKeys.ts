import type { z } from 'zod';

/**
 * Refinement options that run a refinement even when other keys of the object have issues (zod
 * skips refinements then by default), so that one message names every bad key; only for objects.
 */
export const EVEN_WITH_ISSUES = {
  when: (payload: { value: unknown }) =>
    typeof payload.value === 'object' &&
    payload.value !== null &&
    !Array.isArray(payload.value),
};

/**
 * A zod refinement for a loose object that reports every key not in `allowed` as an issue at that
 * key (so that the message names `<block>.<key>`), saying which keys are known. Never quotes a
 * value, which may be a credential.
 */
export function refuseUnknownKeys(allowed: readonly string[]) {
  return (value: Record<string, unknown>, ctx: z.RefinementCtx): void => {
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `unknown key, expected one of ${allowed.join(', ')}`,
        });
      }
    }
  };
}
