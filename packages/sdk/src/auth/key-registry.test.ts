import { describe, expect, it } from 'vitest';
import { createKeyRegistry, deriveTestKeys, type KeyRegistryOptions } from '@zhongyuan/sdk/auth';

const CLIENT = 'ZY-TEST/GOV/11410000005184441Q/410000/settlement';
const JWKS_URL = 'https://keys.zhongyuan.example/410000/settlement.json';

function fakeFetch() {
  let body: unknown = { keys: [] };
  let fail = false;
  const calls: string[] = [];
  const fetch: NonNullable<KeyRegistryOptions['fetch']> = async (url) => {
    calls.push(url);
    if (fail) throw new Error('network down');
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status: 200 });
  };
  return {
    fetch,
    calls,
    set(value: unknown) {
      body = value;
    },
    down(value: boolean) {
      fail = value;
    },
  };
}

/** A registry of CLIENT's keys at JWKS_URL, served by a fake fetch: 30 s cool-down, refresh after 5 min. */
function remoteRegistry() {
  const remote = fakeFetch();
  const clock = { now: 0 };
  const registry = createKeyRegistry({
    clients: { [CLIENT]: { jwksUrl: JWKS_URL } },
    fetch: remote.fetch,
    now: () => clock.now,
    refreshCooldownMs: 30_000,
    maxAgeMs: 300_000,
  });
  return { remote, registry, clock };
}

describe('key registry', () => {
  it('resolves inline keys by kid and imports each key once', async () => {
    const a = await deriveTestKeys('reg', CLIENT, 'ES256');
    const b = await deriveTestKeys('reg', CLIENT, 'SM2SM3');
    const registry = createKeyRegistry({ clients: { [CLIENT]: { jwks: { keys: [a.publicJwk, b.publicJwk] } } } });
    const k1 = await registry.resolve(CLIENT, a.kid);
    expect(k1?.alg).toBe('ES256');
    expect(await registry.resolve(CLIENT, a.kid)).toBe(k1);
    expect((await registry.resolve(CLIENT, b.kid))?.alg).toBe('SM2SM3');
    expect(await registry.resolve(CLIENT, 'nope')).toBeUndefined();
    expect(await registry.resolve('ZY-TEST/GOV/12410100MB1234567X/410100/settlement', a.kid)).toBeUndefined();
  });

  it('skips private, symmetric and mismatched keys', async () => {
    const a = await deriveTestKeys('reg', CLIENT, 'EdDSA');
    const registry = createKeyRegistry({
      clients: {
        [CLIENT]: {
          jwks: {
            keys: [
              { ...a.privateJwk, kid: 'private' },
              { kty: 'oct', k: 'c2VjcmV0', kid: 'hmac' },
              { ...a.publicJwk, alg: 'ES256', kid: 'wrong-alg' },
              { ...a.publicJwk, use: 'enc', kid: 'enc' },
              { ...a.publicJwk, kid: 'x'.repeat(200) },
            ],
          },
        },
      },
    });
    for (const kid of ['private', 'hmac', 'wrong-alg', 'enc', 'x'.repeat(200)]) expect(await registry.resolve(CLIENT, kid)).toBeUndefined();
  });

  it('rotation: publish new, overlap, retire — with one refresh per cool-down for an unknown kid', async () => {
    const oldKey = await deriveTestKeys('rotation-old', CLIENT, 'ES256');
    const newKey = await deriveTestKeys('rotation-new', CLIENT, 'ES256');
    const { remote, registry, clock } = remoteRegistry();
    remote.set({ keys: [oldKey.publicJwk] });
    expect(await registry.resolve(CLIENT, oldKey.kid)).toBeDefined();
    expect(remote.calls.length).toBe(1);

    // publish: the JWKS now holds both; a token with the new kid arrives within the cool-down → not yet known
    remote.set({ keys: [oldKey.publicJwk, newKey.publicJwk] });
    clock.now = 10_000;
    expect(await registry.resolve(CLIENT, newKey.kid)).toBeUndefined();
    expect(remote.calls.length).toBe(1);
    // after the cool-down: exactly one refresh, and the new key verifies; the old one still does (overlap)
    clock.now = 31_000;
    expect(await registry.resolve(CLIENT, newKey.kid)).toBeDefined();
    expect(await registry.resolve(CLIENT, 'unknown-kid')).toBeUndefined();
    expect(remote.calls.length).toBe(2);
    expect(await registry.resolve(CLIENT, oldKey.kid)).toBeDefined();

    // retire: the old key is removed; verifiers drop it at the next scheduled refresh
    remote.set({ keys: [newKey.publicJwk] });
    clock.now = 31_000 + 300_000;
    expect(await registry.resolve(CLIENT, oldKey.kid)).toBeUndefined();
    expect(await registry.resolve(CLIENT, newKey.kid)).toBeDefined();
    expect(remote.calls.length).toBe(3);
  });

  it('peek answers from keys at hand without fetching, and steps aside whenever resolve would load or refresh', async () => {
    const key = await deriveTestKeys('peek', CLIENT, 'ES256');
    const { remote, registry, clock } = remoteRegistry();
    remote.set({ keys: [key.publicJwk] });
    expect(registry.peek?.(CLIENT, key.kid)).toBeUndefined(); // nothing loaded yet
    expect(remote.calls.length).toBe(0);
    const resolved = await registry.resolve(CLIENT, key.kid);
    expect(registry.peek?.(CLIENT, key.kid)).toBe(resolved);
    expect(registry.peek?.(CLIENT, 'unknown-kid')).toBeUndefined();
    expect(registry.peek?.('ZY-TEST/GOV/11410000005184441Q/410000/other', key.kid)).toBeUndefined();
    expect(remote.calls.length).toBe(1);

    // The set is due for its scheduled refresh: peek defers to resolve, which fetches once.
    clock.now = 300_000;
    expect(registry.peek?.(CLIENT, key.kid)).toBeUndefined();
    expect(remote.calls.length).toBe(1);
    remote.down(true);
    expect(await registry.resolve(CLIENT, key.kid)).toBe(resolved); // the refresh failed: last-known-good keys
    expect(remote.calls.length).toBe(2);
    // Within the cool-down after that attempt nothing is due, so peek answers from the kept keys again.
    expect(registry.peek?.(CLIENT, key.kid)).toBe(resolved);
    clock.now = 330_000;
    expect(registry.peek?.(CLIENT, key.kid)).toBeUndefined();
    expect(remote.calls.length).toBe(2);
  });

  it('peek on inline keys answers once they are imported', async () => {
    const key = await deriveTestKeys('peek-inline', CLIENT, 'EdDSA');
    const registry = createKeyRegistry({ clients: { [CLIENT]: { jwks: key.jwks } } });
    expect(registry.peek?.(CLIENT, key.kid)).toBeUndefined();
    const resolved = await registry.resolve(CLIENT, key.kid);
    expect(resolved).toBeDefined();
    expect(registry.peek?.(CLIENT, key.kid)).toBe(resolved);
  });

  it('keeps last-known-good keys when a fetch fails or returns garbage', async () => {
    const key = await deriveTestKeys('lkg', CLIENT, 'EdDSA');
    const { remote, registry, clock } = remoteRegistry();
    remote.set({ keys: [key.publicJwk] });
    expect(await registry.resolve(CLIENT, key.kid)).toBeDefined();
    remote.down(true);
    clock.now = 400_000;
    expect(await registry.resolve(CLIENT, key.kid)).toBeDefined();
    remote.down(false);
    remote.set('{"keys":[],"keys":[]}');
    clock.now = 800_000;
    expect(await registry.resolve(CLIENT, key.kid)).toBeDefined();
    expect(remote.calls.length).toBe(3);
  });

  it('caps the JWKS size (declared or streamed)', async () => {
    const key = await deriveTestKeys('cap', CLIENT, 'ES256');
    const big = JSON.stringify({ keys: [key.publicJwk], pad: 'x'.repeat(2000) });
    const registry = createKeyRegistry({
      clients: { [CLIENT]: { jwksUrl: JWKS_URL } },
      maxJwksBytes: 1024,
      fetch: async () => new Response(new Blob([big]).stream(), { status: 200 }),
    });
    expect(await registry.resolve(CLIENT, key.kid)).toBeUndefined();
    const declared = createKeyRegistry({
      clients: { [CLIENT]: { jwksUrl: JWKS_URL } },
      maxJwksBytes: 1024,
      fetch: async () => new Response(big, { status: 200, headers: { 'content-length': String(big.length) } }),
    });
    expect(await declared.resolve(CLIENT, key.kid)).toBeUndefined();
  });

  it('deduplicates concurrent fetches and refuses non-https JWKS URLs', async () => {
    const key = await deriveTestKeys('dedupe', CLIENT, 'ES256');
    const remote = fakeFetch();
    remote.set({ keys: [key.publicJwk] });
    const registry = createKeyRegistry({ clients: { [CLIENT]: { jwksUrl: JWKS_URL } }, fetch: remote.fetch });
    await Promise.all(Array.from({ length: 10 }, () => registry.resolve(CLIENT, key.kid)));
    expect(remote.calls.length).toBe(1);
    expect(() => createKeyRegistry({ clients: { [CLIENT]: { jwksUrl: 'http://keys.example/jwks' } } })).toThrow(TypeError);
  });
});
