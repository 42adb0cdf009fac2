/** What {@link KeyedMutex.acquire} answers: call it once to let the next waiter in. */
export type KeyedMutexRelease = () => void;

/**
 * One holder per key at a time within the process, waiters in the order they came. A waiter
 * that is not let in within its timeout leaves the queue and gets the error `onTimeout` makes.
 */
export class KeyedMutex {
  static readonly #shared = new WeakMap<object, KeyedMutex>();

  /** The one mutex of `owner` (e.g. a database client), made on first use. */
  static of(owner: object): KeyedMutex {
    let mutex = KeyedMutex.#shared.get(owner);
    if (!mutex) {
      mutex = new KeyedMutex();
      KeyedMutex.#shared.set(owner, mutex);
    }
    return mutex;
  }

  /** A key is present while it is held; its list holds the waiters' grants. */
  readonly #waiters = new Map<string, Array<() => void>>();

  /** Waits until `key` is free (at most `timeoutMs`), then holds it until the release is called. */
  acquire(
    key: string,
    timeoutMs: number,
    onTimeout: () => Error,
  ): Promise<KeyedMutexRelease> {
    const waiters = this.#waiters.get(key);
    if (!waiters) {
      this.#waiters.set(key, []);
      return Promise.resolve(this.#release(key));
    }
    return new Promise((resolve, reject) => {
      const waiter: {
        grant: () => void;
        timer?: ReturnType<typeof setTimeout>;
      } = {
        grant: () => {
          clearTimeout(waiter.timer);
          resolve(this.#release(key));
        },
      };
      waiter.timer = setTimeout(() => {
        const index = waiters.indexOf(waiter.grant);
        if (index >= 0) {
          waiters.splice(index, 1);
        }
        reject(onTimeout());
      }, Math.max(0, timeoutMs));
      waiters.push(waiter.grant);
    });
  }

  /** Whether `key` is held now (for tests and diagnostics). */
  isHeld(key: string): boolean {
    return this.#waiters.has(key);
  }

  #release(key: string): KeyedMutexRelease {
    let released = false;
    return () => {
      if (released) {
        return;
      }
      released = true;
      const waiters = this.#waiters.get(key);
      const next = waiters?.shift();
      if (next) {
        next();
      } else {
        this.#waiters.delete(key);
      }
    };
  }
}
