/**
 * Idempotency records (幂等记录) per SECURITY.md, scoped to the calling client: the first request with a key
 * runs; the same key with the same request replays the stored answer; the same key with a different request
 * is refused (422); a duplicate while the first is still running is refused (409 + `Retry-After`). A record is
 * written in the same synchronous step as the business effect it belongs to.
 */

/** A stored answer. */
export interface StoredAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | null;
}

type Entry =
  | { readonly state: 'in-progress'; readonly fingerprint: string }
  | { readonly state: 'done'; readonly fingerprint: string; readonly answer: StoredAnswer; readonly expiresAt: number };

/** What to do with a keyed request. */
export type IdempotencyDecision =
  | { readonly kind: 'proceed' }
  | { readonly kind: 'replay'; readonly answer: StoredAnswer }
  | { readonly kind: 'mismatch' }
  | { readonly kind: 'in-progress' };

/** The idempotency records of one exchange. */
export interface IdempotencyStore {
  /** Look up `key` of `client`; on `proceed` the key is now marked in progress. */
  begin(client: string, key: string, fingerprint: string, now: number): IdempotencyDecision;
  /** Store the final answer (call in the same step as committing the effect). */
  complete(client: string, key: string, fingerprint: string, answer: StoredAnswer, now: number): void;
  /** Forget an in-progress mark (the request ended without an effect). */
  abandon(client: string, key: string): void;
  /** Number of completed records. */
  readonly size: number;
  /** Forget everything. */
  clear(): void;
}

/** Create an idempotency store whose records live `ttlMs` on the mock's clock. */
export function createIdempotencyStore(ttlMs: number): IdempotencyStore {
  const entries = new Map<string, Entry>();
  const scoped = (client: string, key: string): string => `${client}\u0000${key}`;
  return {
    begin(client, key, fingerprint, now) {
      const id = scoped(client, key);
      const e = entries.get(id);
      if (e !== undefined && !(e.state === 'done' && e.expiresAt <= now)) {
        if (e.state === 'in-progress') return { kind: 'in-progress' };
        return e.fingerprint === fingerprint ? { kind: 'replay', answer: e.answer } : { kind: 'mismatch' };
      }
      entries.set(id, { state: 'in-progress', fingerprint });
      return { kind: 'proceed' };
    },
    complete(client, key, fingerprint, answer, now) {
      entries.set(scoped(client, key), { state: 'done', fingerprint, answer, expiresAt: now + ttlMs });
    },
    abandon(client, key) {
      const id = scoped(client, key);
      if (entries.get(id)?.state === 'in-progress') entries.delete(id);
    },
    get size() {
      let n = 0;
      for (const e of entries.values()) if (e.state === 'done') n++;
      return n;
    },
    clear: () => entries.clear(),
  };
}

/** Fingerprint of a request: method, path and the exact body bytes (SHA-256, hex). */
export async function fingerprintRequest(method: string, path: string, body: Uint8Array): Promise<string> {
  const head = new TextEncoder().encode(`${method}\u0000${path}\u0000`);
  const all = new Uint8Array(head.length + body.length);
  all.set(head);
  all.set(body, head.length);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', all));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}
