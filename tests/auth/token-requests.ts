/**
 * Builders of signed requests for the token-rule table (token-cases.ts): tokens with any header and claims, signed
 * byte for byte, bound to a {@link Target} so that the same cases address the verifier in-process, the mock
 * in-process or the mock over HTTP.
 */
import { encodeBase64Url, type SignatureAlgorithm, type TestKeyPair } from '@zhongyuan/sdk/auth';

/** The registered client every table case signs as (unless a case says otherwise). */
export const CLIENT = 'ZY-TEST/GOV/11410000005184441Q/410000/settlement';
/** A second registered client, with no keys. */
export const OTHER_CLIENT = 'ZY-TEST/GOV/12410100MB1234567X/410100/settlement';
/** A client registered nowhere. */
export const UNREGISTERED_CLIENT = 'ZY-TEST/GOV/13410200MB7654321Y/410200/settlement';

/** Where and when a request goes. */
export interface Target {
  /** The operation URL the request goes to, query included (what `htu` binds). */
  readonly url: URL;
  /** The `aud` the receiver accepts. */
  readonly audience: string;
  /** The receiver's clock, ms since the epoch (what `iat` and `exp` are relative to). */
  readonly now: number;
  /** `POST`, `GET`, …: what `htm` binds. */
  readonly method: string;
  /** The exact body bytes (empty for a request without body). */
  readonly body: Uint8Array;
  /** Further headers the operation needs beyond authentication (content type, idempotency key). */
  readonly headers?: Readonly<Record<string, string>>;
}

/** Keys of one algorithm. */
export interface CaseContext {
  readonly alg: SignatureAlgorithm;
  /** The key registered for {@link CLIENT}. */
  readonly key: TestKeyPair;
  /** A different key pair with the same kid (forged signatures). */
  readonly impostor: TestKeyPair;
}

const encoder = new TextEncoder();

/** The RFC 9530 `Content-Digest` value of `body`. */
export async function digestOf(body: Uint8Array): Promise<string> {
  const d = new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(body)));
  return `sha-256=:${Buffer.from(d).toString('base64')}:`;
}

/** The claims of a valid token for `target`, with a fresh random jti. */
export async function baseClaims(target: Target): Promise<Record<string, unknown>> {
  const nowS = Math.floor(target.now / 1000);
  return {
    iss: CLIENT,
    sub: CLIENT,
    aud: target.audience,
    iat: nowS,
    exp: nowS + 30,
    jti: encodeBase64Url(crypto.getRandomValues(new Uint8Array(16))),
    htm: target.method,
    htu: target.url.href,
    cdg: await digestOf(target.body),
  };
}

/** The valid protected header for `ctx`. */
export function validHeader(ctx: CaseContext): Record<string, unknown> {
  return { alg: ctx.alg, typ: 'zy-req+jwt', kid: ctx.key.kid };
}

/** Sign arbitrary header/payload JSON text with `key` (the JSON is used byte for byte). */
export async function signRaw(key: TestKeyPair, headerJson: string, payloadJson: string): Promise<string> {
  const input = `${encodeBase64Url(encoder.encode(headerJson))}.${encodeBase64Url(encoder.encode(payloadJson))}`;
  const sig = await key.signer.sign(encoder.encode(input));
  return `${input}.${encodeBase64Url(sig)}`;
}

/** Options of {@link token}: header replaced, claims merged over the valid ones (`undefined` removes one). */
export interface TokenOptions {
  readonly header?: Record<string, unknown>;
  readonly claims?: Record<string, unknown>;
  readonly key?: TestKeyPair;
}

/** A compact token for `target`, valid unless `opts` say otherwise. */
export async function token(ctx: CaseContext, target: Target, opts: TokenOptions = {}): Promise<string> {
  const header = opts.header ?? validHeader(ctx);
  const claims = { ...(await baseClaims(target)), ...(opts.claims ?? {}) };
  for (const [k, v] of Object.entries(claims)) if (v === undefined) delete claims[k];
  return signRaw(opts.key ?? ctx.key, JSON.stringify(header), JSON.stringify(claims));
}

/** Options of {@link request}: what differs from the target. */
export interface RequestOptions {
  readonly url?: URL;
  readonly body?: Uint8Array;
  /** `Content-Digest` header; `null` omits it. @default an empty digest value */
  readonly digest?: string | null;
}

/** A request to `target` with `authorization` (or none). */
export function request(target: Target, authorization: string | undefined, opts: RequestOptions = {}): Request {
  const headers = new Headers(target.headers);
  if (authorization !== undefined) headers.set('authorization', authorization);
  if (opts.digest !== null) headers.set('content-digest', opts.digest ?? `sha-256=:${Buffer.from(new Uint8Array(0)).toString('base64')}:`);
  const body = new Uint8Array(opts.body ?? target.body);
  return new Request(opts.url ?? target.url, { method: target.method, headers, ...(target.method === 'GET' ? {} : { body }) });
}

/** A request to `target` carrying `tok`, with the `Content-Digest` of the body it sends unless `opts` say otherwise. */
export async function signedRequest(target: Target, tok: string, opts: RequestOptions = {}): Promise<Request> {
  return request(target, `ZY-JWS ${tok}`, { digest: await digestOf(opts.body ?? target.body), ...opts });
}

/** `target.url` with query parameter `name` set to `value` (which must change the URL). */
export function withQuery(target: Target, name: string, value: string): URL {
  const url = new URL(target.url);
  url.searchParams.set(name, value);
  if (url.href === target.url.href) throw new RangeError(`the target's URL already has ${name}=${value}`);
  return url;
}

/** Set one of the unused low bits of a 64-byte signature's last base64url character (non-canonical encoding). */
export function flipLastChar(segment: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const last = alphabet.indexOf(segment.at(-1)!);
  return segment.slice(0, -1) + alphabet[last | 1];
}
