/**
 * A workflow run as the strategy keeps it: its id and its web page.
 *
 * @public
 */
export interface DispatchedRun {
  id: number;
  /** The run's page (`html_url`), only when it is an http(s) URL. */
  url?: string;
}
