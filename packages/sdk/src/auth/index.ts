/**
 * Signed requests for the Zhongyuan exchanges (请求签名与验签): mint a short-lived, request-bound token per
 * attempt ({@link createSigningAuth}) and verify it on the server ({@link verifyRequest}) with ES256, EdDSA or
 * SM2-with-SM3 behind one {@link Signer}/{@link Verifier} seam. See SECURITY.md for the rules enforced.
 *
 * @module
 */
export type { Signer, Verifier, SignatureAlgorithm } from './signer.js';
export { SIGNATURE_ALGORITHMS, isSignatureAlgorithm } from './signer.js';
export {
  createWebCryptoSigner,
  createWebCryptoVerifier,
  type WebCryptoAlgorithm,
  type WebCryptoSignerOptions,
  type WebCryptoVerifierOptions,
} from './webcrypto-signature.js';
export { SM2_PROFILE, SM2_ORDER } from './sm2-profile.js';
export {
  createSm2Signer,
  createSm2Verifier,
  isSm2PublicKeyOnCurve,
  sm2PublicJwkFromHex,
  sm2PublicKeyHexFromJwk,
  type Sm2PrivateJwk,
  type Sm2PublicJwk,
  type Sm2SignerOptions,
} from './sm2-signature.js';
export {
  CLIENT_INSTANCES,
  MEMBER_CLASSES,
  formatClientIdentity,
  isClientIdentity,
  parseClientIdentity,
  type ClientIdentity,
} from './client-identity.js';
export { normalizeTargetUri, isLoopbackHost } from './target-uri.js';
export { computeContentDigest } from './content-digest.js';
export {
  AUTHORIZATION_SCHEME,
  CONTENT_DIGEST_CLAIM,
  DEFAULT_CLOCK_SKEW_SECONDS,
  FORBIDDEN_HEADER_PARAMETERS,
  MAX_CLOCK_SKEW_SECONDS,
  MAX_TOKEN_LIFETIME_SECONDS,
  REQUEST_TOKEN_TYPE,
  type RequestTokenClaims,
} from './token-profile.js';
export {
  createSigningAuth,
  type MintRequestTokenInput,
  type MintedRequestToken,
  type SigningAuthOptions,
} from './signing-auth.js';
export {
  MAX_AUTHORIZATION_LENGTH,
  MAX_HEADER_BYTES,
  MAX_PAYLOAD_BYTES,
  MAX_SIGNATURE_BYTES,
  verifyRequest,
  type RejectedRequest,
  type VerifiedRequest,
  type VerifyRequestPolicy,
  type VerifyRequestResult,
} from './verify-request.js';
export { checkRequestTokenClaims, type ClaimsCheckOptions } from './token-claims.js';
export type { RejectEvent, RejectReason } from './reject-reason.js';
export {
  INVALID_TOKEN_PROBLEM_TYPE,
  REPLAY_STORE_UNAVAILABLE_PROBLEM_TYPE,
} from './problem-response.js';
export {
  createKeyRegistry,
  type ClientKeySource,
  type JsonWebKeySetInput,
  type KeyRegistry,
  type KeyRegistryOptions,
} from './key-registry.js';
export { importRegisteredKey, MAX_KID_LENGTH, type RegisteredKey } from './registered-key.js';
export { ReplayStoreUnavailableError, replayKey, type ReplayStore } from './replay-store.js';
export {
  createMemoryReplayStore,
  type MemoryReplayStore,
  type MemoryReplayStoreOptions,
} from './memory-replay-store.js';
export {
  createRedisReplayStore,
  type RedisReplayStoreOptions,
  type RedisSetIfAbsentClient,
} from './redis-replay-store.js';
export { parseStrictJson, type JsonValue, type StrictJsonOptions } from './strict-json.js';
export { decodeBase64Url, encodeBase64Url } from './base64url.js';
export { generateSigningKeyPair, publicPartOfJwk, type GeneratedKeyPair } from './key-generation.js';
export { deriveTestKeys, type TestKeyPair } from './test-keys.js';
export { readBoundedBody, readBoundedStream } from './bounded-body.js';
