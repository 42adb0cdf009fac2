import type { Dispatcher } from 'undici';
import type { HttpCheckConfig } from '../config/httpGatesSchema';
import { describeJsonValue } from './describeJsonValue';
import { readJsonField } from './readJsonField';
import { readLimitedBody } from './readLimitedBody';

/**
 * Reads a JSON answer (at most `limitBytes`) and compares the configured field; undefined when it
 * matches, else what differed in our own words (`field status was "degraded"`), never the
 * parser's message or the body.
 */
export async function compareJsonField(
  body: Dispatcher.ResponseData['body'],
  expected: NonNullable<HttpCheckConfig['json']>,
  limitBytes: number,
): Promise<string | undefined> {
  const field = expected.path.join('.');
  const text = await readLimitedBody(body, limitBytes);
  if (text === undefined) {
    return `the answer is over ${Math.round(
      limitBytes / 1024,
    )} KiB; field ${field} not read`;
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return `the answer is not JSON; field ${field} not read`;
  }
  const read = readJsonField(document, expected.path);
  if (!read.found) {
    return `field ${field} is missing, expected ${describeJsonValue(
      expected.equals,
    )}`;
  }
  if (read.value !== expected.equals) {
    return `field ${field} was ${describeJsonValue(
      read.value,
    )}, expected ${describeJsonValue(expected.equals)}`;
  }
  return undefined;
}
