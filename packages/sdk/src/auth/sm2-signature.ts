/**
 * SM2-with-SM3 signing and verification (SM2 签名) behind the {@link Signer}/{@link Verifier} seam, built on
 * `sm-crypto-v2` and hardened: the library tolerates trailing signature bytes and throws on out-of-range
 * scalars, so this wrapper accepts only exactly 64 bytes `r ‖ s`, checks `1 ≤ r, s < n`, checks that the public
 * key is on the curve, and turns any exception into "invalid".
 */
import { sm2, sm3 } from 'sm-crypto-v2';
import { decodeBase64Url, encodeBase64Url } from './base64url.js';
import { bigIntToBytes, bytesToBigInt, bytesToHex, concatBytes, hexToBytes } from './bytes.js';
import type { Signer, Verifier } from './signer.js';
import { SM2_ORDER, SM2_PROFILE } from './sm2-profile.js';

/** A public SM2 key as a JWK (profile in {@link SM2_PROFILE}). */
export interface Sm2PublicJwk {
  readonly kty: 'EC';
  readonly crv: 'SM2';
  /** 32-byte x coordinate, base64url. */
  readonly x: string;
  /** 32-byte y coordinate, base64url. */
  readonly y: string;
  readonly kid?: string;
  readonly alg?: 'SM2SM3';
  readonly use?: 'sig';
}

/** A private SM2 key as a JWK. */
export interface Sm2PrivateJwk extends Sm2PublicJwk {
  /** 32-byte private scalar, base64url. */
  readonly d: string;
}

type PrecomputedPoint = ReturnType<typeof sm2.precomputePublicKey>;

/**
 * The uncompressed public key hex (`04 ‖ x ‖ y`) of an SM2 JWK, or `undefined` when the JWK is malformed or the
 * point is not on the curve.
 */
export function sm2PublicKeyHexFromJwk(jwk: { readonly x?: unknown; readonly y?: unknown }): string | undefined {
  if (typeof jwk.x !== 'string' || typeof jwk.y !== 'string') return undefined;
  const x = decodeBase64Url(jwk.x, 32);
  const y = decodeBase64Url(jwk.y, 32);
  if (x === undefined || y === undefined || x.length !== 32 || y.length !== 32) return undefined;
  const hex = '04' + bytesToHex(x) + bytesToHex(y);
  return isSm2PublicKeyOnCurve(hex) ? hex : undefined;
}

/** True when `publicKeyHex` (uncompressed, `04 ‖ x ‖ y`) is a valid point of the SM2 curve. */
export function isSm2PublicKeyOnCurve(publicKeyHex: string): boolean {
  if (!/^04[0-9a-f]{128}$/i.test(publicKeyHex)) return false;
  try {
    return sm2.verifyPublicKey(publicKeyHex);
  } catch {
    return false;
  }
}

/** The public JWK of an SM2 key given as uncompressed public key hex. */
export function sm2PublicJwkFromHex(publicKeyHex: string): Sm2PublicJwk {
  const bytes = hexToBytes(publicKeyHex);
  if (bytes === undefined || bytes.length !== 65 || bytes[0] !== 4) throw new TypeError('SM2 public key must be 65 bytes 04‖x‖y');
  return { kty: 'EC', crv: 'SM2', x: encodeBase64Url(bytes.subarray(1, 33)), y: encodeBase64Url(bytes.subarray(33)) };
}

/** Options of {@link createSm2Signer}. */
export interface Sm2SignerOptions {
  /** The private key as an SM2 JWK (`d`, `x`, `y`). */
  readonly privateJwk: Sm2PrivateJwk;
  /** Key id; defaults to `privateJwk.kid`. */
  readonly kid?: string;
}

/** A {@link Signer} for `SM2SM3` (profile {@link SM2_PROFILE}) using a private key held in memory. */
export function createSm2Signer(options: Sm2SignerOptions): Signer {
  const kid = options.kid ?? options.privateJwk.kid;
  if (kid === undefined) throw new TypeError('SM2 signer needs a kid');
  const d = decodeBase64Url(options.privateJwk.d, 32);
  if (d === undefined || d.length !== 32) throw new TypeError('SM2 private key d must be 32 bytes');
  const scalar = bytesToBigInt(d);
  if (scalar < 1n || scalar > SM2_ORDER - 2n) throw new TypeError('SM2 private key out of range');
  const privateKeyHex = bytesToHex(d);
  const publicKeyHex = sm2.getPublicKeyFromPrivateKey(privateKeyHex);
  const declared = sm2PublicKeyHexFromJwk(options.privateJwk);
  if (declared === undefined || declared.toLowerCase() !== publicKeyHex.toLowerCase()) {
    throw new TypeError('SM2 JWK x/y do not match d');
  }
  return {
    alg: 'SM2SM3',
    kid,
    sign(data: Uint8Array): Promise<Uint8Array> {
      const hex = sm2.doSignature(data, privateKeyHex, { hash: true, publicKey: publicKeyHex, userId: SM2_PROFILE.userId });
      const sig = hexToBytes(hex);
      if (sig === undefined || sig.length !== SM2_PROFILE.signatureBytes) return Promise.reject(new Error('SM2 signing failed'));
      return Promise.resolve(sig);
    },
  };
}

/**
 * Verify an SM2 signature (64 bytes `r ‖ s`) over `data` with the profile's identifier. Never throws.
 */
export function createSm2Verifier(publicJwk: Sm2PublicJwk, kid = publicJwk.kid): Verifier {
  if (kid === undefined) throw new TypeError('SM2 verifier needs a kid');
  const publicKeyHex = sm2PublicKeyHexFromJwk(publicJwk);
  if (publicKeyHex === undefined) throw new TypeError('SM2 public key is malformed or not on the curve');
  const check = sm2SignatureChecker(publicKeyHex);
  return {
    alg: 'SM2SM3',
    kid,
    verify: (data, signature) => Promise.resolve(check(data, signature)),
  };
}

/**
 * A synchronous SM2 check for one public key, with `Z_A` and the point's multiplication table precomputed once
 * (verification happens on every request).
 */
export function sm2SignatureChecker(publicKeyHex: string): (data: Uint8Array, signature: Uint8Array) => boolean {
  if (!isSm2PublicKeyOnCurve(publicKeyHex)) return () => false;
  let za: Uint8Array;
  let point: PrecomputedPoint;
  try {
    za = sm2.getZ(publicKeyHex, SM2_PROFILE.userId);
    point = sm2.precomputePublicKey(publicKeyHex);
  } catch {
    return () => false;
  }
  return (data, signature) => {
    if (signature.length !== SM2_PROFILE.signatureBytes) return false;
    const r = bytesToBigInt(signature.subarray(0, 32));
    const s = bytesToBigInt(signature.subarray(32, 64));
    if (r < 1n || r >= SM2_ORDER || s < 1n || s >= SM2_ORDER) return false;
    try {
      const e = hexToBytes(sm3(concatBytes(za, data)));
      if (e === undefined) return false;
      const sigHex = bytesToHex(bigIntToBytes(r, 32)) + bytesToHex(bigIntToBytes(s, 32));
      return sm2.doVerifySignature(e, sigHex, point, { hash: false }) === true;
    } catch {
      return false;
    }
  };
}
