/**
 * The SM2 signature profile of Zhongyuan Exchange (SM2 国密签名), fixed so every implementation interoperates.
 */

/**
 * The exact SM2 profile, JWS `alg` `SM2SM3`:
 *
 * - Curve: the SM2 recommended 256-bit prime curve `sm2p256v1` (GB/T 32918.5-2017 / GM/T 0003.5-2012).
 * - Signature: SM2 digital signature (GB/T 32918.2-2016) with hash SM3 (GB/T 32905-2016).
 * - Distinguishing identifier `ID_A`: the ASCII bytes of `1234567812345678` (ENTL = 128 bits), as recommended
 *   by GM/T 0009-2012; `e = SM3(Z_A ‖ M)` where `M` is the JWS signing input
 *   (`BASE64URL(header) || '.' || BASE64URL(payload)`, ASCII).
 * - Signature encoding in the JWS: the 64 bytes `r ‖ s`, each a 32-byte big-endian integer with
 *   `1 ≤ r, s ≤ n − 1` (no DER).
 * - JWK: `{"kty":"EC","crv":"SM2","x":…,"y":…}` with 32-byte base64url coordinates (`d` for the private key).
 *
 * Node's built-in `crypto.sign` is deliberately not used: an `ec` key on the SM2 curve signs plain ECDSA, and a
 * PEM-imported SM2 key signs with an empty identifier that no other implementation uses.
 */
export const SM2_PROFILE = {
  alg: 'SM2SM3',
  curve: 'sm2p256v1',
  jwkCrv: 'SM2',
  userId: '1234567812345678',
  signatureBytes: 64,
} as const;

/** Order `n` of the SM2 base point. */
export const SM2_ORDER = 0xfffffffeffffffffffffffffffffffff7203df6b21c6052b53bbf40939d54123n;
