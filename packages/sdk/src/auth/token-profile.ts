/**
 * Fixed parameters of the Zhongyuan request-token profile (请求令牌规范).
 */

/** JWS `typ` of a request token. */
export const REQUEST_TOKEN_TYPE = 'zy-req+jwt';

/** HTTP authentication scheme: `Authorization: ZY-JWS <token>` (scheme compared case-insensitively). */
export const AUTHORIZATION_SCHEME = 'ZY-JWS';

/** Name of the claim holding the RFC 9530 `Content-Digest` value of the body (`sha-256=:…:`). */
export const CONTENT_DIGEST_CLAIM = 'cdg';

/** Longest allowed token lifetime `exp − iat`, in seconds. */
export const MAX_TOKEN_LIFETIME_SECONDS = 60;

/** Default clock skew tolerated by the verifier, in seconds. */
export const DEFAULT_CLOCK_SKEW_SECONDS = 10;

/** Upper bound of the configurable clock skew, in seconds. */
export const MAX_CLOCK_SKEW_SECONDS = 60;

/** Header parameters that are never accepted (keys must come from configuration, never from a token). */
export const FORBIDDEN_HEADER_PARAMETERS: readonly string[] = ['jku', 'x5u', 'jwk', 'x5c'];

/** The claims of a request token as minted by this SDK. */
export interface RequestTokenClaims {
  /** Client identity (canonical string). */
  readonly iss: string;
  /** Same as `iss`. */
  readonly sub: string;
  /** The exchange, one string. */
  readonly aud: string;
  /** Issued at, seconds since the epoch. */
  readonly iat: number;
  /** Expiry, seconds since the epoch, at most `iat + 60`. */
  readonly exp: number;
  /** Random id, 128 bits base64url. */
  readonly jti: string;
  /** HTTP method, upper case. */
  readonly htm: string;
  /** Normalised target URI, see `normalizeTargetUri`. */
  readonly htu: string;
  /** `Content-Digest` value of the body. */
  readonly cdg: string;
}
