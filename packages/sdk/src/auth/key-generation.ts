/**
 * Key generation for clients (密钥生成): a fresh key pair per algorithm, as JWKs with an RFC 7638 thumbprint
 * as `kid`. Production keys should live in an HSM; this is for agencies that keep software keys.
 */
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose';
import { sm2 } from 'sm-crypto-v2';
import { encodeBase64Url } from './base64url.js';
import { hexToBytes } from './bytes.js';
import type { SignatureAlgorithm } from './signer.js';
import { sm2PublicJwkFromHex } from './sm2-signature.js';

/** A key pair as JWKs. */
export interface GeneratedKeyPair {
  readonly alg: SignatureAlgorithm;
  /** RFC 7638 thumbprint of the public key. */
  readonly kid: string;
  /** Private JWK (keep secret; mode 0600 on disk). Includes `kid`, `alg`, `use`. */
  readonly privateJwk: JWK;
  /** Public JWK to publish in the client's JWKS. Includes `kid`, `alg`, `use`. */
  readonly publicJwk: JWK;
}

const PUBLIC_MEMBERS: Record<string, readonly string[]> = { EC: ['kty', 'crv', 'x', 'y'], OKP: ['kty', 'crv', 'x'] };

/** The public part of a JWK (`kty`, `crv`, `x`, `y` only). */
export function publicPartOfJwk(jwk: JWK): JWK {
  const members = PUBLIC_MEMBERS[jwk.kty ?? ''] ?? [];
  const out: Record<string, unknown> = {};
  for (const m of members) if ((jwk as Record<string, unknown>)[m] !== undefined) out[m] = (jwk as Record<string, unknown>)[m];
  return out as JWK;
}

/** Complete a raw private/public JWK pair with `kid` (thumbprint), `alg` and `use`. */
export async function finishKeyPair(alg: SignatureAlgorithm, privateJwk: JWK): Promise<GeneratedKeyPair> {
  const bare = publicPartOfJwk(privateJwk);
  const kid = await calculateJwkThumbprint(bare, 'sha256');
  const meta = { kid, alg, use: 'sig' };
  return {
    alg,
    kid,
    privateJwk: { ...bare, d: privateJwk.d, ...meta } as JWK,
    publicJwk: { ...bare, ...meta } as JWK,
  };
}

/** Generate a new random key pair for `alg`. */
export async function generateSigningKeyPair(alg: SignatureAlgorithm): Promise<GeneratedKeyPair> {
  if (alg === 'SM2SM3') {
    const pair = sm2.generateKeyPairHex();
    const d = hexToBytes(pair.privateKey.padStart(64, '0'))!;
    return finishKeyPair(alg, { ...sm2PublicJwkFromHex(pair.publicKey), d: encodeBase64Url(d) });
  }
  const { privateKey } = await generateKeyPair(alg, alg === 'EdDSA' ? { extractable: true, crv: 'Ed25519' } : { extractable: true });
  return finishKeyPair(alg, await exportJWK(privateKey));
}
