/**
 * The shapes the backend's decision and rollback routes accept (`decisionSchemas.ts`,
 * `rollbackSchemas.ts` of the backend plugin),
 * checked already when a template's step input is validated, so a bad value fails the step
 * before anything is sent, naming the field.
 */

/** A system or environment name: lower-case letters, digits, `.`, `_`, `-`. */
export const NAME_PATTERN = /^[a-z0-9][a-z0-9._-]{0,99}$/;

/** A release version such as `1.4.2`. */
export const VERSION_PATTERN = /^[A-Za-z0-9._+/-]+$/;

/** An image digest, `sha256:<64 hex digits>`. */
export const DIGEST_PATTERN = /^sha256:[a-f0-9]{64}$/;

/** A decision id (the backend's are UUIDs). */
export const DECISION_ID_PATTERN = /^[A-Za-z0-9._:-]{1,100}$/;

/** What the actions output instead of ids and states in a dry run. */
export const DRY_RUN = 'dry-run';

/** A Kubernetes object name (the backend's rollback routes accept the same). */
export const KUBERNETES_NAME_PATTERN = /^[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?$/;

/** The kinds a rollback may target. */
export const ROLLBACK_KINDS = [
  'Deployment',
  'StatefulSet',
  'DaemonSet',
] as const;
