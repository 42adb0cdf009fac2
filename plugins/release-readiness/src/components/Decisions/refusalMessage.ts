const PREFIX: Record<number, string> = {
  400: 'Not accepted',
  403: 'Not allowed',
  404: 'Not found',
  409: 'Not possible now',
};

/**
 * What to show when a write was refused: the backend's own message (a `ResponseError`'s JSON
 * error) after what the status means, e.g. `Not allowed (403): user:… is not accountable …`;
 * for anything else only its status or the error's name, never a foreign body.
 */
export function refusalMessage(error: unknown): string {
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
    const what = PREFIX[status] ?? 'Failed';
    return message ? `${what} (${status}): ${message}` : `${what} (${status})`;
  }
  return `Could not reach the backend${e?.name ? ` (${e.name})` : ''}`;
}
