import { InputError } from '@backstage/errors';
import { z } from 'zod';

/** The part of a request a schema validates, for messages such as "Invalid query parameter 'at'". */
export type RequestPart = 'query parameter' | 'body field' | 'path parameter';

/**
 * A query without parameters: any parameter is unknown (400 naming it).
 */
export const noQuery = z.object({}).strict();

/**
 * Validates a request part with a zod schema (use `.strict()` objects, so that unknown fields are
 * refused); on failure an `InputError` (400) that names every offending field, e.g.
 * `Invalid query parameter 'at': expected an ISO 8601 time` or
 * `Invalid query parameter 'foo': unknown parameter`.
 */
export function parseRequest<TSchema extends z.ZodType>(
  schema: TSchema,
  value: unknown,
  part: RequestPart,
): z.output<TSchema> {
  const result = schema.safeParse(value ?? {});
  if (result.success) {
    return result.data;
  }
  throw new InputError(
    result.error.issues
      .flatMap(issue => {
        const prefix = issue.path.map(String);
        if (issue.code === 'unrecognized_keys') {
          return issue.keys.map(
            key =>
              `Invalid ${part} '${[...prefix, key].join('.')}': unknown ${
                part.split(' ')[1]
              }`,
          );
        }
        const field = prefix.join('.');
        return [
          field
            ? `Invalid ${part} '${field}': ${issue.message}`
            : `Invalid request: ${issue.message}`,
        ];
      })
      .join('; '),
  );
}
