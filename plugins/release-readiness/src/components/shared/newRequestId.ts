/**
 * A fresh client-chosen request id (the backend accepts 8–100 of `A-Z a-z 0-9 . _ : -`): one per
 * opened dialog, so a retried submit writes once.
 */
export function newRequestId(): string {
  return (
    globalThis.crypto?.randomUUID?.() ??
    `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`
  );
}
