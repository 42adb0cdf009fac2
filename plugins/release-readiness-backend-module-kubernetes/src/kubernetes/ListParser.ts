import { ListResource, Trimmed } from './listTrims';
import { ParsedListPage } from './parseListBody';

/**
 * Parses and trims LIST bodies (`parseListBody`): on the event loop ({@link inlineListParser})
 * or on worker threads (`ListParserPool`).
 */
export interface ListParser {
  /**
   * One LIST body of `resource`, parsed and trimmed; `undefined` when it is JSON but no list.
   * Rejects with `signal`'s reason once it is aborted.
   */
  parse<R extends ListResource>(
    body: Uint8Array,
    resource: R,
    signal: AbortSignal,
  ): Promise<ParsedListPage<Trimmed<R>> | undefined>;
}
