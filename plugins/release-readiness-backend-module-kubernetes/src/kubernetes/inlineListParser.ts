import { ListParser } from './ListParser';
import { parseListBody } from './parseListBody';

/** Parses every LIST body on the event loop. */
export const inlineListParser: ListParser = {
  async parse(body, resource, signal) {
    signal.throwIfAborted();
    return parseListBody(body, resource);
  },
};
