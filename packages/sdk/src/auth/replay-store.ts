/**
 * The replay store seam (重放防护): an atomic set-if-absent with a time-to-live, keyed on `(aud, iss, jti)` and
 * never on the token string (ECDSA signatures are malleable, so one token has several valid spellings).
 */

/** Records each token id once. */
export interface ReplayStore {
  /**
   * Atomically record `key` for `ttlMs` milliseconds if it is absent.
   * Resolves `true` when this call recorded it (first use), `false` when it was already there (a replay).
   * Rejects with {@link ReplayStoreUnavailableError} when the store cannot answer; the verifier then fails
   * closed with 503.
   */
  checkAndSet(key: string, ttlMs: number): Promise<boolean>;
}

/** The replay store could not answer (down, timed out, or full). Never treated as "not a replay". */
export class ReplayStoreUnavailableError extends Error {
  /** Stable error code. */
  readonly code = 'ERR_REPLAY_STORE_UNAVAILABLE' as const;
  constructor(message = 'replay store unavailable', options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ReplayStoreUnavailableError';
  }
}

/** The replay key of a token: an unambiguous encoding of `(aud, iss, jti)`. */
export function replayKey(aud: string, iss: string, jti: string): string {
  return JSON.stringify([aud, iss, jti]);
}
