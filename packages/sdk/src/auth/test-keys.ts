/**
 * TEST-ONLY deterministic keys (仅供测试): the mock server and test suites derive the same key for a city's
 * client from a shared seed string, so they need no key files. Anyone who knows the seed knows the private key:
 * these keys must never be registered in production.
 */
import { sm2 } from 'sm-crypto-v2';
import { encodeBase64Url } from './base64url.js';
import { bigIntToBytes, bytesToBigInt, concatBytes, hexToBytes, toBufferSource } from './bytes.js';
import { parseClientIdentity } from './client-identity.js';
import { finishKeyPair, type GeneratedKeyPair } from './key-generation.js';
import type { Signer, SignatureAlgorithm } from './signer.js';
import { createSm2Signer, sm2PublicJwkFromHex, type Sm2PrivateJwk } from './sm2-signature.js';
import { SM2_ORDER } from './sm2-profile.js';
import { createWebCryptoSigner } from './webcrypto-signature.js';

/** A deterministic TEST-ONLY key pair and a signer over it. */
export interface TestKeyPair extends GeneratedKeyPair {
  /** Signer for the private key. */
  readonly signer: Signer;
  /** `{ keys: [publicJwk] }`, ready for a key registry. */
  readonly jwks: { readonly keys: readonly GeneratedKeyPair['publicJwk'][] };
}

const P256_ORDER = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;
const P256_PKCS8_PREFIX = hexToBytes('3041020100301306072a8648ce3d020106082a8648ce3d030107042730250201010420')!;
const ED25519_PKCS8_PREFIX = hexToBytes('302e020100300506032b657004220420')!;

/**
 * TEST-ONLY. Derive a key pair deterministically from `seed` and `clientIdentity`: the private scalar (or
 * Ed25519 seed) is SHA-256 of `zhongyuan-test-key/v1`, `alg`, `seed` and `clientIdentity` (NUL-separated),
 * reduced into the valid range. Same inputs, same key, on every machine. Never use these keys in production:
 * they are derived only for identities of the test instance (`ZY-TEST/…`), so a production identity (`ZY/…`)
 * can never be given a key anyone could recompute.
 *
 * @throws TypeError when `clientIdentity` is not a canonical identity of the `ZY-TEST` instance.
 * @example
 * const key = await deriveTestKeys('mock-seed', 'ZY-TEST/GOV/11410100MB1234567X/410100/settlement', 'ES256');
 */
export async function deriveTestKeys(seed: string, clientIdentity: string, alg: SignatureAlgorithm): Promise<TestKeyPair> {
  if (parseClientIdentity(clientIdentity)?.instance !== 'ZY-TEST') {
    throw new TypeError('test keys are derived only for identities of the ZY-TEST instance');
  }
  const material = new Uint8Array(
    await crypto.subtle.digest(
      'SHA-256',
      toBufferSource(new TextEncoder().encode(['zhongyuan-test-key/v1', alg, seed, clientIdentity].join('\0'))),
    ),
  );
  let pair: GeneratedKeyPair;
  let signer: Signer;
  if (alg === 'SM2SM3') {
    const d = bigIntToBytes((bytesToBigInt(material) % (SM2_ORDER - 2n)) + 1n, 32);
    const publicKeyHex = sm2.getPublicKeyFromPrivateKey(Array.from(d, (b) => b.toString(16).padStart(2, '0')).join(''));
    pair = await finishKeyPair(alg, { ...sm2PublicJwkFromHex(publicKeyHex), d: encodeBase64Url(d) });
    signer = createSm2Signer({ privateJwk: pair.privateJwk as unknown as Sm2PrivateJwk });
  } else {
    const pkcs8 =
      alg === 'ES256'
        ? concatBytes(P256_PKCS8_PREFIX, bigIntToBytes((bytesToBigInt(material) % (P256_ORDER - 1n)) + 1n, 32))
        : concatBytes(ED25519_PKCS8_PREFIX, material);
    const params = alg === 'ES256' ? { name: 'ECDSA', namedCurve: 'P-256' } : { name: 'Ed25519' };
    const extractable = await crypto.subtle.importKey('pkcs8', pkcs8, params, true, ['sign']);
    pair = await finishKeyPair(alg, await crypto.subtle.exportKey('jwk', extractable));
    const privateKey = await crypto.subtle.importKey('pkcs8', pkcs8, params, false, ['sign']);
    signer = createWebCryptoSigner({ alg, privateKey, kid: pair.kid });
  }
  return { ...pair, signer, jwks: { keys: [pair.publicJwk] } };
}
