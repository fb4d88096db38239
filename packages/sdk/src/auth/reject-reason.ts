/**
 * Why the verifier refused a request. These codes go to the `onReject` hook (internal logs) only; clients
 * always see the same opaque 401 (or 503 when the replay store is down).
 */

/** Stable reason codes, one per verifier rule. */
export type RejectReason =
  | 'missing_authorization'
  | 'bad_scheme'
  | 'header_too_large'
  | 'malformed_token'
  | 'segment_too_large'
  | 'invalid_json'
  | 'alg_not_allowed'
  | 'bad_typ'
  | 'bad_kid'
  | 'forbidden_header_parameter'
  | 'unsupported_crit'
  | 'unknown_client'
  | 'unknown_kid'
  | 'alg_key_mismatch'
  | 'bad_signature'
  | 'missing_claim'
  | 'bad_issuer'
  | 'bad_audience'
  | 'bad_jti'
  | 'iat_in_future'
  | 'not_yet_valid'
  | 'token_expired'
  | 'lifetime_too_long'
  | 'token_too_old'
  | 'htm_mismatch'
  | 'htu_mismatch'
  | 'body_too_large'
  | 'digest_mismatch'
  | 'digest_header_mismatch'
  | 'replayed'
  | 'replay_store_unavailable';

/** What the `onReject` hook receives. Never contains the token or the `Authorization` header. */
export interface RejectEvent {
  /** The precise rule that failed. */
  readonly reason: RejectReason;
  /** HTTP status answered (401, or 503 when the replay store is unavailable). */
  readonly status: 401 | 503;
  /** The opaque id also sent as the problem's `instance`, to correlate a complaint with the log. */
  readonly instance: string;
  /** The claimed client identity, only when it is a well-formed canonical identity. */
  readonly client?: string;
  /** The header `kid`, only when it passed the bounded-kid rule. */
  readonly kid?: string;
  /** Underlying error, for `replay_store_unavailable`. */
  readonly cause?: unknown;
}
