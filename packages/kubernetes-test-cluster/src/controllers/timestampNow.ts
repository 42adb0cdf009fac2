/** The current time as the API server writes timestamps: RFC 3339, UTC, whole seconds. */
export function timestampNow(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}
