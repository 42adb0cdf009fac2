import { InputError } from '@backstage/errors';
import { z } from 'zod';

/** The request header that names the catalog user to sign in as. */
export const DEMO_USER_HEADER = 'x-demo-user';

// A full user entity ref: `user:<namespace>/<name>`, catalog name characters only.
const userRef = z
  .string()
  .max(253)
  .regex(/^user:[a-z0-9][a-z0-9._-]*\/[a-z0-9][a-z0-9._-]*$/i);

/**
 * Validates the value of the {@link DEMO_USER_HEADER} header: a full user entity ref such as
 * `user:default/lena.kraus`. Returns it in lower case (catalog refs are case-insensitive).
 *
 * Throws an `InputError` naming the header for anything else (a missing value, another kind, a
 * short ref); the message never repeats the value.
 */
export function parseDemoUserRef(value: unknown): string {
  const result = userRef.safeParse(value);
  if (!result.success) {
    throw new InputError(
      `Invalid ${DEMO_USER_HEADER} header: expected a user entity ref such as user:default/<name>`,
    );
  }
  return result.data.toLocaleLowerCase('en-US');
}
