import { InputError } from '@backstage/errors';
import type { NextFunction, Request, Response } from 'express';
import express from 'express';
import { z } from 'zod';
import { parseRequest } from './parseRequest';

const BODY_ERROR = 'releaseReadinessBodyError';
const jsonParser = express.json({ limit: '100kb' });

/**
 * Parses JSON bodies like `express.json()`, but a body that cannot be read (not JSON, too large)
 * does not end the request in the middleware: the route sees it through {@link readRequestBody}
 * and answers 400 itself, so that a write route still records its audit event for it.
 */
export function jsonBody() {
  return (req: Request, res: Response, next: NextFunction) => {
    jsonParser(req, res, (error?: unknown) => {
      if (error) {
        const type = (error as { type?: string }).type;
        res.locals[BODY_ERROR] =
          type === 'entity.too.large'
            ? 'the body is larger than 100 kB'
            : 'the body is not valid JSON';
        req.body = undefined;
      }
      next();
    });
  };
}

/**
 * The request body validated with `schema`; an `InputError` (400) naming the field, or saying the
 * body could not be read at all.
 */
export function readRequestBody<TSchema extends z.ZodType>(
  schema: TSchema,
  req: Request,
  res: Response,
): z.output<TSchema> {
  const error = res.locals[BODY_ERROR];
  if (typeof error === 'string') {
    throw new InputError(`Invalid request body: ${error}`);
  }
  return parseRequest(schema, req.body, 'body field');
}
