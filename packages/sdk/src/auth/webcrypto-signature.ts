/**
 * ES256 and EdDSA (Ed25519) signers and verifiers over WebCrypto, with keys given as `CryptoKey` or imported
 * from a JWK through jose.
 */
import { importJWK, type JWK } from 'jose';
import { toBufferSource } from './bytes.js';
import type { Signer, Verifier } from './signer.js';

/** The algorithms handled by WebCrypto in this profile. */
export type WebCryptoAlgorithm = 'ES256' | 'EdDSA';

/** Options of {@link createWebCryptoSigner}. */
export interface WebCryptoSignerOptions {
  /** `ES256` (P-256) or `EdDSA` (Ed25519). */
  readonly alg: WebCryptoAlgorithm;
  /** The private key: a non-extractable `CryptoKey` is preferred; a private JWK is imported once. */
  readonly privateKey: CryptoKey | JWK;
  /** Key id; defaults to the JWK's `kid`. */
  readonly kid?: string;
}

/** Options of {@link createWebCryptoVerifier}. */
export interface WebCryptoVerifierOptions {
  readonly alg: WebCryptoAlgorithm;
  /** The public key as a `CryptoKey` or public JWK. */
  readonly publicKey: CryptoKey | JWK;
  /** Key id; defaults to the JWK's `kid`. */
  readonly kid?: string;
}

/** WebCrypto parameters for signing and verifying with `alg`. */
export function webCryptoParams(alg: WebCryptoAlgorithm): EcdsaParams | Algorithm {
  return alg === 'ES256' ? { name: 'ECDSA', hash: 'SHA-256' } : { name: 'Ed25519' };
}

/** Import `key` for `alg` unless it already is a `CryptoKey`. */
export async function toCryptoKey(alg: WebCryptoAlgorithm, key: CryptoKey | JWK): Promise<CryptoKey> {
  if (isCryptoKey(key)) return key;
  const imported = await importJWK(key, alg);
  if (imported instanceof Uint8Array) throw new TypeError('symmetric keys are not accepted');
  return imported;
}

function isCryptoKey(key: CryptoKey | JWK): key is CryptoKey {
  return typeof CryptoKey !== 'undefined' && key instanceof CryptoKey;
}

/** A {@link Signer} for ES256 or EdDSA. The key is imported on first use and then reused. */
export function createWebCryptoSigner(options: WebCryptoSignerOptions): Signer {
  const kid = options.kid ?? (isCryptoKey(options.privateKey) ? undefined : options.privateKey.kid);
  if (kid === undefined) throw new TypeError('signer needs a kid');
  const params = webCryptoParams(options.alg);
  let key: Promise<CryptoKey> | undefined;
  return {
    alg: options.alg,
    kid,
    async sign(data: Uint8Array): Promise<Uint8Array> {
      key ??= toCryptoKey(options.alg, options.privateKey);
      return new Uint8Array(await crypto.subtle.sign(params, await key, toBufferSource(data)));
    },
  };
}

/** A {@link Verifier} for ES256 or EdDSA over a raw JWS signature. Never throws for malformed signatures. */
export function createWebCryptoVerifier(options: WebCryptoVerifierOptions): Verifier {
  const kid = options.kid ?? (isCryptoKey(options.publicKey) ? undefined : options.publicKey.kid);
  if (kid === undefined) throw new TypeError('verifier needs a kid');
  const params = webCryptoParams(options.alg);
  const expectedLength = 64; // both P-256 r‖s and Ed25519 signatures are 64 bytes
  let key: Promise<CryptoKey> | undefined;
  return {
    alg: options.alg,
    kid,
    async verify(data: Uint8Array, signature: Uint8Array): Promise<boolean> {
      if (signature.length !== expectedLength) return false;
      try {
        key ??= toCryptoKey(options.alg, options.publicKey);
        return await crypto.subtle.verify(params, await key, toBufferSource(signature), toBufferSource(data));
      } catch {
        return false;
      }
    },
  };
}
