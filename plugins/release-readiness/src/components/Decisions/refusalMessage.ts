import {
  englishTranslate,
  type ReleaseReadinessTranslate,
} from '../../translations';

type RefusalKey = `decisions.refusal.${
  | 'notAccepted'
  | 'notAllowed'
  | 'notFound'
  | 'notPossible'
  | 'failed'}`;

const PREFIX: Record<number, RefusalKey | undefined> = {
  400: 'decisions.refusal.notAccepted',
  403: 'decisions.refusal.notAllowed',
  404: 'decisions.refusal.notFound',
  409: 'decisions.refusal.notPossible',
};

/**
 * What to show when a write was refused: the backend's own message (a `ResponseError`'s JSON
 * error) after what the status means, e.g. `Not allowed (403): user:… is not accountable …`;
 * for anything else only its status or the error's name, never a foreign body. The words from
 * `t` (default English); the backend's message as it sent it.
 */
export function refusalMessage(
  error: unknown,
  t: ReleaseReadinessTranslate = englishTranslate,
): string {
  const e = error as {
    name?: string;
    statusCode?: number;
    body?: { error?: { message?: unknown } };
  };
  const message =
    typeof e?.body?.error?.message === 'string'
      ? e.body.error.message
      : undefined;
  const status = typeof e?.statusCode === 'number' ? e.statusCode : undefined;
  if (status !== undefined) {
    const what = t(PREFIX[status] ?? 'decisions.refusal.failed');
    const code = String(status);
    return message
      ? t('decisions.refusal.statusAndMessage', {
          what,
          status: code,
          message,
        })
      : t('decisions.refusal.status', { what, status: code });
  }
  return e?.name
    ? t('decisions.refusal.unreachableNamed', { name: e.name })
    : t('decisions.refusal.unreachable');
}
