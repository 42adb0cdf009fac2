/**
 * Rendered LIST bodies by request URL, valid for one resource version of the store: a lookup or
 * an entry for another resource version drops everything older. Large LISTs (the benchmark's
 * 5 MB namespaces) are rendered once, not per request.
 */
export class ListCache {
  readonly #bodies = new Map<string, string>();
  #resourceVersion?: number;

  /** The body rendered for `key` at `resourceVersion`, if any. */
  get(key: string, resourceVersion: number): string | undefined {
    this.#moveTo(resourceVersion);
    return this.#bodies.get(key);
  }

  set(key: string, resourceVersion: number, body: string): void {
    this.#moveTo(resourceVersion);
    this.#bodies.set(key, body);
  }

  #moveTo(resourceVersion: number): void {
    if (resourceVersion !== this.#resourceVersion) {
      this.#bodies.clear();
      this.#resourceVersion = resourceVersion;
    }
  }
}
