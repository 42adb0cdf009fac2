import { InputError } from '@backstage/errors';
import { z } from 'zod';

/**
 * Validates a request part with a zod schema; on failure an `InputError` (400) that names every
 * offending field, e.g. `Invalid query parameter 'at': expected an ISO 8601 time`.
 */
export function parseRequest<TSchema extends z.ZodType>(
  schema: TSchema,
  value: unknown,
  part: 'query parameter' | 'body field',
): z.output<TSchema> {
  const result = schema.safeParse(value ?? {});
  if (result.success) {
    return result.data;
  }
  throw new InputError(
    result.error.issues
      .map(issue => {
        const field = issue.path.map(String).join('.');
        return field
          ? `Invalid ${part} '${field}': ${issue.message}`
          : `Invalid request: ${issue.message}`;
      })
      .join('; '),
  );
}
