/**
 * How the test server serves watches.
 *
 * @public
 */
export interface WatchOptions {
  /**
   * How often an open watch with `allowWatchBookmarks=true` gets a `BOOKMARK` event carrying
   * the current resource version. Default 5,000 ms (a real API server sends about one a minute).
   */
  bookmarkIntervalMs?: number;
  /**
   * When the server ends a watch that did not ask for `timeoutSeconds`; default 300,000 ms
   * (a real API server picks 30 to 60 minutes).
   */
  timeoutMs?: number;
}
