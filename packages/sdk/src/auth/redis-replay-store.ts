/**
 * A Redis-backed replay store for several verifier instances sharing load. It does not import a Redis client:
 * pass any client with ioredis's `set` signature.
 */
import { ReplayStoreUnavailableError, type ReplayStore } from './replay-store.js';

/** The one Redis command the adapter needs: `SET key value PX ttl NX`. An ioredis `Redis` instance fits. */
export interface RedisSetIfAbsentClient {
  set(key: string, value: string, px: 'PX', milliseconds: number, nx: 'NX'): Promise<'OK' | null>;
}

/** Options of {@link createRedisReplayStore}. */
export interface RedisReplayStoreOptions {
  /** The Redis client. Configure it to fail fast (e.g. ioredis `enableOfflineQueue: false`). */
  readonly client: RedisSetIfAbsentClient;
  /**
   * Prefix of every key.
   * @default 'zy:replay:'
   */
  readonly keyPrefix?: string;
  /**
   * Give up and report the store unavailable after this many milliseconds.
   * @default 1000
   */
  readonly timeoutMs?: number;
}

/**
 * A {@link ReplayStore} on Redis using the atomic `SET key 1 PX ttl NX`. Any error or timeout rejects with
 * {@link ReplayStoreUnavailableError}, so the verifier answers 503 and never accepts.
 */
export function createRedisReplayStore(options: RedisReplayStoreOptions): ReplayStore {
  const prefix = options.keyPrefix ?? 'zy:replay:';
  const timeoutMs = options.timeoutMs ?? 1000;
  return {
    async checkAndSet(key: string, ttlMs: number): Promise<boolean> {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new ReplayStoreUnavailableError('replay store timed out')), timeoutMs);
      });
      try {
        const reply = await Promise.race([
          options.client.set(prefix + key, '1', 'PX', Math.max(1, Math.ceil(ttlMs)), 'NX'),
          timeout,
        ]);
        if (reply === 'OK') return true;
        if (reply === null) return false;
        throw new ReplayStoreUnavailableError('unexpected reply from replay store');
      } catch (error) {
        if (error instanceof ReplayStoreUnavailableError) throw error;
        throw new ReplayStoreUnavailableError('replay store error', { cause: error });
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
