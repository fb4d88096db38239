import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createKeyRegistry,
  createMemoryReplayStore,
  createSigningAuth,
  deriveTestKeys,
  encodeBase64Url,
  INVALID_TOKEN_PROBLEM_TYPE,
  type MemoryReplayStore,
  type RejectEvent,
  type RejectReason,
  type SignatureAlgorithm,
  type TestKeyPair,
  verifyRequest,
  type VerifyRequestPolicy,
} from '@zhongyuan/sdk/auth';

const CLIENT = 'ZY-TEST/GOV/11410000005184441Q/410000/settlement';
const OTHER_CLIENT = 'ZY-TEST/GOV/12410100MB1234567X/410100/settlement';
const AUDIENCE = 'https://exchange.zhongyuan.example';
const ORIGIN = 'https://exchange.zhongyuan.example';
const URL_ = new URL('/v1/medical-settlements?city=410100', ORIGIN);
const NOW = 1_800_000_000_000;
const NOW_S = NOW / 1000;
const BODY = new TextEncoder().encode('{"amountFen":12345}');
const encoder = new TextEncoder();

interface Ctx {
  readonly alg: SignatureAlgorithm;
  readonly key: TestKeyPair;
  /** A different key pair with the same kid (forged signatures). */
  readonly impostor: TestKeyPair;
}

interface Harness {
  readonly policy: VerifyRequestPolicy;
  readonly store: MemoryReplayStore;
  readonly events: RejectEvent[];
}

function harness(ctx: Ctx, overrides: Partial<VerifyRequestPolicy> = {}): Harness {
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

async function digestOf(body: Uint8Array): Promise<string> {
  const d = new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(body)));
  return `sha-256=:${Buffer.from(d).toString('base64')}:`;
}

async function baseClaims(): Promise<Record<string, unknown>> {
  return {
    iss: CLIENT,
    sub: CLIENT,
    aud: AUDIENCE,
    iat: NOW_S,
    exp: NOW_S + 30,
    jti: encodeBase64Url(crypto.getRandomValues(new Uint8Array(16))),
    htm: 'POST',
    htu: URL_.href,
    cdg: await digestOf(BODY),
  };
}

/** Sign arbitrary header/payload JSON text with `key` (the JSON is used byte for byte). */
async function signRaw(key: TestKeyPair, headerJson: string, payloadJson: string): Promise<string> {
  const input = `${encodeBase64Url(encoder.encode(headerJson))}.${encodeBase64Url(encoder.encode(payloadJson))}`;
  const sig = await key.signer.sign(encoder.encode(input));
  return `${input}.${encodeBase64Url(sig)}`;
}

async function token(
  ctx: Ctx,
  opts: { header?: Record<string, unknown>; claims?: Record<string, unknown>; key?: TestKeyPair } = {},
): Promise<string> {
  const header = opts.header ?? { alg: ctx.alg, typ: 'zy-req+jwt', kid: ctx.key.kid };
  const claims = { ...(await baseClaims()), ...(opts.claims ?? {}) };
  for (const [k, v] of Object.entries(claims)) if (v === undefined) delete claims[k];
  return signRaw(opts.key ?? ctx.key, JSON.stringify(header), JSON.stringify(claims));
}

function request(
  authorization: string | undefined,
  opts: { method?: string; url?: URL | string; body?: Uint8Array; digest?: string | null } = {},
): Request {
  const headers = new Headers();
  if (authorization !== undefined) headers.set('authorization', authorization);
  const body = new Uint8Array(opts.body ?? BODY);
  if (opts.digest !== null) headers.set('content-digest', opts.digest ?? `sha-256=:${Buffer.from(new Uint8Array(0)).toString('base64')}:`);
  const method = opts.method ?? 'POST';
  return new Request(opts.url ?? URL_, { method, headers, ...(method === 'GET' ? {} : { body }) });
}

async function signedRequest(tok: string, opts: Parameters<typeof request>[1] = {}): Promise<Request> {
  return request(`ZY-JWS ${tok}`, { digest: await digestOf(opts.body ?? BODY), ...opts });
}

function flipLastChar(segment: string): string {
  // the last character of a 64-byte signature carries 4 unused bits: setting one makes it non-canonical
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const last = alphabet.indexOf(segment.at(-1)!);
  return segment.slice(0, -1) + alphabet[last | 1];
}

interface NegativeCase {
  readonly name: string;
  readonly reason: RejectReason;
  readonly build: (ctx: Ctx) => Promise<Request>;
}

const OTHER_ALG: Record<SignatureAlgorithm, SignatureAlgorithm> = { ES256: 'EdDSA', EdDSA: 'SM2SM3', SM2SM3: 'ES256' };

const negativeCases: NegativeCase[] = [
  { name: 'missing Authorization header', reason: 'missing_authorization', build: async () => request(undefined) },
  { name: 'wrong scheme (Bearer)', reason: 'bad_scheme', build: async (c) => request(`Bearer ${await token(c)}`) },
  {
    name: 'bad size: Authorization header over 8 KB',
    reason: 'header_too_large',
    build: async (c) => request(`ZY-JWS ${await token(c, { claims: { pad: 'x'.repeat(7000) } })}`),
  },
  {
    name: 'bad size: decoded payload over the bound',
    reason: 'segment_too_large',
    build: async (c) => signedRequest(await token(c, { claims: { pad: 'x'.repeat(4500) } })),
  },
  {
    name: 'two segments only',
    reason: 'malformed_token',
    build: async (c) => signedRequest((await token(c)).split('.').slice(0, 2).join('.')),
  },
  {
    name: 'non-canonical base64url (non-zero padding bits)',
    reason: 'malformed_token',
    build: async (c) => {
      const [h, p, s] = (await token(c)).split('.');
      return signedRequest(`${h}.${p}.${flipLastChar(s!)}`);
    },
  },
  {
    name: 'base64 padding characters',
    reason: 'malformed_token',
    build: async (c) => signedRequest(`${await token(c)}==`),
  },
  {
    name: 'standard base64 alphabet (+ /)',
    reason: 'malformed_token',
    build: async (c) => {
      const [h, p, s] = (await token(c)).split('.');
      return signedRequest(`${h}.${p}.${s!.replace(/[-_]/g, '+')}${/[-_]/.test(s!) ? '' : '+'}`);
    },
  },
  {
    name: 'duplicate JSON member in payload',
    reason: 'invalid_json',
    build: async (c) => {
      const json = JSON.stringify(await baseClaims()).replace('{', `{"aud":"someone-else",`);
      return signedRequest(await signRaw(c.key, JSON.stringify({ alg: c.alg, typ: 'zy-req+jwt', kid: c.key.kid }), json));
    },
  },
  {
    name: 'duplicate JSON member in header',
    reason: 'invalid_json',
    build: async (c) =>
      signedRequest(
        await signRaw(c.key, `{"alg":"none","alg":"${c.alg}","typ":"zy-req+jwt","kid":"${c.key.kid}"}`, JSON.stringify(await baseClaims())),
      ),
  },
  {
    name: '__proto__ key in payload',
    reason: 'invalid_json',
    build: async (c) => {
      const json = JSON.stringify(await baseClaims()).replace('{', '{"__proto__":{"admin":true},');
      return signedRequest(await signRaw(c.key, JSON.stringify({ alg: c.alg, typ: 'zy-req+jwt', kid: c.key.kid }), json));
    },
  },
  {
    name: 'constructor key in payload',
    reason: 'invalid_json',
    build: async (c) => signedRequest(await token(c, { claims: { ext: { constructor: { prototype: 1 } } } })),
  },
  {
    name: 'excessive JSON depth',
    reason: 'invalid_json',
    build: async (c) => signedRequest(await token(c, { claims: { deep: [[[[[[[[[1]]]]]]]]] } })),
  },
  {
    name: 'alg none',
    reason: 'alg_not_allowed',
    build: async (c) => signedRequest(await token(c, { header: { alg: 'none', typ: 'zy-req+jwt', kid: c.key.kid } })),
  },
  {
    name: 'alg HS256 (key confusion)',
    reason: 'alg_not_allowed',
    build: async (c) => {
      const header = encodeBase64Url(encoder.encode(JSON.stringify({ alg: 'HS256', typ: 'zy-req+jwt', kid: c.key.kid })));
      const payload = encodeBase64Url(encoder.encode(JSON.stringify(await baseClaims())));
      const secret = await crypto.subtle.importKey('raw', encoder.encode(JSON.stringify(c.key.publicJwk)), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
      const mac = new Uint8Array(await crypto.subtle.sign('HMAC', secret, encoder.encode(`${header}.${payload}`)));
      return signedRequest(`${header}.${payload}.${encodeBase64Url(mac)}`);
    },
  },
  {
    name: 'alg of another family than the registered key',
    reason: 'alg_key_mismatch',
    build: async (c) => signedRequest(await token(c, { header: { alg: OTHER_ALG[c.alg], typ: 'zy-req+jwt', kid: c.key.kid } })),
  },
  {
    name: 'wrong typ (JWT)',
    reason: 'bad_typ',
    build: async (c) => signedRequest(await token(c, { header: { alg: c.alg, typ: 'JWT', kid: c.key.kid } })),
  },
  {
    name: 'missing typ',
    reason: 'bad_typ',
    build: async (c) => signedRequest(await token(c, { header: { alg: c.alg, kid: c.key.kid } })),
  },
  {
    name: 'unbounded kid',
    reason: 'bad_kid',
    build: async (c) => signedRequest(await token(c, { header: { alg: c.alg, typ: 'zy-req+jwt', kid: 'k'.repeat(129) } })),
  },
  ...(['jku', 'jwk', 'x5u', 'x5c'] as const).map(
    (param): NegativeCase => ({
      name: `${param} header present`,
      reason: 'forbidden_header_parameter',
      build: async (c) =>
        signedRequest(
          await token(c, {
            header: {
              alg: c.alg,
              typ: 'zy-req+jwt',
              kid: c.key.kid,
              [param]: param === 'jwk' ? c.key.publicJwk : param === 'x5c' ? ['MIIB'] : 'https://attacker.example/keys',
            },
          }),
        ),
    }),
  ),
  {
    name: 'unknown crit',
    reason: 'unsupported_crit',
    build: async (c) =>
      signedRequest(await token(c, { header: { alg: c.alg, typ: 'zy-req+jwt', kid: c.key.kid, crit: ['zy-x'], 'zy-x': 1 } })),
  },
  {
    name: 'b64 header (unencoded payload)',
    reason: 'unsupported_crit',
    build: async (c) =>
      signedRequest(await token(c, { header: { alg: c.alg, typ: 'zy-req+jwt', kid: c.key.kid, b64: false, crit: ['b64'] } })),
  },
  {
    name: 'unknown client (iss not registered)',
    reason: 'unknown_client',
    build: async (c) => signedRequest(await token(c, { claims: { iss: 'ZY-TEST/GOV/13410200MB7654321Y/410200/settlement', sub: 'ZY-TEST/GOV/13410200MB7654321Y/410200/settlement' } })),
  },
  {
    name: 'kid registered to another client',
    reason: 'unknown_kid',
    build: async (c) => signedRequest(await token(c, { claims: { iss: OTHER_CLIENT, sub: OTHER_CLIENT } })),
  },
  {
    name: 'unknown kid',
    reason: 'unknown_kid',
    build: async (c) => signedRequest(await token(c, { header: { alg: c.alg, typ: 'zy-req+jwt', kid: 'no-such-key' } })),
  },
  {
    name: 'bad signature (other key, same kid)',
    reason: 'bad_signature',
    build: async (c) => signedRequest(await token(c, { key: c.impostor, header: { alg: c.alg, typ: 'zy-req+jwt', kid: c.key.kid } })),
  },
  {
    name: 'signature over different claims',
    reason: 'bad_signature',
    build: async (c) => {
      const [h, , s] = (await token(c)).split('.');
      const p = (await token(c, { claims: { jti: 'A'.repeat(22) } })).split('.')[1];
      return signedRequest(`${h}.${p}.${s}`);
    },
  },
  {
    name: 'truncated signature',
    reason: 'bad_signature',
    build: async (c) => {
      const [h, p, s] = (await token(c)).split('.');
      return signedRequest(`${h}.${p}.${s!.slice(0, 80)}`);
    },
  },
  { name: 'missing exp', reason: 'missing_claim', build: async (c) => signedRequest(await token(c, { claims: { exp: undefined } })) },
  { name: 'missing iat', reason: 'missing_claim', build: async (c) => signedRequest(await token(c, { claims: { iat: undefined } })) },
  { name: 'missing jti', reason: 'missing_claim', build: async (c) => signedRequest(await token(c, { claims: { jti: undefined } })) },
  { name: 'missing digest claim', reason: 'missing_claim', build: async (c) => signedRequest(await token(c, { claims: { cdg: undefined } })) },
  { name: 'missing htm', reason: 'missing_claim', build: async (c) => signedRequest(await token(c, { claims: { htm: undefined } })) },
  { name: 'missing htu', reason: 'missing_claim', build: async (c) => signedRequest(await token(c, { claims: { htu: undefined } })) },
  { name: 'exp as a string', reason: 'missing_claim', build: async (c) => signedRequest(await token(c, { claims: { exp: String(NOW_S + 30) } })) },
  {
    name: 'exp too far (lifetime 1 h)',
    reason: 'lifetime_too_long',
    build: async (c) => signedRequest(await token(c, { claims: { exp: NOW_S + 3600 } })),
  },
  {
    name: 'exp before iat',
    reason: 'lifetime_too_long',
    build: async (c) => signedRequest(await token(c, { claims: { exp: NOW_S - 1 } })),
  },
  {
    name: 'iat in the future beyond skew',
    reason: 'iat_in_future',
    build: async (c) => signedRequest(await token(c, { claims: { iat: NOW_S + 30, exp: NOW_S + 60 } })),
  },
  {
    name: 'nbf in the future',
    reason: 'not_yet_valid',
    build: async (c) => signedRequest(await token(c, { claims: { nbf: NOW_S + 40 } })),
  },
  {
    name: 'expired',
    reason: 'token_expired',
    build: async (c) => signedRequest(await token(c, { claims: { iat: NOW_S - 70, exp: NOW_S - 40 } })),
  },
  { name: 'aud array', reason: 'bad_audience', build: async (c) => signedRequest(await token(c, { claims: { aud: [AUDIENCE] } })) },
  { name: 'wrong aud', reason: 'bad_audience', build: async (c) => signedRequest(await token(c, { claims: { aud: 'https://other.example' } })) },
  { name: 'iss ≠ sub', reason: 'bad_issuer', build: async (c) => signedRequest(await token(c, { claims: { sub: OTHER_CLIENT } })) },
  { name: 'jti too short', reason: 'bad_jti', build: async (c) => signedRequest(await token(c, { claims: { jti: 'abc' } })) },
  { name: 'wrong htm', reason: 'htm_mismatch', build: async (c) => signedRequest(await token(c, { claims: { htm: 'PUT' } })) },
  {
    name: 'wrong htu (path)',
    reason: 'htu_mismatch',
    build: async (c) => signedRequest(await token(c, { claims: { htu: `${ORIGIN}/v1/credit-records?city=410100` } })),
  },
  {
    name: 'wrong htu (query)',
    reason: 'htu_mismatch',
    build: async (c) => signedRequest(await token(c), { url: `${ORIGIN}/v1/medical-settlements?city=410200` }),
  },
  {
    name: 'htu matches a spoofed Host, not the configured origin',
    reason: 'htu_mismatch',
    build: async (c) => {
      const evil = 'https://evil.example/v1/medical-settlements?city=410100';
      return signedRequest(await token(c, { claims: { htu: evil } }), { url: evil });
    },
  },
  {
    name: 'digest mismatch (body changed)',
    reason: 'digest_mismatch',
    build: async (c) => {
      const other = encoder.encode('{"amountFen":99999}');
      return signedRequest(await token(c), { body: other, digest: await digestOf(BODY) });
    },
  },
  {
    name: 'Content-Digest header differs from the claim',
    reason: 'digest_header_mismatch',
    build: async (c) => signedRequest(await token(c), { digest: await digestOf(encoder.encode('x')) }),
  },
  {
    name: 'Content-Digest header missing with a body',
    reason: 'digest_header_mismatch',
    build: async (c) => signedRequest(await token(c), { digest: null }),
  },
];

const algs: SignatureAlgorithm[] = ['ES256', 'EdDSA', 'SM2SM3'];

describe.each(algs)('verifyRequest with %s', (alg) => {
  let ctx: Ctx;
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
    const h = harness(ctx);
    await expectRejected(h, await c.build(ctx), c.reason);
  });

  it('rejects: replayed jti (second use of an accepted token)', async () => {
    const h = harness(ctx);
    const tok = await token(ctx);
    expect((await verifyRequest(await signedRequest(tok), h.policy)).ok).toBe(true);
    expect(h.store.size).toBe(1);
    await expectRejected(h, await signedRequest(tok), 'replayed', 1);
  });

  it('rejects: body over the configured limit', async () => {
    const h = harness(ctx, { maxBodyBytes: 8 });
    await expectRejected(h, await signedRequest(await token(ctx)), 'body_too_large');
  });

  it('rejects: body over the limit on a request whose body was cloned (answers, never hangs)', async () => {
    const h = harness(ctx, { maxBodyBytes: 8 });
    const original = await signedRequest(await token(ctx));
    const copy = original.clone(); // tees the body: the other branch is never read
    await expectRejected(h, copy, 'body_too_large');
    expect(original.bodyUsed).toBe(false);
  });

  it('rejects: algorithm not in the configured allow-list', async () => {
    const h = harness(ctx, { algorithms: algs.filter((a) => a !== alg) });
    await expectRejected(h, await signedRequest(await token(ctx)), 'alg_not_allowed');
  });

  it('rejects: iat 8 s ahead when skew is configured to 5 s', async () => {
    const h = harness(ctx, { clockSkewSeconds: 5 });
    await expectRejected(h, await signedRequest(await token(ctx, { claims: { iat: NOW_S + 8, exp: NOW_S + 38 } })), 'iat_in_future');
  });

  it('accepts a token minted by createSigningAuth and returns identity and body', async () => {
    const h = harness(ctx);
    const auth = createSigningAuth({ signer: ctx.key.signer, client: CLIENT, audience: AUDIENCE, now: () => NOW });
    const headers = new Headers();
    await auth.apply({ method: 'POST', url: URL_, headers, body: BODY, operationId: 'createSettlement', attempt: 1 });
    const result = await verifyRequest(new Request(URL_, { method: 'POST', headers, body: BODY }), h.policy);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.clientId).toBe(CLIENT);
    expect(result.client).toEqual({ instance: 'ZY-TEST', memberClass: 'GOV', uscc: '11410000005184441Q', region: '410000', subsystem: 'settlement' });
    expect(result.alg).toBe(alg);
    expect(new TextDecoder().decode(result.body)).toBe('{"amountFen":12345}');
    expect(h.events).toEqual([]);
    expect(h.store.size).toBe(1);
  });

  it('accepts unknown extra claims', async () => {
    const h = harness(ctx);
    const result = await verifyRequest(await signedRequest(await token(ctx, { claims: { 'x-trace': 'abc', scope: ['a'] } })), h.policy);
    expect(result.ok).toBe(true);
  });

  it('accepts iat a few seconds ahead within the skew', async () => {
    const h = harness(ctx);
    const result = await verifyRequest(await signedRequest(await token(ctx, { claims: { iat: NOW_S + 5, exp: NOW_S + 35 } })), h.policy);
    expect(result.ok).toBe(true);
  });

  it('accepts a token a few seconds past exp within the skew, and a lower-case scheme', async () => {
    const h = harness(ctx);
    const tok = await token(ctx, { claims: { iat: NOW_S - 35, exp: NOW_S - 5 } });
    const result = await verifyRequest(request(`zy-jws ${tok}`, { digest: await digestOf(BODY) }), h.policy);
    expect(result.ok).toBe(true);
  });

  it('accepts a GET without body and without Content-Digest header', async () => {
    const h = harness(ctx);
    const tok = await token(ctx, { claims: { htm: 'GET', cdg: await digestOf(new Uint8Array()) } });
    const result = await verifyRequest(request(`ZY-JWS ${tok}`, { method: 'GET', digest: null }), h.policy);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.body.length).toBe(0);
  });

  it('never accepts a token whose decoded header, payload or signature bytes changed (fast-check)', async () => {
    const h = harness(ctx);
    const [hs, ps, ss] = (await token(ctx)).split('.') as [string, string, string];
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
          const result = await verifyRequest(request(`ZY-JWS ${tok}`, { digest }), h.policy);
          return !result.ok && result.status === 401;
        },
      ),
      { numRuns: alg === 'SM2SM3' ? 150 : 300 },
    );
    expect(h.store.size).toBe(0);
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
          req = request(value);
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
    await expect(verifyRequest(request(undefined), { ...h.policy, clockSkewSeconds: 61 })).rejects.toThrow(RangeError);
    await expect(verifyRequest(request(undefined), { ...h.policy, externalBaseUrl: `${ORIGIN}/api` })).rejects.toThrow(TypeError);
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
    const tok = await token({ alg: 'EdDSA', key, impostor: key });
    const result = await verifyRequest(await signedRequest(tok), policy);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.status).toBe(503);
    expect(result.response.headers.get('retry-after')).toBe('2');
    expect(result.response.headers.get('content-type')).toBe('application/problem+json');
    expect(events.map((e) => e.reason)).toEqual(['replay_store_unavailable']);
  });
});
