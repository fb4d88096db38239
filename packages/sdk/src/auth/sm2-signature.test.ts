import { generateKeyPairSync, sign as nodeSign, verify as nodeVerify } from 'node:crypto';
import fc from 'fast-check';
import smCrypto from 'sm-crypto';
import { sm2 as sm2v2 } from 'sm-crypto-v2';
import { describe, expect, it } from 'vitest';
import {
  createSm2Signer,
  createSm2Verifier,
  encodeBase64Url,
  SM2_ORDER,
  sm2PublicJwkFromHex,
  type Sm2PrivateJwk,
} from '@zhongyuan/sdk/auth';

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
const fromHex = (h: string): Uint8Array => new Uint8Array(Buffer.from(h, 'hex'));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

// GB/T 32918.5-2017 / GM/T 0003.5-2012 Annex A: signature example on the recommended curve, ID 1234567812345678.
const VECTOR = {
  d: '3945208f7b2144b13f36e38ac6d39f95889393692860b51a42fb81ef4df7c5b8',
  publicKey:
    '0409f9df311e5421a150dd7d161e4bc5c672179fad1833fc076bb08ff356f35020ccea490ce26775a52dc6ea718cc1aa600aed05fbf35e084a6632f6072da9ad13',
  message: 'message digest',
  za: 'b2e14c5c79c6df5b85f4fe7ed8db7a262b9da7e07ccb0ea9f4747b8ccda8a4f3',
  e: 'f0b43e94ba45accaace692ed534382eb17e6ab5a19ce7b31f4486fdfc0d28640',
  k: '59276e27d506861a16680f3ad9c02dccef3cc1fa3cdbe4ce6d54b80deac1bc21',
  x1: '04ebfc718e8d1798620432268e77feb6415e2ede0e073c0f4f640ecd2e149a73',
  r: 'f5a03b0648d2c4630eeac513e1bb81a15944da3827d5b74143ac7eaceee720b3',
  s: 'b1b6aa29df212fd8763182bc0d421ca1bb9038fd1f7f42d4840b69c485bbc1aa',
};

function jwkPair(privateHex: string, publicHex: string): Sm2PrivateJwk {
  return { ...sm2PublicJwkFromHex(publicHex), d: encodeBase64Url(fromHex(privateHex.padStart(64, '0'))), kid: 'k1' };
}

describe('SM2SM3 profile', () => {
  it('matches the GB/T 32918 standard example: Z_A, e, and the published (r, s) verify', async () => {
    expect(hex(sm2v2.getZ(VECTOR.publicKey, '1234567812345678'))).toBe(VECTOR.za);
    expect(sm2v2.getHash(hex(utf8(VECTOR.message)), VECTOR.publicKey, '1234567812345678')).toBe(VECTOR.e);
    const verifier = createSm2Verifier(sm2PublicJwkFromHex(VECTOR.publicKey), 'vector');
    expect(await verifier.verify(utf8(VECTOR.message), fromHex(VECTOR.r + VECTOR.s))).toBe(true);
    expect(await verifier.verify(utf8('message digesT'), fromHex(VECTOR.r + VECTOR.s))).toBe(false);
    expect(smCrypto.sm2.doVerifySignature(VECTOR.message, VECTOR.r + VECTOR.s, VECTOR.publicKey, { hash: true })).toBe(true);
  });

  it('reproduces the standard signature from the standard nonce', () => {
    const sig = sm2v2.doSignature(utf8(VECTOR.message), VECTOR.d, {
      hash: true,
      publicKey: VECTOR.publicKey,
      userId: '1234567812345678',
      pointPool: [{ k: BigInt('0x' + VECTOR.k), x1: BigInt('0x' + VECTOR.x1) }],
    });
    expect(sig).toBe(VECTOR.r + VECTOR.s);
  });

  it('cross-checks with sm-crypto in both directions (fast-check messages, fresh keys)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (message) => {
        const pair = smCrypto.sm2.generateKeyPairHex();
        // ours signs, sm-crypto verifies
        const signer = createSm2Signer({ privateJwk: jwkPair(pair.privateKey, pair.publicKey) });
        const sig = await signer.sign(message);
        expect(sig.length).toBe(64);
        const ok1 = smCrypto.sm2.doVerifySignature(Array.from(message), hex(sig), pair.publicKey, {
          hash: true,
          userId: '1234567812345678',
        });
        // sm-crypto signs, ours verifies
        const theirs = smCrypto.sm2.doSignature(Array.from(message), pair.privateKey, { hash: true, userId: '1234567812345678' });
        const ok2 = await createSm2Verifier(sm2PublicJwkFromHex(pair.publicKey), 'k').verify(message, fromHex(theirs));
        return ok1 && ok2;
      }),
      { numRuns: 25 },
    );
  });

  describe('hardening', () => {
    const pair = sm2v2.generateKeyPairHex();
    const publicHex = pair.publicKey.length === 130 ? pair.publicKey : sm2v2.getPublicKeyFromPrivateKey(pair.privateKey);
    const verifier = createSm2Verifier(sm2PublicJwkFromHex(publicHex), 'k');
    const signer = createSm2Signer({ privateJwk: jwkPair(pair.privateKey, publicHex) });
    const msg = utf8('zhongyuan');

    it('rejects any length but 64 bytes, where bare sm-crypto-v2 throws instead of answering', async () => {
      const sig = await signer.sign(msg);
      expect(await verifier.verify(msg, sig)).toBe(true);
      const longer = new Uint8Array([...sig, 0]);
      expect(() => sm2v2.doVerifySignature(msg, hex(longer), publicHex, { hash: true })).toThrow();
      expect(await verifier.verify(msg, longer)).toBe(false);
      expect(await verifier.verify(msg, sig.subarray(0, 63))).toBe(false);
    });

    it('rejects r or s out of range (0 or ≥ n) without throwing', async () => {
      const sig = await signer.sign(msg);
      const n = SM2_ORDER.toString(16).padStart(64, '0');
      const zero = '0'.repeat(64);
      for (const bad of [zero + hex(sig.subarray(32)), hex(sig.subarray(0, 32)) + zero, n + hex(sig.subarray(32)), hex(sig.subarray(0, 32)) + n, 'f'.repeat(128)]) {
        expect(await verifier.verify(msg, fromHex(bad))).toBe(false);
      }
    });

    it('rejects the malleated (r, n − s) signature, and any single-byte change (fast-check)', async () => {
      const sig = await signer.sign(msg);
      const s = BigInt('0x' + hex(sig.subarray(32)));
      const flipped = fromHex(hex(sig.subarray(0, 32)) + (SM2_ORDER - s).toString(16).padStart(64, '0'));
      expect(await verifier.verify(msg, flipped)).toBe(false);
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 0, max: 63 }), fc.integer({ min: 1, max: 255 }), async (i, x) => {
          const m = sig.slice();
          m[i]! ^= x;
          return !(await verifier.verify(msg, m));
        }),
        { numRuns: 50 },
      );
    });

    it('refuses a public key that is not on the curve', () => {
      const off = publicHex.slice(0, -2) + (publicHex.endsWith('00') ? '01' : '00');
      expect(() => createSm2Verifier(sm2PublicJwkFromHex(off), 'k')).toThrow(TypeError);
    });

    it('refuses a private JWK whose x/y do not match d, or d out of range', () => {
      const other = sm2v2.generateKeyPairHex();
      expect(() => createSm2Signer({ privateJwk: jwkPair(pair.privateKey, other.publicKey) })).toThrow(TypeError);
      expect(() => createSm2Signer({ privateJwk: { ...jwkPair(pair.privateKey, publicHex), d: encodeBase64Url(new Uint8Array(32)) } })).toThrow(TypeError);
    });
  });

  it("shows why Node's crypto.sign must not be used: an ec SM2 key signs plain ECDSA that the standard profile rejects", async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'SM2' });
    const spki = publicKey.export({ format: 'der', type: 'spki' });
    const publicHex = hex(spki.subarray(spki.length - 65));
    const msg = utf8('zhongyuan settlement');
    // Node happily signs with SHA-256 too: this is ECDSA over the SM2 curve, not SM2.
    const der = nodeSign('sm3', msg, privateKey);
    expect(nodeVerify('sm3', msg, publicKey, der)).toBe(true);
    expect(nodeVerify('sha256', msg, publicKey, nodeSign('sha256', msg, privateKey))).toBe(true);
    const rs = derToRs(der);
    const verifier = createSm2Verifier(sm2PublicJwkFromHex(publicHex), 'node');
    expect(await verifier.verify(msg, rs)).toBe(false);
    expect(smCrypto.sm2.doVerifySignature(Array.from(msg), hex(rs), publicHex, { hash: true, userId: '1234567812345678' })).toBe(false);
  });
});

function derToRs(der: Uint8Array): Uint8Array {
  // SEQUENCE { INTEGER r, INTEGER s }, short-form lengths (SM2 signatures are < 128 bytes)
  let i = 2;
  const ints: Uint8Array[] = [];
  for (let k = 0; k < 2; k++) {
    const len = der[i + 1]!;
    let v = der.subarray(i + 2, i + 2 + len);
    while (v.length > 32 && v[0] === 0) v = v.subarray(1);
    const padded = new Uint8Array(32);
    padded.set(v, 32 - v.length);
    ints.push(padded);
    i += 2 + len;
  }
  return new Uint8Array([...ints[0]!, ...ints[1]!]);
}
