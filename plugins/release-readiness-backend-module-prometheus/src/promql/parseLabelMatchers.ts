import type { LabelMatcher } from './LabelMatcher';

/** What a caller may require of a matcher list. */
export interface ParseLabelMatchersOptions {
  /** At least this many matchers (default 0). */
  min?: number;
  /** Label names the caller sets itself (e.g. `le`), refused here. */
  reserved?: readonly string[];
}

const LABEL_NAME = /[A-Za-z_][A-Za-z0-9_]*/y;
const WHITESPACE = /[ \t]*/y;
const ESCAPES = new Map([
  ['\\', '\\'],
  ['"', '"'],
  ['n', '\n'],
  ['t', '\t'],
  ['r', '\r'],
]);
/** At most this many characters of matchers: a selector, not a program. */
export const MAX_MATCHERS_LENGTH = 1000;
/** At most this many matchers in one list. */
export const MAX_MATCHERS = 20;

const OPERATORS = ['=~', '!~', '!=', '='] as const;

/** The matcher operator that starts at `pos`, if any (two-character ones first). */
function operatorAt(text: string, pos: number) {
  return OPERATORS.find(o => text.startsWith(o, pos));
}

/** A problem in a matcher list, with our own message (position, never the whole input). */
export class LabelMatcherSyntaxError extends Error {
  name = 'LabelMatcherSyntaxError' as const;
}

/**
 * Parses a comma-separated list of PromQL label matchers (`name op "value"`, op one of `=`, `!=`,
 * `=~`, `!~`, values in double quotes with the escapes `\\`, `\"`, `\n`, `\t`, `\r`), e.g.
 * `service="api-gateway", status_code=~"5.."`. Anything else (other quotes, braces, functions,
 * operators, reserved `__` names) is refused, so a policy's matchers cannot carry PromQL of their
 * own: queries are rendered from the parsed matchers, never from the text.
 *
 * @throws LabelMatcherSyntaxError - with a message naming the character position
 */
export function parseLabelMatchers(
  text: string,
  options: ParseLabelMatchersOptions = {},
): LabelMatcher[] {
  if (text.length > MAX_MATCHERS_LENGTH) {
    throw new LabelMatcherSyntaxError(
      `label matchers must not be longer than ${MAX_MATCHERS_LENGTH} characters`,
    );
  }
  const matchers: LabelMatcher[] = [];
  let pos = 0;
  const problem = (what: string) =>
    new LabelMatcherSyntaxError(
      `${what} at character ${
        pos + 1
      }; expected label matchers such as service="api-gateway", status_code=~"5.." (a label name, then =, !=, =~ or !~, then a value in double quotes; comma separated)`,
    );
  const skipWhitespace = () => {
    WHITESPACE.lastIndex = pos;
    WHITESPACE.exec(text);
    pos = WHITESPACE.lastIndex;
  };
  skipWhitespace();
  while (pos < text.length) {
    LABEL_NAME.lastIndex = pos;
    const name = LABEL_NAME.exec(text)?.[0];
    if (!name) {
      throw problem('expected a label name');
    } else if (name.startsWith('__')) {
      throw problem(`label names starting with __ are reserved`);
    } else if (options.reserved?.includes(name)) {
      throw problem(`the label ${name} is set by the source itself`);
    }
    pos += name.length;
    skipWhitespace();
    const op = operatorAt(text, pos);
    if (!op) {
      throw problem('expected =, !=, =~ or !~');
    }
    pos += op.length;
    skipWhitespace();
    if (text[pos] !== '"') {
      throw problem('expected a value in double quotes');
    }
    pos += 1;
    let value = '';
    for (;;) {
      const char = text[pos];
      if (char === undefined || char === '\n' || char === '\r') {
        throw problem('unterminated value');
      } else if (char === '"') {
        pos += 1;
        break;
      } else if (char === '\\') {
        const escaped = ESCAPES.get(text[pos + 1] ?? '');
        if (escaped === undefined) {
          throw problem('unsupported escape (use \\\\, \\", \\n, \\t or \\r)');
        }
        value += escaped;
        pos += 2;
      } else {
        value += char;
        pos += 1;
      }
    }
    matchers.push({ name: name, op, value });
    if (matchers.length > MAX_MATCHERS) {
      throw problem(`more than ${MAX_MATCHERS} matchers`);
    }
    skipWhitespace();
    if (pos >= text.length) {
      break;
    }
    if (text[pos] !== ',') {
      throw problem('expected a comma');
    }
    pos += 1;
    skipWhitespace();
  }
  if (matchers.length < (options.min ?? 0)) {
    throw new LabelMatcherSyntaxError(
      `expected at least ${options.min} label matcher, such as service="api-gateway"`,
    );
  }
  return matchers;
}
