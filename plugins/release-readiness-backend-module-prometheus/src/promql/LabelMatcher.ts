/** A PromQL label matcher's operator: equal, not equal, regex match, regex non-match. */
export type LabelMatchOp = '=' | '!=' | '=~' | '!~';

/** One PromQL label matcher, e.g. `status_code=~"5.."`, as parsed (the value unescaped). */
export interface LabelMatcher {
  name: string;
  op: LabelMatchOp;
  value: string;
}
