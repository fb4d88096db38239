import { compactVerify, decodeJwt, decodeProtectedHeader, importJWK } from 'jose';
import { describe, expect, it } from 'vitest';
import { createSigningAuth, deriveTestKeys, normalizeTargetUri } from '@zhongyuan/sdk/auth';

const CLIENT = 'ZY-TEST/GOV/11410000005184441Q/410000/settlement';
const AUDIENCE = 'https://exchange.zhongyuan.example';
const NOW = 1_800_000_000_000;

async function apply(url: string, body: Uint8Array | undefined, method = 'POST', attempt = 1) {
  const key = await deriveTestKeys('signing-auth', CLIENT, 'ES256');
  const auth = createSigningAuth({ signer: key.signer, client: CLIENT, audience: AUDIENCE, lifetimeSeconds: 45, now: () => NOW });
  const headers = new Headers({ 'Idempotency-Key': 'idem-1' });
  await auth.apply({ method, url: new URL(url), headers, body, operationId: 'createSettlement', attempt });
  return { key, headers, auth };
}

describe('createSigningAuth', () => {
  it('mints a request-bound compact JWS with the documented claims and headers', async () => {
    const body = new TextEncoder().encode('{"amountFen":100}');
    const { key, headers } = await apply('https://Exchange.Zhongyuan.Example:443/v1/settlements?b=2&a=1', body);
    const authorization = headers.get('authorization')!;
    expect(authorization).toMatch(/^ZY-JWS [\w-]+\.[\w-]+\.[\w-]+$/);
    const token = authorization.slice('ZY-JWS '.length);
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'ES256', typ: 'zy-req+jwt', kid: key.kid });
    const claims = decodeJwt(token);
    const digest = `sha-256=:${Buffer.from(await crypto.subtle.digest('SHA-256', body)).toString('base64')}:`;
    expect(claims).toEqual({
      iss: CLIENT,
      sub: CLIENT,
      aud: AUDIENCE,
      iat: NOW / 1000,
      exp: NOW / 1000 + 45,
      jti: expect.stringMatching(/^[\w-]{22}$/),
      htm: 'POST',
      htu: 'https://exchange.zhongyuan.example/v1/settlements?b=2&a=1',
      cdg: digest,
    });
    expect(headers.get('content-digest')).toBe(digest);
    expect(headers.get('idempotency-key')).toBe('idem-1');
    await compactVerify(token, await importJWK(key.publicJwk, 'ES256'));
  });

  it('mints a new jti for every attempt', async () => {
    const key = await deriveTestKeys('signing-auth', CLIENT, 'EdDSA');
    const auth = createSigningAuth({ signer: key.signer, client: CLIENT, audience: AUDIENCE });
    const jtis = new Set<unknown>();
    for (let attempt = 1; attempt <= 20; attempt++) {
      const headers = new Headers();
      await auth.apply({ method: 'GET', url: new URL('https://x.example/a'), headers, body: undefined, operationId: 'op', attempt });
      jtis.add(decodeJwt(headers.get('authorization')!.split(' ')[1]!).jti);
    }
    expect(jtis.size).toBe(20);
  });

  it('digests an absent body as empty bytes', async () => {
    const { headers } = await apply('https://x.example/a', undefined, 'GET');
    expect(headers.get('content-digest')).toBe('sha-256=:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=:');
  });

  it('refuses plain http: except to loopback', async () => {
    await expect(apply('http://exchange.example/a', undefined)).rejects.toThrow(TypeError);
    await expect(apply('http://127.0.0.1:8080/a', undefined)).resolves.toBeDefined();
    await expect(apply('http://localhost:8080/a', undefined)).resolves.toBeDefined();
    await expect(apply('http://[::1]:8080/a', undefined)).resolves.toBeDefined();
  });

  it('refuses lifetimes over 60 s and malformed client identities', async () => {
    const key = await deriveTestKeys('signing-auth', CLIENT, 'ES256');
    expect(() => createSigningAuth({ signer: key.signer, client: CLIENT, audience: AUDIENCE, lifetimeSeconds: 61 })).toThrow(RangeError);
    expect(() => createSigningAuth({ signer: key.signer, client: 'agency-1', audience: AUDIENCE })).toThrow(TypeError);
  });

  it('normalises the target URI: scheme and host lower-cased, default port dropped, path and query kept', () => {
    expect(normalizeTargetUri('HTTPS://EXAMPLE.cn:443/A/b/../C?Q=%41&x#frag')).toBe('https://example.cn/A/C?Q=%41&x');
    expect(normalizeTargetUri('http://127.0.0.1:80/a')).toBe('http://127.0.0.1/a');
    expect(normalizeTargetUri('https://example.cn:8443')).toBe('https://example.cn:8443/');
  });
});
