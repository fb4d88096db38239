/**
 * The signing seam (DESIGN.md decision 7): a {@link Signer} signs bytes and a {@link Verifier} checks them. Both
 * are asynchronous so a key can live in an HSM or a remote signature server; the SDK never needs raw key bytes.
 */

/**
 * Signature algorithms this profile accepts, by their JWS `alg` name.
 *
 * - `ES256`: ECDSA on P-256 with SHA-256, 64-byte `r‖s` (RFC 7518 §3.4).
 * - `EdDSA`: Ed25519 (RFC 8037).
 * - `SM2SM3`: SM2 signature with SM3 (GB/T 32918.2 / GM/T 0003.2), see {@link SM2_PROFILE}.
 */
export type SignatureAlgorithm = 'ES256' | 'EdDSA' | 'SM2SM3';

/** Every {@link SignatureAlgorithm}, in a fixed order. */
export const SIGNATURE_ALGORITHMS: readonly SignatureAlgorithm[] = ['ES256', 'EdDSA', 'SM2SM3'];

/** True when `value` names a {@link SignatureAlgorithm}. */
export function isSignatureAlgorithm(value: unknown): value is SignatureAlgorithm {
  return value === 'ES256' || value === 'EdDSA' || value === 'SM2SM3';
}

/** Produces signatures with one private key. One key per purpose. */
export interface Signer {
  /** The JWS `alg` this signer produces. */
  readonly alg: SignatureAlgorithm;
  /** Key id published in the client's JWKS and written to each token's `kid` header. */
  readonly kid: string;
  /** Sign `data` (the JWS signing input) and return the raw JWS signature bytes. */
  sign(data: Uint8Array): Promise<Uint8Array>;
}

/** Checks signatures made with one public key. */
export interface Verifier {
  /** The JWS `alg` this verifier accepts. */
  readonly alg: SignatureAlgorithm;
  /** Key id of the public key. */
  readonly kid: string;
  /** `true` only for a valid signature; never throws for malformed input. */
  verify(data: Uint8Array, signature: Uint8Array): Promise<boolean>;
}
