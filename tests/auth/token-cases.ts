/**
 * The token-rule table (SECURITY.md, "How to test it"): one named negative case per verification rule, with the
 * precise reason the verifier records, and the cases that must succeed (to catch over-strict code). Run against
 * the verifier in-process (packages/sdk/src/auth/verify-request.test.ts) and against the mock in-process and
 * over HTTP (mock-negative.test.ts).
 */
import { createSigningAuth, encodeBase64Url, type RejectReason, type SignatureAlgorithm, type VerifyRequestPolicy } from '@zhongyuan/sdk/auth';
import {
  baseClaims,
  CLIENT,
  digestOf,
  flipLastChar,
  OTHER_CLIENT,
  request,
  signedRequest,
  signRaw,
  token,
  UNREGISTERED_CLIENT,
  validHeader,
  withQuery,
  type CaseContext,
  type Target,
} from './token-requests.js';

/** The verifier settings a case may need beyond the defaults. */
export type PolicyOverrides = Pick<VerifyRequestPolicy, 'algorithms' | 'clockSkewSeconds' | 'maxBodyBytes'>;

/** A request that must be refused with 401 `invalid-token` and `reason`, using up no jti. */
export interface NegativeCase {
  readonly name: string;
  readonly reason: RejectReason;
  /** The refused request to `target`. */
  readonly build: (ctx: CaseContext, target: Target) => Promise<Request>;
  /** Policy the verifier must be given for this case (not every receiver lets it be configured). */
  readonly policy?: (alg: SignatureAlgorithm) => PolicyOverrides;
  /** The same request is sent once before, and accepted: the refusal is of its second use. */
  readonly sentTwice?: true;
}

/** A request that must be accepted. */
export interface PassCase {
  readonly name: string;
  /** The operation it needs: the target's write (with a body) or a read (`GET`, no body). */
  readonly operation: 'write' | 'read';
  readonly build: (ctx: CaseContext, target: Target) => Promise<Request>;
}

/** The algorithms of the table. */
export const ALGORITHMS: readonly SignatureAlgorithm[] = ['ES256', 'EdDSA', 'SM2SM3'];

const OTHER_ALG: Record<SignatureAlgorithm, SignatureAlgorithm> = { ES256: 'EdDSA', EdDSA: 'SM2SM3', SM2SM3: 'ES256' };
const encoder = new TextEncoder();
const nowS = (t: Target): number => Math.floor(t.now / 1000);

/** A request whose payload is the JSON text `write` makes of the base claims, signed with the valid header. */
async function rawPayload(
  c: CaseContext,
  t: Target,
  write: (claims: Record<string, unknown>) => string,
  key = c.key,
): Promise<Request> {
  return signedRequest(t, await signRaw(key, JSON.stringify(validHeader(c)), write(await baseClaims(t))));
}

export const negativeCases: readonly NegativeCase[] = [
  { name: 'missing Authorization header', reason: 'missing_authorization', build: async (_c, t) => request(t, undefined) },
  { name: 'wrong scheme (Bearer)', reason: 'bad_scheme', build: async (c, t) => request(t, `Bearer ${await token(c, t)}`) },
  {
    name: 'bad size: Authorization header over 8 KB',
    reason: 'header_too_large',
    build: async (c, t) => request(t, `ZY-JWS ${await token(c, t, { claims: { pad: 'x'.repeat(7000) } })}`),
  },
  {
    name: 'bad size: decoded payload over the bound',
    reason: 'segment_too_large',
    build: async (c, t) => signedRequest(t, await token(c, t, { claims: { pad: 'x'.repeat(4500) } })),
  },
  {
    name: 'two segments only',
    reason: 'malformed_token',
    build: async (c, t) => signedRequest(t, (await token(c, t)).split('.').slice(0, 2).join('.')),
  },
  {
    name: 'four segments',
    reason: 'malformed_token',
    build: async (c, t) => signedRequest(t, `${await token(c, t)}.AAAA`),
  },
  {
    name: 'empty signature segment',
    reason: 'malformed_token',
    build: async (c, t) => signedRequest(t, (await token(c, t)).replace(/\.[^.]*$/, '.')),
  },
  {
    name: 'empty header segment',
    reason: 'malformed_token',
    build: async (c, t) => signedRequest(t, (await token(c, t)).replace(/^[^.]*/, '')),
  },
  {
    name: 'non-canonical base64url (non-zero padding bits)',
    reason: 'malformed_token',
    build: async (c, t) => {
      const [h, p, s] = (await token(c, t)).split('.');
      return signedRequest(t, `${h}.${p}.${flipLastChar(s!)}`);
    },
  },
  {
    name: 'base64 padding characters',
    reason: 'malformed_token',
    build: async (c, t) => signedRequest(t, `${await token(c, t)}==`),
  },
  {
    name: 'standard base64 alphabet (+ /)',
    reason: 'malformed_token',
    build: async (c, t) => {
      const [h, p, s] = (await token(c, t)).split('.');
      return signedRequest(t, `${h}.${p}.${s!.replace(/[-_]/g, '+')}${/[-_]/.test(s!) ? '' : '+'}`);
    },
  },
  {
    name: 'duplicate JSON member in payload',
    reason: 'invalid_json',
    build: (c, t) => rawPayload(c, t, (claims) => JSON.stringify(claims).replace('{', `{"aud":"someone-else",`)),
  },
  {
    name: 'duplicate iss in payload, the first naming the registered client',
    reason: 'invalid_json',
    build: (c, t) => rawPayload(c, t, (claims) => JSON.stringify({ ...claims, iss: OTHER_CLIENT }).replace('{', `{"iss":"${CLIENT}",`)),
  },
  {
    name: 'iss written twice with the same value',
    reason: 'invalid_json',
    build: (c, t) => rawPayload(c, t, (claims) => JSON.stringify(claims).replace('{', `{"iss":"${CLIENT}",`)),
  },
  {
    name: 'iss written twice, and signed by another key (the payload is refused first)',
    reason: 'invalid_json',
    build: (c, t) => rawPayload(c, t, (claims) => JSON.stringify(claims).replace('{', `{"iss":"${CLIENT}",`), c.impostor),
  },
  {
    name: 'duplicate JSON member in a payload that begins with iss',
    reason: 'invalid_json',
    build: (c, t) => rawPayload(c, t, (claims) => JSON.stringify(claims).replace('"sub"', '"aud":"someone-else","sub"')),
  },
  {
    name: 'duplicate JSON member in header',
    reason: 'invalid_json',
    build: async (c, t) =>
      signedRequest(t, await signRaw(c.key, `{"alg":"none","alg":"${c.alg}","typ":"zy-req+jwt","kid":"${c.key.kid}"}`, JSON.stringify(await baseClaims(t)))),
  },
  {
    name: '__proto__ key in payload',
    reason: 'invalid_json',
    build: (c, t) => rawPayload(c, t, (claims) => JSON.stringify(claims).replace('{', '{"__proto__":{"admin":true},')),
  },
  {
    name: 'constructor key in payload',
    reason: 'invalid_json',
    build: async (c, t) => signedRequest(t, await token(c, t, { claims: { ext: { constructor: { prototype: 1 } } } })),
  },
  {
    name: 'excessive JSON depth',
    reason: 'invalid_json',
    build: async (c, t) => signedRequest(t, await token(c, t, { claims: { deep: [[[[[[[[[1]]]]]]]]] } })),
  },
  {
    name: 'alg none',
    reason: 'alg_not_allowed',
    build: async (c, t) => signedRequest(t, await token(c, t, { header: { ...validHeader(c), alg: 'none' } })),
  },
  {
    name: 'alg HS256 (key confusion)',
    reason: 'alg_not_allowed',
    build: async (c, t) => {
      const header = encodeBase64Url(encoder.encode(JSON.stringify({ ...validHeader(c), alg: 'HS256' })));
      const payload = encodeBase64Url(encoder.encode(JSON.stringify(await baseClaims(t))));
      const secret = await crypto.subtle.importKey('raw', encoder.encode(JSON.stringify(c.key.publicJwk)), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
      const mac = new Uint8Array(await crypto.subtle.sign('HMAC', secret, encoder.encode(`${header}.${payload}`)));
      return signedRequest(t, `${header}.${payload}.${encodeBase64Url(mac)}`);
    },
  },
  {
    name: 'alg of another family than the registered key',
    reason: 'alg_key_mismatch',
    build: async (c, t) => signedRequest(t, await token(c, t, { header: { ...validHeader(c), alg: OTHER_ALG[c.alg] } })),
  },
  {
    name: 'wrong typ (JWT)',
    reason: 'bad_typ',
    build: async (c, t) => signedRequest(t, await token(c, t, { header: { ...validHeader(c), typ: 'JWT' } })),
  },
  {
    name: 'missing typ',
    reason: 'bad_typ',
    build: async (c, t) => signedRequest(t, await token(c, t, { header: { alg: c.alg, kid: c.key.kid } })),
  },
  {
    name: 'unbounded kid',
    reason: 'bad_kid',
    build: async (c, t) => signedRequest(t, await token(c, t, { header: { ...validHeader(c), kid: 'k'.repeat(129) } })),
  },
  ...(['jku', 'jwk', 'x5u', 'x5c'] as const).map(
    (param): NegativeCase => ({
      name: `${param} header present`,
      reason: 'forbidden_header_parameter',
      build: async (c, t) =>
        signedRequest(
          t,
          await token(c, t, {
            header: {
              ...validHeader(c),
              [param]: param === 'jwk' ? c.key.publicJwk : param === 'x5c' ? ['MIIB'] : 'https://attacker.example/keys',
            },
          }),
        ),
    }),
  ),
  {
    name: 'unknown crit',
    reason: 'unsupported_crit',
    build: async (c, t) => signedRequest(t, await token(c, t, { header: { ...validHeader(c), crit: ['zy-x'], 'zy-x': 1 } })),
  },
  {
    name: 'b64 header (unencoded payload)',
    reason: 'unsupported_crit',
    build: async (c, t) => signedRequest(t, await token(c, t, { header: { ...validHeader(c), b64: false, crit: ['b64'] } })),
  },
  {
    name: 'unknown client (iss not registered)',
    reason: 'unknown_client',
    build: async (c, t) => signedRequest(t, await token(c, t, { claims: { iss: UNREGISTERED_CLIENT, sub: UNREGISTERED_CLIENT } })),
  },
  {
    name: 'kid registered to another client',
    reason: 'unknown_kid',
    build: async (c, t) => signedRequest(t, await token(c, t, { claims: { iss: OTHER_CLIENT, sub: OTHER_CLIENT } })),
  },
  {
    name: 'unknown kid',
    reason: 'unknown_kid',
    build: async (c, t) => signedRequest(t, await token(c, t, { header: { ...validHeader(c), kid: 'no-such-key' } })),
  },
  {
    name: 'bad signature (other key, same kid)',
    reason: 'bad_signature',
    build: async (c, t) => signedRequest(t, await token(c, t, { key: c.impostor })),
  },
  {
    name: 'signature over different claims',
    reason: 'bad_signature',
    build: async (c, t) => {
      const [h, , s] = (await token(c, t)).split('.');
      const p = (await token(c, t, { claims: { jti: 'A'.repeat(22) } })).split('.')[1];
      return signedRequest(t, `${h}.${p}.${s}`);
    },
  },
  {
    name: 'truncated signature',
    reason: 'bad_signature',
    build: async (c, t) => {
      const [h, p, s] = (await token(c, t)).split('.');
      return signedRequest(t, `${h}.${p}.${s!.slice(0, 80)}`);
    },
  },
  { name: 'missing exp', reason: 'missing_claim', build: async (c, t) => signedRequest(t, await token(c, t, { claims: { exp: undefined } })) },
  { name: 'missing iat', reason: 'missing_claim', build: async (c, t) => signedRequest(t, await token(c, t, { claims: { iat: undefined } })) },
  { name: 'missing jti', reason: 'missing_claim', build: async (c, t) => signedRequest(t, await token(c, t, { claims: { jti: undefined } })) },
  { name: 'missing digest claim', reason: 'missing_claim', build: async (c, t) => signedRequest(t, await token(c, t, { claims: { cdg: undefined } })) },
  { name: 'missing htm', reason: 'missing_claim', build: async (c, t) => signedRequest(t, await token(c, t, { claims: { htm: undefined } })) },
  { name: 'missing htu', reason: 'missing_claim', build: async (c, t) => signedRequest(t, await token(c, t, { claims: { htu: undefined } })) },
  {
    name: 'exp as a string',
    reason: 'missing_claim',
    build: async (c, t) => signedRequest(t, await token(c, t, { claims: { exp: String(nowS(t) + 30) } })),
  },
  {
    name: 'exp too far (lifetime 1 h)',
    reason: 'lifetime_too_long',
    build: async (c, t) => signedRequest(t, await token(c, t, { claims: { exp: nowS(t) + 3600 } })),
  },
  {
    name: 'exp before iat',
    reason: 'lifetime_too_long',
    build: async (c, t) => signedRequest(t, await token(c, t, { claims: { exp: nowS(t) - 1 } })),
  },
  {
    name: 'iat in the future beyond skew',
    reason: 'iat_in_future',
    build: async (c, t) => signedRequest(t, await token(c, t, { claims: { iat: nowS(t) + 30, exp: nowS(t) + 60 } })),
  },
  {
    name: 'nbf in the future',
    reason: 'not_yet_valid',
    build: async (c, t) => signedRequest(t, await token(c, t, { claims: { nbf: nowS(t) + 40 } })),
  },
  {
    name: 'expired',
    reason: 'token_expired',
    build: async (c, t) => signedRequest(t, await token(c, t, { claims: { iat: nowS(t) - 70, exp: nowS(t) - 40 } })),
  },
  { name: 'aud array', reason: 'bad_audience', build: async (c, t) => signedRequest(t, await token(c, t, { claims: { aud: [t.audience] } })) },
  {
    name: 'wrong aud',
    reason: 'bad_audience',
    build: async (c, t) => signedRequest(t, await token(c, t, { claims: { aud: 'https://other.example' } })),
  },
  { name: 'iss ≠ sub', reason: 'bad_issuer', build: async (c, t) => signedRequest(t, await token(c, t, { claims: { sub: OTHER_CLIENT } })) },
  { name: 'jti too short', reason: 'bad_jti', build: async (c, t) => signedRequest(t, await token(c, t, { claims: { jti: 'abc' } })) },
  {
    name: 'wrong htm',
    reason: 'htm_mismatch',
    build: async (c, t) => signedRequest(t, await token(c, t, { claims: { htm: t.method === 'PUT' ? 'POST' : 'PUT' } })),
  },
  {
    name: 'wrong htu (path)',
    reason: 'htu_mismatch',
    build: async (c, t) => signedRequest(t, await token(c, t, { claims: { htu: new URL('/v1/credit-records?city=410100', t.url).href } })),
  },
  {
    name: 'wrong htu (query)',
    reason: 'htu_mismatch',
    build: async (c, t) => signedRequest(t, await token(c, t), { url: withQuery(t, 'city', '410200') }),
  },
  {
    name: 'htu matches a spoofed Host, not the configured origin',
    reason: 'htu_mismatch',
    build: async (c, t) => {
      const evil = new URL(t.url.pathname + t.url.search, `${t.url.protocol}//evil.example`);
      return signedRequest(t, await token(c, t, { claims: { htu: evil.href } }), { url: evil });
    },
  },
  {
    name: 'digest mismatch (body changed)',
    reason: 'digest_mismatch',
    build: async (c, t) => signedRequest(t, await token(c, t), { body: new Uint8Array([...t.body, 0x20]), digest: await digestOf(t.body) }),
  },
  {
    name: 'Content-Digest header differs from the claim',
    reason: 'digest_header_mismatch',
    build: async (c, t) => signedRequest(t, await token(c, t), { digest: await digestOf(encoder.encode('x')) }),
  },
  {
    name: 'Content-Digest header missing with a body',
    reason: 'digest_header_mismatch',
    build: async (c, t) => signedRequest(t, await token(c, t), { digest: null }),
  },
  {
    name: 'replayed jti (second use of an accepted token)',
    reason: 'replayed',
    sentTwice: true,
    build: async (c, t) => signedRequest(t, await token(c, t)),
  },
  {
    name: 'body over the configured limit',
    reason: 'body_too_large',
    policy: () => ({ maxBodyBytes: 8 }),
    build: async (c, t) => signedRequest(t, await token(c, t)),
  },
  {
    name: 'algorithm not in the configured allow-list',
    reason: 'alg_not_allowed',
    policy: (alg) => ({ algorithms: ALGORITHMS.filter((a) => a !== alg) }),
    build: async (c, t) => signedRequest(t, await token(c, t)),
  },
  {
    name: 'iat 8 s ahead when skew is configured to 5 s',
    reason: 'iat_in_future',
    policy: () => ({ clockSkewSeconds: 5 }),
    build: async (c, t) => signedRequest(t, await token(c, t, { claims: { iat: nowS(t) + 8, exp: nowS(t) + 38 } })),
  },
];

export const passCases: readonly PassCase[] = [
  {
    name: 'a token minted by createSigningAuth',
    operation: 'write',
    build: async (c, t) => {
      const auth = createSigningAuth({ signer: c.key.signer, client: CLIENT, audience: t.audience, now: () => t.now });
      const headers = new Headers(t.headers);
      await auth.apply({ method: t.method, url: t.url, headers, body: t.body, operationId: 'createSettlement', attempt: 1 });
      return new Request(t.url, { method: t.method, headers, body: new Uint8Array(t.body) });
    },
  },
  {
    name: 'unknown extra claims',
    operation: 'write',
    build: async (c, t) => signedRequest(t, await token(c, t, { claims: { 'x-trace': 'abc', scope: ['a'] } })),
  },
  {
    name: 'iat a few seconds ahead within the skew',
    operation: 'write',
    build: async (c, t) => signedRequest(t, await token(c, t, { claims: { iat: nowS(t) + 5, exp: nowS(t) + 35 } })),
  },
  {
    name: 'a token a few seconds past exp within the skew, and a lower-case scheme',
    operation: 'write',
    build: async (c, t) => {
      const tok = await token(c, t, { claims: { iat: nowS(t) - 35, exp: nowS(t) - 5 } });
      return request(t, `zy-jws ${tok}`, { digest: await digestOf(t.body) });
    },
  },
  {
    name: 'a GET without body and without Content-Digest header',
    operation: 'read',
    build: async (c, t) => request(t, `ZY-JWS ${await token(c, t)}`, { digest: null }),
  },
];
