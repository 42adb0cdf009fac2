import { ConfigReader } from '@backstage/config';
import type { JsonObject } from '@backstage/types';
import { InputError } from '@backstage/errors';
import { LineCounter, parseDocument } from 'yaml';

/**
 * A team's policy file as configuration. YAML errors say where (line, column) but never quote the
 * file: the parser's own message quotes its input.
 *
 * @throws InputError naming the file
 */
export function parsePolicyFile(text: string, url: string): ConfigReader {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { prettyErrors: false, lineCounter });
  const problem = document.errors[0];
  if (problem) {
    const where = lineCounter.linePos(problem.pos[0]);
    throw new InputError(
      `${url} is not valid YAML${
        where.line > 0 ? ` (line ${where.line}, column ${where.col})` : ''
      }`,
    );
  }
  const data: unknown = document.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new InputError(`${url} must hold a mapping (environments, raci, …)`);
  }
  return new ConfigReader(data as JsonObject, url);
}
