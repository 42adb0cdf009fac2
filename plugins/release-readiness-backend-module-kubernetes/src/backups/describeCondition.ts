/** A condition reason is a CamelCase word; anything else is left out. */
const REASON = /^[A-Za-z][A-Za-z0-9]{0,63}$/;
const MAX_MESSAGE = 160;

/** C0 control characters and DEL (line breaks, tabs, escape sequences, bells). */
const isControl = (char: string) => {
  const code = char.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
};

/**
 * A failed Job's condition, safe to show in one line: its reason (a CamelCase word such as
 * `BackoffLimitExceeded`) and its message with control characters and line breaks removed and
 * cut to 160 characters. The Job controller writes these ("Job has reached the specified
 * backoff limit"); nothing of a container's output or the pod's environment is in them.
 */
export function describeCondition(condition: {
  reason?: string;
  message?: string;
}): string | undefined {
  const reason =
    condition.reason && REASON.test(condition.reason)
      ? condition.reason
      : undefined;
  const printable = [...(condition.message ?? '')]
    .map(char => (isControl(char) ? ' ' : char))
    .join('');
  const cleaned = printable.replace(/\s+/g, ' ').trim();
  const message =
    cleaned.length > MAX_MESSAGE
      ? `${cleaned.slice(0, MAX_MESSAGE - 1)}…`
      : cleaned;
  return [reason, message].filter(Boolean).join(': ') || undefined;
}
