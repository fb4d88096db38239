/**
 * The minting side: an {@link AuthStrategy} that signs every attempt with a fresh request-bound token.
 */
import type { AuthStrategy, OutgoingRequest } from '../core/auth-strategy.js';
import { encodeBase64Url, encodeBase64UrlText } from './base64url.js';
import { isClientIdentity } from './client-identity.js';
import { computeContentDigest } from './content-digest.js';
import type { Signer } from './signer.js';
import { isLoopbackHost, normalizeTargetUri } from './target-uri.js';
import {
  AUTHORIZATION_SCHEME,
  CONTENT_DIGEST_CLAIM,
  MAX_TOKEN_LIFETIME_SECONDS,
  REQUEST_TOKEN_TYPE,
  type RequestTokenClaims,
} from './token-profile.js';

/** Options of {@link createSigningAuth}. */
export interface SigningAuthOptions {
  /** Signs the tokens; may sit in an HSM or signature server. */
  readonly signer: Signer;
  /** This client's canonical identity (`ZY/GOV/<uscc>/<region>/<subsystem>`), used as `iss` and `sub`. */
  readonly client: string;
  /** The exchange's audience identifier, one string (`aud`). */
  readonly audience: string;
  /**
   * Token lifetime in seconds, 1–60.
   * @default 30
   */
  readonly lifetimeSeconds?: number;
  /**
   * Clock, milliseconds since the epoch.
   * @default Date.now
   */
  readonly now?: () => number;
}

/** What {@link mintRequestToken} needs to know about one request. */
export interface MintRequestTokenInput {
  readonly method: string;
  readonly url: URL;
  readonly body: Uint8Array | undefined;
  /** The precomputed `Content-Digest` of a streamed body (then `body` is undefined). */
  readonly contentDigest?: string | undefined;
}

/** A minted token and the `Content-Digest` it commits to. */
export interface MintedRequestToken {
  /** Compact JWS. */
  readonly token: string;
  /** `Content-Digest` header value to send beside it. */
  readonly contentDigest: string;
  /** The claims that were signed. */
  readonly claims: RequestTokenClaims;
}

/**
 * Create the request-signing {@link AuthStrategy}. For every attempt (so every retry) it mints a new compact JWS
 * (`typ` `zy-req+jwt`, header `alg`/`typ`/`kid` only) with `iss` = `sub` = client, `aud`, `iat`, `exp`, a random
 * 128-bit `jti`, `htm`, `htu` and `cdg` (the body's `Content-Digest`), then sets `Content-Digest` and
 * `Authorization: ZY-JWS <token>`. Plain `http:` targets are refused unless the host is loopback.
 *
 * @example
 * const auth = createSigningAuth({ signer, client: 'ZY/GOV/11410000005184441Q/410000/settlement', audience: 'https://exchange.zhongyuan.example' });
 */
export function createSigningAuth(options: SigningAuthOptions): AuthStrategy & {
  /** Mint one token without touching headers (for tests and custom transports). */
  mint(input: MintRequestTokenInput): Promise<MintedRequestToken>;
} {
  const lifetime = options.lifetimeSeconds ?? 30;
  if (!Number.isInteger(lifetime) || lifetime < 1 || lifetime > MAX_TOKEN_LIFETIME_SECONDS) {
    throw new RangeError(`lifetimeSeconds must be an integer in 1..${MAX_TOKEN_LIFETIME_SECONDS}`);
  }
  if (!isClientIdentity(options.client)) throw new TypeError('client must be a canonical client identity');
  if (options.audience.length === 0) throw new TypeError('audience must not be empty');
  const now = options.now ?? Date.now;
  const header = encodeBase64UrlText(
    JSON.stringify({ alg: options.signer.alg, typ: REQUEST_TOKEN_TYPE, kid: options.signer.kid }),
  );

  const mint = async (input: MintRequestTokenInput): Promise<MintedRequestToken> => {
    const { url } = input;
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname))) {
      throw new TypeError('signed requests need https: (plain http: only to loopback)');
    }
    const contentDigest = input.contentDigest ?? (await computeContentDigest(input.body));
    const iat = Math.floor(now() / 1000);
    const claims: RequestTokenClaims = {
      iss: options.client,
      sub: options.client,
      aud: options.audience,
      iat,
      exp: iat + lifetime,
      jti: encodeBase64Url(crypto.getRandomValues(new Uint8Array(16))),
      htm: input.method.toUpperCase(),
      htu: normalizeTargetUri(url),
      [CONTENT_DIGEST_CLAIM]: contentDigest,
    };
    const signingInput = `${header}.${encodeBase64UrlText(JSON.stringify(claims))}`;
    const signature = await options.signer.sign(new TextEncoder().encode(signingInput));
    return { token: `${signingInput}.${encodeBase64Url(signature)}`, contentDigest, claims };
  };

  return {
    mint,
    async apply(request: OutgoingRequest): Promise<void> {
      const { token, contentDigest } = await mint(request);
      request.headers.set('Content-Digest', contentDigest);
      request.headers.set('Authorization', `${AUTHORIZATION_SCHEME} ${token}`);
    },
  };
}
