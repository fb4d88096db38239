import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createKeyRegistry,
  createMemoryReplayStore,
  deriveTestKeys,
  encodeBase64Url,
  INVALID_TOKEN_PROBLEM_TYPE,
  type MemoryReplayStore,
  type RejectEvent,
  type RejectReason,
  verifyRequest,
  type VerifyRequestPolicy,
} from '@zhongyuan/sdk/auth';
// The token-rule table is shared with the mock's run of it (tests/auth/mock-negative.test.ts).
import { ALGORITHMS, negativeCases, passCases, type PolicyOverrides } from '../../../../tests/auth/token-cases.js';
import { CLIENT, digestOf, OTHER_CLIENT, request, signedRequest, token, type CaseContext, type Target } from '../../../../tests/auth/token-requests.js';

const AUDIENCE = 'https://exchange.zhongyuan.example';
const ORIGIN = 'https://exchange.zhongyuan.example';
const NOW = 1_800_000_000_000;
const BODY = new TextEncoder().encode('{"amountFen":12345}');
const TARGET: Target = { url: new URL('/v1/medical-settlements?city=410100', ORIGIN), audience: AUDIENCE, now: NOW, method: 'POST', body: BODY };
/** Where the must-pass cases go: a write with a body, or a read without one. */
const TARGETS: Record<'write' | 'read', Target> = { write: TARGET, read: { ...TARGET, method: 'GET', body: new Uint8Array() } };

interface Harness {
  readonly policy: VerifyRequestPolicy;
  readonly store: MemoryReplayStore;
  readonly events: RejectEvent[];
}

function harness(ctx: CaseContext, overrides: PolicyOverrides = {}): Harness {
  const store = createMemoryReplayStore({ now: () => NOW });
  const events: RejectEvent[] = [];
  const policy: VerifyRequestPolicy = {
    audience: AUDIENCE,
    externalBaseUrl: ORIGIN,
    keys: createKeyRegistry({ clients: { [CLIENT]: { jwks: ctx.key.jwks }, [OTHER_CLIENT]: { jwks: { keys: [] } } } }),
    replayStore: store,
    now: () => NOW,
    onReject: (e) => events.push(e),
    ...overrides,
  };
  return { policy, store, events };
}

describe.each(ALGORITHMS)('verifyRequest with %s', (alg) => {
  let ctx: CaseContext;
  beforeAll(async () => {
    const key = await deriveTestKeys('verify-request-test', CLIENT, alg);
    const impostor = await deriveTestKeys('impostor', CLIENT, alg);
    ctx = { alg, key, impostor };
  });

  async function expectRejected(h: Harness, req: Request, reason: RejectReason, storeSize = 0): Promise<void> {
    const result = await verifyRequest(req, h.policy);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.status).toBe(401);
    expect(result.response.status).toBe(401);
    expect(result.response.headers.get('content-type')).toBe('application/problem+json');
    const problem = (await result.response.json()) as Record<string, unknown>;
    expect(problem['type']).toBe(INVALID_TOKEN_PROBLEM_TYPE);
    expect(problem['status']).toBe(401);
    expect(problem['instance']).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(problem['title']).toBe('Request token missing or invalid');
    expect(problem['titleZh']).toMatch(/令牌/);
    expect(problem['code']).toBe('INVALID_TOKEN');
    // Nothing beyond the fixed members: the answer says nothing about which check failed.
    expect(Object.keys(problem).sort()).toEqual(['code', 'detail', 'instance', 'requestId', 'status', 'title', 'titleZh', 'type']);
    expect(h.events.map((e) => e.reason)).toEqual([reason]);
    expect(h.events[0]!.instance).toBe(problem['instance']);
    expect(JSON.stringify(h.events)).not.toContain(req.headers.get('authorization')?.split(' ')[1]?.slice(0, 40) ?? '\u0000');
    expect(h.store.size).toBe(storeSize);
  }

  it.each(negativeCases.map((c) => [c.name, c] as const))('rejects: %s', async (_name, c) => {
    const h = harness(ctx, c.policy?.(alg));
    const req = await c.build(ctx, TARGET);
    if (c.sentTwice) {
      expect((await verifyRequest(req.clone(), h.policy)).ok).toBe(true);
      expect(h.store.size).toBe(1);
    }
    await expectRejected(h, req, c.reason, c.sentTwice ? 1 : 0);
  });

  // A protected header that passed steps 1–3 is remembered per policy; every rule must still hold after the
  // policy has accepted a token from the same key (whose header most cases share).
  it.each(negativeCases.map((c) => [c.name, c] as const))('rejects after the same key was accepted: %s', async (_name, c) => {
    const h = harness(ctx, c.policy?.(alg));
    const first = await verifyRequest(await signedRequest(TARGET, await token(ctx, TARGET)), h.policy);
    const accepted = first.ok ? 1 : 0;
    h.events.length = 0;
    const req = await c.build(ctx, TARGET);
    if (c.sentTwice) {
      expect((await verifyRequest(req.clone(), h.policy)).ok).toBe(true);
      expect(h.store.size).toBe(accepted + 1);
    }
    await expectRejected(h, req, c.reason, accepted + (c.sentTwice ? 1 : 0));
    // The hook hears the same about the caller as for a policy that never saw this key.
    const cold = harness(ctx, c.policy?.(alg));
    const coldReq = await c.build(ctx, TARGET);
    if (c.sentTwice) expect((await verifyRequest(coldReq.clone(), cold.policy)).ok).toBe(true);
    cold.events.length = 0;
    await verifyRequest(coldReq, cold.policy);
    const known = ({ reason, client, kid }: RejectEvent) => ({ reason, client, kid });
    expect(h.events.map(known)).toEqual(cold.events.map(known));
    if (c.sentTwice) return;
    // Refused once, refused again for the same reason: nothing about a refused header is remembered.
    h.events.length = 0;
    await expectRejected(h, await c.build(ctx, TARGET), c.reason, accepted);
  });

  it('remembers a header for its own policy only', async () => {
    const open = harness(ctx);
    const tok = await token(ctx, TARGET);
    expect((await verifyRequest(await signedRequest(TARGET, tok), open.policy)).ok).toBe(true);
    const others = ALGORITHMS.filter((a) => a !== alg);
    const closed = harness(ctx, { algorithms: others });
    await expectRejected(closed, await signedRequest(TARGET, tok), 'alg_not_allowed');
  });

  it('rejects: body over the limit on a request whose body was cloned (answers, never hangs)', async () => {
    const h = harness(ctx, { maxBodyBytes: 8 });
    const original = await signedRequest(TARGET, await token(ctx, TARGET));
    const copy = original.clone(); // tees the body: the other branch is never read
    await expectRejected(h, copy, 'body_too_large');
    expect(original.bodyUsed).toBe(false);
  });

  it.each(passCases.map((c) => [c.name, c] as const))('accepts %s', async (_name, c) => {
    const h = harness(ctx);
    const target = TARGETS[c.operation];
    const result = await verifyRequest(await c.build(ctx, target), h.policy);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.clientId).toBe(CLIENT);
    expect(result.client).toEqual({ instance: 'ZY-TEST', memberClass: 'GOV', uscc: '11410000005184441Q', region: '410000', subsystem: 'settlement' });
    expect(result.alg).toBe(alg);
    expect(new TextDecoder().decode(result.body)).toBe(new TextDecoder().decode(target.body));
    expect(h.events).toEqual([]);
    expect(h.store.size).toBe(1);
  });

  // Later steps are computed while the signature is being checked; the refusal must still name the first step
  // that fails, as if each ran only after the one before.
  it.each([
    ['bad signature, expired, wrong method, body too large', 'bad_signature', { signedBy: 'impostor', claims: { iat: NOW / 1000 - 600, exp: NOW / 1000 - 590, htm: 'PUT' }, maxBodyBytes: 4 }],
    ['bad signature, wrong digest', 'bad_signature', { signedBy: 'impostor', claims: { cdg: 'sha-256=:AAAA:' } }],
    ['expired, wrong method, body too large', 'token_expired', { claims: { iat: NOW / 1000 - 600, exp: NOW / 1000 - 590, htm: 'PUT' }, maxBodyBytes: 4 }],
    ['wrong method and target, body too large', 'htm_mismatch', { claims: { htm: 'PUT', htu: `${ORIGIN}/elsewhere` }, maxBodyBytes: 4 }],
    ['wrong target, body too large', 'htu_mismatch', { claims: { htu: `${ORIGIN}/elsewhere` }, maxBodyBytes: 4 }],
    ['body too large, wrong digest', 'body_too_large', { claims: { cdg: 'sha-256=:AAAA:' }, maxBodyBytes: 4 }],
  ] as const)('refuses for the first failed step: %s → %s', async (_name, reason, c) => {
    const h = harness(ctx, 'maxBodyBytes' in c ? { maxBodyBytes: c.maxBodyBytes } : {});
    const key = 'signedBy' in c ? ctx.impostor : ctx.key;
    const req = await signedRequest(TARGET, await token(ctx, TARGET, { key, claims: c.claims }));
    await expectRejected(h, req, reason);
  });

  it('never accepts a token whose decoded header, payload or signature bytes changed (fast-check)', async () => {
    const h = harness(ctx);
    const [hs, ps, ss] = (await token(ctx, TARGET)).split('.') as [string, string, string];
    // The policy has accepted a token with this header before (so that it is remembered).
    expect((await verifyRequest(await signedRequest(TARGET, await token(ctx, TARGET)), h.policy)).ok).toBe(true);
    const { decodeBase64Url } = await import('@zhongyuan/sdk/auth');
    const parts = [decodeBase64Url(hs)!, decodeBase64Url(ps)!, decodeBase64Url(ss)!];
    const digest = await digestOf(BODY);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 2 }),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        async (segment, position, xor) => {
          const mutated = parts.map((p) => p.slice());
          const target = mutated[segment]!;
          target[position % target.length]! ^= xor;
          const tok = mutated.map((p) => encodeBase64Url(p)).join('.');
          const result = await verifyRequest(request(TARGET, `ZY-JWS ${tok}`, { digest }), h.policy);
          return !result.ok && result.status === 401;
        },
      ),
      { numRuns: alg === 'SM2SM3' ? 150 : 300 },
    );
    expect(h.store.size).toBe(1);
  });
});

describe('verifyRequest totality', () => {
  it('never throws for arbitrary Authorization values and always answers 401 (fast-check)', async () => {
    const key = await deriveTestKeys('totality', CLIENT, 'ES256');
    const h = harness({ alg: 'ES256', key, impostor: key });
    const b64ish = fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ '.split('')) });
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), b64ish.map((s) => `ZY-JWS ${s}`)), async (value) => {
        let req: Request;
        try {
          req = request(TARGET, value);
        } catch {
          return true; // not a valid HTTP field value: the platform refuses it before us
        }
        const result = await verifyRequest(req, h.policy);
        return !result.ok && result.status === 401;
      }),
      { numRuns: 1000 },
    );
    expect(h.store.size).toBe(0);
  });

  it('refuses a policy with skew over 60 s or a base URL with a path', async () => {
    const key = await deriveTestKeys('totality', CLIENT, 'ES256');
    const h = harness({ alg: 'ES256', key, impostor: key });
    await expect(verifyRequest(request(TARGET, undefined), { ...h.policy, clockSkewSeconds: 61 })).rejects.toThrow(RangeError);
    await expect(verifyRequest(request(TARGET, undefined), { ...h.policy, externalBaseUrl: `${ORIGIN}/api` })).rejects.toThrow(TypeError);
  });

  it('answers 503 with Retry-After, never accepts, when the replay store fails', async () => {
    const key = await deriveTestKeys('store-down', CLIENT, 'EdDSA');
    const events: RejectEvent[] = [];
    const { ReplayStoreUnavailableError } = await import('@zhongyuan/sdk/auth');
    const policy: VerifyRequestPolicy = {
      ...harness({ alg: 'EdDSA', key, impostor: key }).policy,
      replayStore: { checkAndSet: () => Promise.reject(new ReplayStoreUnavailableError()) },
      retryAfterSeconds: 2,
      onReject: (e) => events.push(e),
    };
    const tok = await token({ alg: 'EdDSA', key, impostor: key }, TARGET);
    const result = await verifyRequest(await signedRequest(TARGET, tok), policy);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.status).toBe(503);
    expect(result.response.headers.get('retry-after')).toBe('2');
    expect(result.response.headers.get('content-type')).toBe('application/problem+json');
    expect(events.map((e) => e.reason)).toEqual(['replay_store_unavailable']);
  });
});
