/**
 * The claims rules, one function for every algorithm (jose's defaults are too loose for these tokens).
 */
import { parseClientIdentity } from './client-identity.js';
import type { RejectReason } from './reject-reason.js';
import { CONTENT_DIGEST_CLAIM } from './token-profile.js';

/** Options of {@link checkRequestTokenClaims}. */
export interface ClaimsCheckOptions {
  /** The exact expected `aud`. */
  readonly audience: string;
  /** Current time, milliseconds since the epoch. */
  readonly nowMs: number;
  /** Tolerated clock skew in seconds (already capped by the caller). */
  readonly skewSeconds: number;
  /** Longest allowed `exp − iat`, seconds. */
  readonly maxLifetimeSeconds: number;
}

const JTI = /^[A-Za-z0-9_-]{16,128}$/;

function isNumericDate(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/**
 * Check a request token's claims. Returns the first failed rule, or `undefined` when all pass:
 * `iss`, `sub`, `aud`, `iat`, `exp`, `jti`, `htm`, `htu`, `cdg` present with the right types; `iss` a canonical
 * client identity equal to `sub`; `aud` exactly the audience (a string, never an array); `iat` at most `skew`
 * ahead; `exp` after `iat` and at most `maxLifetime` after it; not expired (with skew); not older than
 * `maxLifetime + skew`; `nbf`, if present, reached (with skew). Unknown extra claims are ignored.
 */
export function checkRequestTokenClaims(
  claims: { readonly [key: string]: unknown },
  options: ClaimsCheckOptions,
): RejectReason | undefined {
  const { iss, sub, aud, iat, exp, jti, htm, htu, nbf } = claims;
  const cdg = claims[CONTENT_DIGEST_CLAIM];
  if (
    iss === undefined || sub === undefined || aud === undefined || iat === undefined || exp === undefined ||
    jti === undefined || htm === undefined || htu === undefined || cdg === undefined
  ) {
    return 'missing_claim';
  }
  if (typeof iss !== 'string' || iss !== sub || parseClientIdentity(iss) === undefined) return 'bad_issuer';
  if (typeof aud !== 'string' || aud !== options.audience) return 'bad_audience';
  if (typeof jti !== 'string' || !JTI.test(jti)) return 'bad_jti';
  if (!isNumericDate(iat) || !isNumericDate(exp)) return 'missing_claim';
  if (typeof htm !== 'string') return 'htm_mismatch';
  if (typeof htu !== 'string') return 'htu_mismatch';
  if (typeof cdg !== 'string') return 'digest_mismatch';
  const now = options.nowMs / 1000;
  const skew = options.skewSeconds;
  if (iat > now + skew) return 'iat_in_future';
  if (nbf !== undefined && (!isNumericDate(nbf) || nbf > now + skew)) return 'not_yet_valid';
  if (exp <= iat || exp - iat > options.maxLifetimeSeconds) return 'lifetime_too_long';
  if (now >= exp + skew) return 'token_expired';
  if (now - iat > options.maxLifetimeSeconds + skew) return 'token_too_old';
  return undefined;
}
