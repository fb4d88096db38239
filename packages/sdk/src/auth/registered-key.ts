/**
 * Import of a client's public JWK into a ready-to-use verification key. Keys are imported once and cached by
 * the key registry, so the per-request path never re-imports.
 */
import { importJWK, type JWK } from 'jose';
import type { SignatureAlgorithm, Verifier } from './signer.js';
import { createSm2Verifier, sm2PublicKeyHexFromJwk, sm2SignatureChecker } from './sm2-signature.js';
import { createWebCryptoVerifier } from './webcrypto-signature.js';

/** A verification key registered for a client. */
export interface RegisteredKey {
  /** Key id. */
  readonly kid: string;
  /** The single algorithm this key may be used with. */
  readonly alg: SignatureAlgorithm;
  /** Verifier for raw JWS signatures. */
  readonly verifier: Verifier;
  /** The imported WebCrypto key (ES256, EdDSA), handed to jose. */
  readonly cryptoKey?: CryptoKey;
  /** Synchronous SM2 check with precomputed `Z_A` (SM2SM3). */
  readonly sm2Check?: (data: Uint8Array, signature: Uint8Array) => boolean;
}

/** Longest accepted `kid`, in characters. */
export const MAX_KID_LENGTH = 128;

const KID = /^[\x21-\x7e]{1,128}$/;
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k', 'oth', 'priv'];

/** True when `kid` is a bounded, printable-ASCII key id. */
export function isAcceptableKid(kid: unknown): kid is string {
  return typeof kid === 'string' && KID.test(kid);
}

/** The algorithm a public JWK is for, from `kty`/`crv` (and `alg`, which must agree if present). */
export function algorithmOfJwk(jwk: { readonly [key: string]: unknown }): SignatureAlgorithm | undefined {
  let alg: SignatureAlgorithm | undefined;
  if (jwk['kty'] === 'EC' && jwk['crv'] === 'P-256') alg = 'ES256';
  else if (jwk['kty'] === 'OKP' && jwk['crv'] === 'Ed25519') alg = 'EdDSA';
  else if (jwk['kty'] === 'EC' && jwk['crv'] === 'SM2') alg = 'SM2SM3';
  if (alg === undefined) return undefined;
  if (jwk['alg'] !== undefined && jwk['alg'] !== alg) return undefined;
  return alg;
}

/**
 * Import one public JWK of a JWKS. Returns `undefined` for anything not acceptable: missing or unbounded `kid`,
 * private members, `use` other than `sig`, `key_ops` without `verify`, unknown key type or curve, a point not
 * on its curve.
 */
export async function importRegisteredKey(jwk: unknown): Promise<RegisteredKey | undefined> {
  if (typeof jwk !== 'object' || jwk === null || Array.isArray(jwk)) return undefined;
  const record = jwk as { readonly [key: string]: unknown };
  const kid = record['kid'];
  if (!isAcceptableKid(kid)) return undefined;
  if (PRIVATE_MEMBERS.some((m) => m in record)) return undefined;
  if (record['use'] !== undefined && record['use'] !== 'sig') return undefined;
  const ops = record['key_ops'];
  if (ops !== undefined && !(Array.isArray(ops) && ops.includes('verify'))) return undefined;
  const alg = algorithmOfJwk(record);
  if (alg === undefined) return undefined;
  try {
    if (alg === 'SM2SM3') {
      const hex = sm2PublicKeyHexFromJwk(record);
      if (hex === undefined) return undefined;
      const verifier = createSm2Verifier({ kty: 'EC', crv: 'SM2', x: record['x'] as string, y: record['y'] as string }, kid);
      return { kid, alg, verifier, sm2Check: sm2SignatureChecker(hex) };
    }
    const publicJwk: JWK =
      alg === 'ES256'
        ? { kty: 'EC', crv: 'P-256', x: record['x'] as string, y: record['y'] as string }
        : { kty: 'OKP', crv: 'Ed25519', x: record['x'] as string };
    const key = await importJWK(publicJwk, alg);
    if (key instanceof Uint8Array) return undefined;
    return { kid, alg, cryptoKey: key, verifier: createWebCryptoVerifier({ alg, publicKey: key, kid }) };
  } catch {
    return undefined;
  }
}
