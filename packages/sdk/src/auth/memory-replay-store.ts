/**
 * The default in-process replay store.
 */
import { ReplayStoreUnavailableError, type ReplayStore } from './replay-store.js';

/** Options of {@link createMemoryReplayStore}. */
export interface MemoryReplayStoreOptions {
  /**
   * Most entries held at once. When full and nothing has expired, new tokens are refused as "store
   * unavailable" (503) rather than evicting live entries, which would re-open a replay window.
   * @default 100000
   */
  readonly maxEntries?: number;
  /**
   * Clock, milliseconds since the epoch.
   * @default Date.now
   */
  readonly now?: () => number;
}

/** An in-memory {@link ReplayStore} with its current size, for tests and metrics. */
export interface MemoryReplayStore extends ReplayStore {
  /** Number of live (unexpired) entries after purging expired ones. */
  readonly size: number;
}

/**
 * An in-memory {@link ReplayStore}: bounded, with per-entry TTL and an injectable clock. Suitable for one
 * instance; use the Redis adapter when several instances share load.
 */
export function createMemoryReplayStore(options: MemoryReplayStoreOptions = {}): MemoryReplayStore {
  const maxEntries = options.maxEntries ?? 100_000;
  const now = options.now ?? Date.now;
  // Insertion-ordered; TTLs are short and similar, so expired entries cluster at the head.
  const entries = new Map<string, number>();

  const purgeHead = (t: number): void => {
    for (const [key, expiresAt] of entries) {
      if (expiresAt > t) return;
      entries.delete(key);
    }
  };
  const purgeAll = (t: number): void => {
    for (const [key, expiresAt] of entries) if (expiresAt <= t) entries.delete(key);
  };

  return {
    get size(): number {
      purgeAll(now());
      return entries.size;
    },
    checkAndSet(key: string, ttlMs: number): Promise<boolean> {
      const t = now();
      purgeHead(t);
      const existing = entries.get(key);
      if (existing !== undefined && existing > t) return Promise.resolve(false);
      if (entries.size >= maxEntries) {
        purgeAll(t);
        if (entries.size >= maxEntries) return Promise.reject(new ReplayStoreUnavailableError('replay store full'));
      }
      entries.delete(key);
      entries.set(key, t + Math.max(1, ttlMs));
      return Promise.resolve(true);
    },
  };
}
