import { z } from 'zod';

/**
 * A Kubernetes namespace name (an RFC 1123 label: at most 63 lower-case letters, digits and
 * dashes, starting and ending with a letter or digit), e.g. `servanda-prod`.
 */
export const namespaceNameSchema = z
  .string()
  .max(63, 'a namespace name has at most 63 characters')
  .regex(
    /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/,
    'a namespace name uses lower-case letters, digits and dashes, starting and ending with a letter or digit',
  );
