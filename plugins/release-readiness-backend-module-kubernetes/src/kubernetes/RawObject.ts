/**
 * Typed reads of one JSON object of a raw LIST body (`JSON.parse`d, never run through
 * `@kubernetes/client-node`'s model deserializer). A member of the wrong JSON type reads as
 * absent, so the trimmed models built from it (see `trimListItem`) only ever hold values of the
 * types their fields declare.
 */
export class RawObject {
  readonly #value: Readonly<Record<string, unknown>>;

  private constructor(value: Readonly<Record<string, unknown>>) {
    this.#value = value;
  }

  /** `value` as a {@link RawObject} when it is a JSON object (not an array, not `null`). */
  static of(value: unknown): RawObject | undefined {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? new RawObject(value as Readonly<Record<string, unknown>>)
      : undefined;
  }

  /** A string member. */
  string(key: string): string | undefined {
    const value = this.#value[key];
    return typeof value === 'string' ? value : undefined;
  }

  /** A number member. */
  number(key: string): number | undefined {
    const value = this.#value[key];
    return typeof value === 'number' ? value : undefined;
  }

  /** A boolean member. */
  boolean(key: string): boolean | undefined {
    const value = this.#value[key];
    return typeof value === 'boolean' ? value : undefined;
  }

  /** A timestamp member as a `Date`, read as the client-node deserializer reads it. */
  date(key: string): Date | undefined {
    const value = this.string(key);
    return value === undefined ? undefined : new Date(value);
  }

  /** An object member. */
  object(key: string): RawObject | undefined {
    return RawObject.of(this.#value[key]);
  }

  /** The objects of an array member (other elements are skipped); `undefined` when absent. */
  objects(key: string): RawObject[] | undefined {
    const value = this.#value[key];
    if (!Array.isArray(value)) {
      return undefined;
    }
    const objects: RawObject[] = [];
    for (const item of value) {
      const object = RawObject.of(item);
      if (object) {
        objects.push(object);
      }
    }
    return objects;
  }

  /**
   * A string map member (labels, annotations, resource quantities); `only`, when given, keeps
   * just those keys. Members that are not strings are skipped.
   */
  strings(
    key: string,
    only?: ReadonlySet<string>,
  ): Record<string, string> | undefined {
    const map = this.object(key);
    if (!map) {
      return undefined;
    }
    const result: Record<string, string> = {};
    for (const [name, value] of Object.entries(map.#value)) {
      if (typeof value === 'string' && (!only || only.has(name))) {
        result[name] = value;
      }
    }
    return result;
  }
}
