import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createKeyRegistry,
  createRedisReplayStore,
  createSigningAuth,
  deriveTestKeys,
  type RejectEvent,
  ReplayStoreUnavailableError,
  verifyRequest,
  type VerifyRequestPolicy,
} from '@zhongyuan/sdk/auth';
import { startRedis, type RedisHarness } from '../../../../tests/auth/redis-harness.js';

const CLIENT = 'ZY-TEST/GOV/11410000005184441Q/410000/settlement';
const ORIGIN = 'https://exchange.zhongyuan.example';
const AUDIENCE = ORIGIN;

let redis: RedisHarness;
const clients: Redis[] = [];

function client(): Redis {
  const c = new Redis(redis.port, '127.0.0.1', { lazyConnect: false, enableOfflineQueue: false, maxRetriesPerRequest: 0 });
  c.on('error', () => {});
  clients.push(c);
  return c;
}

beforeAll(async () => {
  redis = await startRedis();
});

afterAll(async () => {
  for (const c of clients) c.disconnect();
  await redis?.stop();
});

async function ready(c: Redis): Promise<Redis> {
  if (c.status !== 'ready') await new Promise((resolve) => c.once('ready', resolve));
  return c;
}

describe('Redis replay store (real redis-server)', () => {
  it('SET NX PX: first use true, then false; the key expires', async () => {
    const store = createRedisReplayStore({ client: await ready(client()), keyPrefix: `t1:${Date.now()}:` });
    expect(await store.checkAndSet('k', 200)).toBe(true);
    expect(await store.checkAndSet('k', 200)).toBe(false);
    await new Promise((r) => setTimeout(r, 300));
    expect(await store.checkAndSet('k', 200)).toBe(true);
  });

  it('two verifier instances sharing one Redis: a token accepted by one is refused by the other', async () => {
    const key = await deriveTestKeys('redis', CLIENT, 'ES256');
    const events: RejectEvent[] = [];
    const makePolicy = async (): Promise<VerifyRequestPolicy> => ({
      audience: AUDIENCE,
      externalBaseUrl: ORIGIN,
      keys: createKeyRegistry({ clients: { [CLIENT]: { jwks: key.jwks } } }),
      replayStore: createRedisReplayStore({ client: await ready(client()) }),
      onReject: (e) => events.push(e),
    });
    const [a, b] = [await makePolicy(), await makePolicy()];
    const auth = createSigningAuth({ signer: key.signer, client: CLIENT, audience: AUDIENCE });
    const url = new URL('/v1/settlements', ORIGIN);
    const body = new TextEncoder().encode('{}');
    const headers = new Headers();
    await auth.apply({ method: 'POST', url, headers, body, operationId: 'op', attempt: 1 });
    const send = (policy: VerifyRequestPolicy) => verifyRequest(new Request(url, { method: 'POST', headers, body }), policy);
    // race both instances with the same token: exactly one wins
    const results = await Promise.all([send(a), send(b)]);
    expect(results.filter((r) => r.ok).length).toBe(1);
    expect(results.filter((r) => !r.ok && r.status === 401).length).toBe(1);
    expect(events.map((e) => e.reason)).toEqual(['replayed']);
    const again = await send(a);
    expect(again.ok).toBe(false);
  });

  it('Redis stopped ⇒ 503 with Retry-After, never accepted', async () => {
    const own = await startRedis();
    const c = new Redis(own.port, '127.0.0.1', { enableOfflineQueue: false, maxRetriesPerRequest: 0 });
    c.on('error', () => {});
    clients.push(c);
    await ready(c);
    const key = await deriveTestKeys('redis-down', CLIENT, 'EdDSA');
    const events: RejectEvent[] = [];
    const policy: VerifyRequestPolicy = {
      audience: AUDIENCE,
      externalBaseUrl: ORIGIN,
      keys: createKeyRegistry({ clients: { [CLIENT]: { jwks: key.jwks } } }),
      replayStore: createRedisReplayStore({ client: c, timeoutMs: 500 }),
      onReject: (e) => events.push(e),
    };
    await own.stop();
    const auth = createSigningAuth({ signer: key.signer, client: CLIENT, audience: AUDIENCE });
    const url = new URL('/v1/settlements', ORIGIN);
    const headers = new Headers();
    await auth.apply({ method: 'GET', url, headers, body: undefined, operationId: 'op', attempt: 1 });
    const result = await verifyRequest(new Request(url, { headers }), policy);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.status).toBe(503);
    expect(result.response.headers.get('retry-after')).toBe('1');
    expect(events.map((e) => e.reason)).toEqual(['replay_store_unavailable']);
    expect(events[0]!.cause).toBeInstanceOf(ReplayStoreUnavailableError);
  });

  it('a hanging client times out as unavailable', async () => {
    const store = createRedisReplayStore({ client: { set: () => new Promise(() => {}) }, timeoutMs: 50 });
    await expect(store.checkAndSet('k', 1000)).rejects.toBeInstanceOf(ReplayStoreUnavailableError);
  });
});
