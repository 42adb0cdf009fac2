import { evaluateChangeWindow } from '../calendar';
import type { CalendarWindow } from '../calendar';

/**
 * What a rollback inside a freeze needs: `exempt` (nothing), `override` (a reason, the
 * default), `refuse` (never inside a freeze).
 *
 * @public
 */
export type RollbackFreezeRule = 'exempt' | 'override' | 'refuse';

/**
 * The change type a rollback is judged as in the calendar: windows that list it in
 * `exemptChangeTypes` never hold a rollback back.
 *
 * @public
 */
export const ROLLBACK_CHANGE_TYPE = 'rollback';

/**
 * May a rollback start at `at`: outside every freeze that applies to rollbacks it may; inside
 * one the rule decides (an override reason of at least 3 characters, always, or never).
 *
 * @public
 */
export function rollbackFreezeCheck(options: {
  windows: CalendarWindow[];
  at: string;
  rule: RollbackFreezeRule;
  overrideReason?: string;
}): { allowed: boolean; reason: string; freezes: string[] } {
  const status = evaluateChangeWindow({
    windows: options.windows,
    at: options.at,
    changeType: ROLLBACK_CHANGE_TYPE,
    releaseWindowRequired: false,
    horizonDays: 1,
  });
  const freezes = status.freezes.map(f => f.title);
  if (freezes.length === 0) {
    return { allowed: true, reason: 'No freeze applies now', freezes };
  }
  const names = freezes.join(', ');
  switch (options.rule) {
    case 'exempt':
      return {
        allowed: true,
        reason: `Rollbacks are exempt from freezes here (${names})`,
        freezes,
      };
    case 'refuse':
      return {
        allowed: false,
        reason: `Inside the freeze ${names} no rollback may start (rollback.freeze: refuse)`,
        freezes,
      };
    default: {
      const override = options.overrideReason?.trim() ?? '';
      return override.length >= 3
        ? {
            allowed: true,
            reason: `Inside the freeze ${names}, with the override: ${override}`,
            freezes,
          }
        : {
            allowed: false,
            reason: `Inside the freeze ${names} a rollback needs an override reason (overrideReason)`,
            freezes,
          };
    }
  }
}
