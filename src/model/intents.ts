/**
 * Where the Idempotency-Key of each pending intent lives (faults.md 19, 22, 27, 37, 41).
 *
 * A key must outlive the component that made it: ConnectionPortal mounts only the active
 * panel, so "Pay → slow → switch section → back → Pay" remounts the widget, and a key kept
 * in a ref would be new and charge twice. The provider owns one store, so a remount reuses
 * the key, and a second call while the first is in flight joins it instead of sending.
 * Forms that must survive a reload too keep their key with their draft (see the ticket form).
 */
import { createIdempotencyKey } from '../api/transport';

/** A running request of one intent, shared by every caller of that intent. */
export type PendingIntent<T = unknown> = Promise<T>;

/** The keys and in-flight requests of pending intents, per provider. */
export interface IntentStore {
  /** The key of `intent`, made on first use and kept until {@link IntentStore.settle}. */
  keyFor(intent: string): string;
  /** Forgets `intent`'s key: it succeeded, or the server stored a final refusal under it. */
  settle(intent: string): void;
  /** The request of `intent` now in flight, if any. */
  running(intent: string): PendingIntent | undefined;
  /** Records `promise` as `intent`'s request until it settles. */
  track<T>(intent: string, promise: PendingIntent<T>): PendingIntent<T>;
}

/** An in-memory {@link IntentStore}, one per provider. */
export function createIntentStore(makeKey: () => string = createIdempotencyKey): IntentStore {
  const keys = new Map<string, string>();
  const inFlight = new Map<string, PendingIntent>();
  return {
    keyFor(intent) {
      let key = keys.get(intent);
      if (key === undefined) {
        key = makeKey();
        keys.set(intent, key);
      }
      return key;
    },
    settle(intent) {
      keys.delete(intent);
    },
    running(intent) {
      return inFlight.get(intent);
    },
    track(intent, promise) {
      inFlight.set(intent, promise);
      const clear = () => {
        if (inFlight.get(intent) === promise) inFlight.delete(intent);
      };
      promise.then(clear, clear);
      return promise;
    },
  };
}
