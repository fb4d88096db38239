import { CompactSign, compactVerify, exportJWK, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { createWebCryptoSigner, createWebCryptoVerifier, decodeBase64Url, encodeBase64Url } from '@zhongyuan/sdk/auth';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe.each(['ES256', 'EdDSA'] as const)('%s over WebCrypto', (alg) => {
  it('signatures interoperate with jose in both directions', async () => {
    const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
    const signer = createWebCryptoSigner({ alg, privateKey, kid: 'k1' });
    const verifier = createWebCryptoVerifier({ alg, publicKey: await exportJWK(publicKey), kid: 'k1' });
    // ours → jose
    const input = `${encodeBase64Url(utf8(JSON.stringify({ alg })))}.${encodeBase64Url(utf8('payload'))}`;
    const sig = await signer.sign(utf8(input));
    expect(sig.length).toBe(64);
    const { payload } = await compactVerify(`${input}.${encodeBase64Url(sig)}`, publicKey);
    expect(new TextDecoder().decode(payload)).toBe('payload');
    // jose → ours
    const jws = await new CompactSign(utf8('other')).setProtectedHeader({ alg }).sign(privateKey);
    const [h, p, s] = jws.split('.') as [string, string, string];
    expect(await verifier.verify(utf8(`${h}.${p}`), decodeBase64Url(s)!)).toBe(true);
    expect(await verifier.verify(utf8(`${h}.${p}x`), decodeBase64Url(s)!)).toBe(false);
    expect(await verifier.verify(utf8(`${h}.${p}`), decodeBase64Url(s)!.subarray(1))).toBe(false);
  });

  it('signs with a private JWK', async () => {
    const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
    const signer = createWebCryptoSigner({ alg, privateKey: { ...(await exportJWK(privateKey)), kid: 'from-jwk' } });
    expect(signer.kid).toBe('from-jwk');
    const verifier = createWebCryptoVerifier({ alg, publicKey, kid: 'from-jwk' });
    expect(await verifier.verify(utf8('x'), await signer.sign(utf8('x')))).toBe(true);
  });
});
