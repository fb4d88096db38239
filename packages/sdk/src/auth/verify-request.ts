/**
 * The verifying side (验签): checks a web-standard `Request` carrying `Authorization: ZY-JWS <token>` through
 * SECURITY.md's pipeline, in order: size and shape → strict JSON → header policy → key lookup → signature →
 * claims → binding → replay.
 */
import { flattenedVerify, type JWSAlgorithm } from 'jose';
import { decodeBase64Url, decodeBase64UrlText, isCanonicalBase64Url } from './base64url.js';
import { parseClientIdentity, type ClientIdentity } from './client-identity.js';
import { computeContentDigest } from './content-digest.js';
import type { KeyRegistry } from './key-registry.js';
import { readBoundedBody } from './bounded-body.js';
import {
  invalidTokenResponse,
  problemRequestId,
  newProblemInstance,
  replayStoreUnavailableResponse,
} from './problem-response.js';
import { isAcceptableKid, type RegisteredKey } from './registered-key.js';
import type { RejectEvent, RejectReason } from './reject-reason.js';
import { replayKey, type ReplayStore } from './replay-store.js';
import { SIGNATURE_ALGORITHMS, type SignatureAlgorithm } from './signer.js';
import { isJsonObject, parseStrictJson, type JsonValue } from './strict-json.js';
import { checkRequestTokenClaims } from './token-claims.js';
import {
  AUTHORIZATION_SCHEME,
  CONTENT_DIGEST_CLAIM,
  DEFAULT_CLOCK_SKEW_SECONDS,
  FORBIDDEN_HEADER_PARAMETERS,
  MAX_CLOCK_SKEW_SECONDS,
  MAX_TOKEN_LIFETIME_SECONDS,
  REQUEST_TOKEN_TYPE,
} from './token-profile.js';

/** Longest accepted `Authorization` header value, in characters. */
export const MAX_AUTHORIZATION_LENGTH = 8192;
/** Largest decoded protected header, in bytes. */
export const MAX_HEADER_BYTES = 1024;
/** Largest decoded payload, in bytes. */
export const MAX_PAYLOAD_BYTES = 4096;
/** Largest decoded signature, in bytes (every accepted algorithm uses 64). */
export const MAX_SIGNATURE_BYTES = 64;

/** What the verifier enforces. */
export interface VerifyRequestPolicy {
  /** The exact `aud` this service accepts. */
  readonly audience: string;
  /**
   * The service's external base URL as clients address it (e.g. `https://exchange.zhongyuan.example`). Only its
   * origin is used: `htu` must equal this origin + the received request's path and query. The `Host` header is
   * never consulted. A path other than `/` is refused as configuration error.
   */
  readonly externalBaseUrl: string | URL;
  /** Registered clients and their keys. */
  readonly keys: KeyRegistry;
  /** Replay store (in-memory for one instance, Redis when instances share load). */
  readonly replayStore: ReplayStore;
  /**
   * Accepted algorithms; `none` and `HS*` can never be listed.
   * @default ['ES256', 'EdDSA', 'SM2SM3']
   */
  readonly algorithms?: readonly SignatureAlgorithm[];
  /**
   * Tolerated clock skew in seconds, at most 60.
   * @default 10
   */
  readonly clockSkewSeconds?: number;
  /**
   * Longest accepted token lifetime `exp − iat` in seconds, at most 60.
   * @default 60
   */
  readonly maxLifetimeSeconds?: number;
  /**
   * Largest accepted body, in bytes.
   * @default 1048576
   */
  readonly maxBodyBytes?: number;
  /**
   * `crit` header parameters this deployment understands (none by default, so any `crit` is refused).
   * @default []
   */
  readonly understoodCriticalHeaders?: readonly string[];
  /**
   * `Retry-After` seconds on a 503 when the replay store is unavailable.
   * @default 1
   */
  readonly retryAfterSeconds?: number;
  /**
   * Clock, milliseconds since the epoch.
   * @default Date.now
   */
  readonly now?: () => number;
  /** Receives the precise reason of every refusal (internal logging). Never given the token. */
  readonly onReject?: (event: RejectEvent) => void;
}

/** An accepted request. */
export interface VerifiedRequest {
  readonly ok: true;
  /** The authenticated client. */
  readonly client: ClientIdentity;
  /** Its canonical identity string (`iss`). */
  readonly clientId: string;
  /** Key id and algorithm that signed the token. */
  readonly kid: string;
  readonly alg: SignatureAlgorithm;
  /** The token id (already recorded in the replay store). */
  readonly jti: string;
  /** All token claims (including unknown extra claims). */
  readonly claims: { readonly [key: string]: JsonValue };
  /** The exact received body bytes, already digested; parse these instead of re-reading the request. */
  readonly body: Uint8Array;
}

/** A refused request: send `response` as is. */
export interface RejectedRequest {
  readonly ok: false;
  /** 401 for every token failure, 503 when the replay store is unavailable. */
  readonly status: 401 | 503;
  /** The problem+json response. */
  readonly response: Response;
}

/** Result of {@link verifyRequest}. */
export type VerifyRequestResult = VerifiedRequest | RejectedRequest;

const encoder = new TextEncoder();

type Claims = { readonly [key: string]: JsonValue };
const SCHEME = AUTHORIZATION_SCHEME.toLowerCase();

interface ResolvedPolicy {
  readonly origin: string;
  readonly algorithms: ReadonlySet<string>;
  readonly skew: number;
  readonly maxLifetime: number;
  readonly maxBody: number;
  readonly crit: ReadonlySet<string>;
  readonly critOption: Record<string, boolean>;
  /** Protected-header segments that passed steps 1–3 under this policy, with what they say (bounded). */
  readonly acceptedHeaders: Map<string, AcceptedHeader>;
  /** Registered clients' identities as parsed from `iss` (bounded). */
  readonly identities: Map<string, ClientIdentity>;
}

/** What the verifier takes from a protected header that passed the header policy. */
interface AcceptedHeader {
  readonly alg: SignatureAlgorithm;
  readonly kid: string;
}

/** Entries kept in each of a policy's caches; a full cache is emptied and starts again. */
const CACHE_ENTRIES = 256;

function remember<V>(cache: Map<string, V>, key: string, value: V): void {
  if (cache.size >= CACHE_ENTRIES) cache.clear();
  cache.set(key, value);
}

const resolvedPolicies = new WeakMap<VerifyRequestPolicy, ResolvedPolicy>();

function resolvePolicy(policy: VerifyRequestPolicy): ResolvedPolicy {
  let resolved = resolvedPolicies.get(policy);
  if (resolved !== undefined) return resolved;
  const base = new URL(policy.externalBaseUrl);
  if (base.pathname !== '/' || base.search !== '' || base.hash !== '') {
    throw new TypeError('externalBaseUrl must be an origin (no path, query or fragment)');
  }
  const skew = policy.clockSkewSeconds ?? DEFAULT_CLOCK_SKEW_SECONDS;
  if (!(skew >= 0 && skew <= MAX_CLOCK_SKEW_SECONDS)) throw new RangeError('clockSkewSeconds must be within 0..60');
  const maxLifetime = policy.maxLifetimeSeconds ?? MAX_TOKEN_LIFETIME_SECONDS;
  if (!(maxLifetime > 0 && maxLifetime <= MAX_TOKEN_LIFETIME_SECONDS)) {
    throw new RangeError('maxLifetimeSeconds must be within 1..60');
  }
  const algorithms = policy.algorithms ?? SIGNATURE_ALGORITHMS;
  for (const alg of algorithms) {
    if (!SIGNATURE_ALGORITHMS.includes(alg)) throw new TypeError(`algorithm ${String(alg)} is not allowed`);
  }
  const crit = policy.understoodCriticalHeaders ?? [];
  resolved = {
    origin: base.origin,
    algorithms: new Set(algorithms),
    skew,
    maxLifetime,
    maxBody: policy.maxBodyBytes ?? 1_048_576,
    crit: new Set(crit),
    critOption: Object.fromEntries(crit.map((name) => [name, true])),
    acceptedHeaders: new Map(),
    identities: new Map(),
  };
  resolvedPolicies.set(policy, resolved);
  return resolved;
}

/**
 * Verify a signed request. Never throws for anything a client can send: every token failure becomes the same
 * 401 `invalid-token` problem (reason only to `policy.onReject`), and an unreachable replay store becomes a
 * 503 with `Retry-After`. On success the body has been read and is returned as `body`.
 *
 * @example
 * const result = await verifyRequest(request, policy);
 * if (!result.ok) return result.response;
 * handle(result.clientId, result.body);
 */
export async function verifyRequest(request: Request, policy: VerifyRequestPolicy): Promise<VerifyRequestResult> {
  const config = resolvePolicy(policy);
  const now = policy.now ?? Date.now;
  // The request and what is known of its caller so far (for the rejection hook only).
  const caller: Caller = { request, policy, client: undefined, kid: undefined };

  // 1. Size and shape.
  const authorization = request.headers.get('authorization');
  if (authorization === null) return refuse(caller, 'missing_authorization');
  if (authorization.length > MAX_AUTHORIZATION_LENGTH) return refuse(caller, 'header_too_large');
  const space = authorization.indexOf(' ');
  if (space <= 0 || authorization.slice(0, space).toLowerCase() !== SCHEME) return refuse(caller, 'bad_scheme');
  const token = authorization.slice(space + 1);
  // Exactly three non-empty segments; each is then decoded as canonical base64url, whose alphabet has no '.'.
  const dot1 = token.indexOf('.');
  const dot2 = token.indexOf('.', dot1 + 1);
  if (dot1 <= 0 || dot2 <= dot1 + 1 || dot2 === token.length - 1 || token.includes('.', dot2 + 1)) {
    return refuse(caller, 'malformed_token');
  }
  const headerSegment = token.slice(0, dot1);
  const payloadSegment = token.slice(dot1 + 1, dot2);
  const signatureSegment = token.slice(dot2 + 1);
  // A protected header is the same for every token a client signs with one key: one that passed steps 1–3
  // before is taken as it was then (its segment is the exact text those steps decided on), and only the payload
  // and signature go through them again, in the same order.
  const known = config.acceptedHeaders.get(headerSegment);
  // The alphabet is checked before the sizes (a padded or standard-alphabet segment is malformed, not large);
  // decoding is bounded by the header length limit above.
  const headerText = known === undefined ? decodeBase64UrlText(headerSegment) : '';
  const payloadText = decodeBase64UrlText(payloadSegment);
  if (headerText === undefined || payloadText === undefined || !isCanonicalBase64Url(signatureSegment)) {
    return refuse(caller, 'malformed_token');
  }
  if (
    headerSegment.length > base64UrlLength(MAX_HEADER_BYTES) ||
    payloadSegment.length > base64UrlLength(MAX_PAYLOAD_BYTES) ||
    signatureSegment.length > base64UrlLength(MAX_SIGNATURE_BYTES)
  ) {
    return refuse(caller, 'segment_too_large');
  }

  // 2. Strict JSON (over well-formed UTF-8). A payload behind a remembered header whose key is at hand may be
  // parsed while the signature is checked instead (see keyAtHand); its verdict is still taken before any later
  // step's.
  const header = known !== undefined || headerText === null ? undefined : parseJsonObject(headerText, 3);
  if (known === undefined && header === undefined) return refuse(caller, 'invalid_json');
  const early = known !== undefined && payloadText !== null ? keyAtHand(payloadText, known, policy, config) : undefined;
  let claims: Claims | undefined;
  let kid: string;
  let iss: string;
  let client: ClientIdentity;
  let key: RegisteredKey;
  if (early !== undefined) {
    ({ kid, iss, client, key } = early);
  } else {
    claims = payloadText === null ? undefined : parseJsonObject(payloadText, 6);
    if (claims === undefined) return refuse(caller, 'invalid_json');

    // 3. Header policy.
    const accepted = known ?? checkHeaderPolicy(header!, config, caller);
    if (typeof accepted === 'string') return refuse(caller, accepted);
    if (known === undefined) remember(config.acceptedHeaders, headerSegment, accepted);
    const { alg } = accepted;
    kid = accepted.kid;
    caller.kid = kid;

    // 4. Key lookup: the unverified `iss` only selects which client's registered keys to consult.
    const claimedIss = claims['iss'];
    if (typeof claimedIss !== 'string' || !policy.keys.has(claimedIss)) return refuse(caller, 'unknown_client');
    const identity = registeredIdentity(config, claimedIss);
    if (identity === undefined) return refuse(caller, 'unknown_client');
    iss = claimedIss;
    client = identity;
    caller.client = iss;
    const found = policy.keys.peek?.(iss, kid) ?? (await policy.keys.resolve(iss, kid));
    if (found === undefined) return refuse(caller, 'unknown_kid');
    if (found.alg !== alg) return refuse(caller, 'alg_key_mismatch');
    key = found;
  }

  // 5. Signature. jose hands the check to WebCrypto, which runs it off the main thread; once it has been handed
  // over, the main thread reads and digests the body and evaluates the claims and binding rules, so that work
  // overlaps the check instead of following it. Their results are only consulted below, in pipeline order, so a
  // token is refused for the first failed step exactly as if each step ran after the one before.
  const signatureValid = verifySignature(key, headerSegment, payloadSegment, signatureSegment, config);
  await signatureHandedOver();
  const received = readAndDigestBody(request, config.maxBody);
  if (claims === undefined) {
    // The payload left for now (early path): step 2's verdict comes before the signature's and every later one.
    // Strictly parsed, its `iss` is the one keyAtHand read (see there), so the key chosen was the right one.
    claims = parseJsonObject(payloadText!, 6);
    if (claims === undefined) return refuse(caller, 'invalid_json');
    caller.kid = kid;
    caller.client = iss;
  }
  const nowMs = now();
  const claimFailure =
    checkRequestTokenClaims(claims, {
      audience: policy.audience,
      nowMs,
      skewSeconds: config.skew,
      maxLifetimeSeconds: config.maxLifetime,
    }) ?? checkBinding(claims, request, config.origin);
  const jti = claims['jti'] as string;
  const ttlMs = Math.max(1000, ((claims['exp'] as number) + config.skew) * 1000 - nowMs);
  const replay = replayKey(policy.audience, iss, jti);
  const digestHeader = request.headers.get('content-digest');
  const bodyAndDigest = await received;
  if (!(await signatureValid)) return refuse(caller, 'bad_signature');

  // 6. Claims, then 7. binding: method and target URI (checkBinding), then the body digest over the raw bytes.
  if (claimFailure !== undefined) return refuse(caller, claimFailure);
  if (bodyAndDigest === undefined) return refuse(caller, 'body_too_large');
  const { body, digest } = bodyAndDigest;
  const claimedDigest = claims[CONTENT_DIGEST_CLAIM];
  if (claimedDigest !== digest) return refuse(caller, 'digest_mismatch');
  if (digestHeader === null ? body.length > 0 : digestHeader !== claimedDigest) {
    return refuse(caller, 'digest_header_mismatch');
  }

  // 8. Replay, last: only a token that passed everything else uses up its jti.
  let first: boolean;
  try {
    first = await policy.replayStore.checkAndSet(replay, ttlMs);
  } catch (error) {
    return refuse(caller, 'replay_store_unavailable', error);
  }
  if (!first) return refuse(caller, 'replayed');

  return {
    ok: true,
    client,
    clientId: iss,
    kid,
    alg: key.alg,
    jti,
    claims,
    body,
  };
}

/** What the early path settled before the payload's strict parse (see {@link keyAtHand}). */
interface EarlyKey extends AcceptedHeader {
  readonly iss: string;
  readonly client: ClientIdentity;
  readonly key: RegisteredKey;
}

/** How a payload minted by this SDK begins: `iss` is its first member. */
const ISS_FIRST = '{"iss":"';

/**
 * Steps 3 and 4 for a token whose protected header passed them before, settled without parsing the payload, or
 * `undefined` (then the payload is parsed strictly first, as usual). Applies only when the payload begins with
 * `{"iss":"` and that string holds no backslash, and when the key is registered, at hand (nothing to fetch) and of
 * the header's algorithm. Should the payload then pass the strict parse, its first member is `iss` with exactly
 * these characters (no escapes, and no second `iss`: duplicates fail the strict parse), so the key is the one step 4
 * would have chosen. Should it fail, the refusal is `invalid_json` as before; nothing was fetched or recorded.
 */
function keyAtHand(
  payloadText: string,
  accepted: AcceptedHeader,
  policy: VerifyRequestPolicy,
  config: ResolvedPolicy,
): EarlyKey | undefined {
  if (!payloadText.startsWith(ISS_FIRST)) return undefined;
  const end = payloadText.indexOf('"', ISS_FIRST.length);
  if (end === -1) return undefined;
  const iss = payloadText.slice(ISS_FIRST.length, end);
  if (iss.includes('\\') || !policy.keys.has(iss)) return undefined;
  const client = registeredIdentity(config, iss);
  if (client === undefined) return undefined;
  const key = policy.keys.peek?.(iss, accepted.kid);
  if (key === undefined || key.alg !== accepted.alg) return undefined;
  // A literal, not a spread of `accepted`: on Node 20 the spread made an object that cost microseconds to read.
  return { alg: accepted.alg, kid: accepted.kid, iss, client, key };
}

/** Step 3 for a header seen for the first time: what it says, or the reason it is refused. */
function checkHeaderPolicy(
  header: { readonly [key: string]: JsonValue },
  config: ResolvedPolicy,
  caller: Caller,
): AcceptedHeader | RejectReason {
  const alg = header['alg'];
  if (typeof alg !== 'string' || !config.algorithms.has(alg)) return 'alg_not_allowed';
  if (header['typ'] !== REQUEST_TOKEN_TYPE) return 'bad_typ';
  const kid = header['kid'];
  if (!isAcceptableKid(kid)) return 'bad_kid';
  caller.kid = kid;
  for (const name of FORBIDDEN_HEADER_PARAMETERS) {
    if (name in header) return 'forbidden_header_parameter';
  }
  if ('crit' in header || 'b64' in header) {
    const crit = header['crit'];
    if (
      'b64' in header || !Array.isArray(crit) || crit.length === 0 ||
      !crit.every((name) => typeof name === 'string' && config.crit.has(name) && name in header)
    ) {
      return 'unsupported_crit';
    }
  }
  return { alg: alg as SignatureAlgorithm, kid };
}

/** The parsed identity of a registered client's `iss`, or `undefined` when it is not a canonical identity. */
function registeredIdentity(config: ResolvedPolicy, iss: string): ClientIdentity | undefined {
  let identity = config.identities.get(iss);
  if (identity === undefined) {
    const parsed = parseClientIdentity(iss);
    if (parsed === undefined) return undefined;
    identity = Object.freeze(parsed);
    remember(config.identities, iss, identity);
  }
  return identity;
}

/** A request being verified, with what has been learnt of its caller (reported to the rejection hook only). */
interface Caller {
  readonly request: Request;
  readonly policy: VerifyRequestPolicy;
  client: string | undefined;
  kid: string | undefined;
}

/** The refusal of a request for `reason`: the hook hears the precise reason, the client an opaque problem. */
function refuse(known: Caller, reason: RejectReason, cause?: unknown): RejectedRequest {
  const { request, policy } = known;
  const instance = newProblemInstance();
  const status = reason === 'replay_store_unavailable' ? 503 : 401;
  const event: RejectEvent = {
    reason,
    status,
    instance,
    ...(known.client !== undefined ? { client: known.client } : {}),
    ...(known.kid !== undefined ? { kid: known.kid } : {}),
    ...(cause !== undefined ? { cause } : {}),
  };
  try {
    policy.onReject?.(event);
  } catch {
    // a failing logger must not change the answer
  }
  return {
    ok: false,
    status,
    response:
      status === 503
        ? replayStoreUnavailableResponse(instance, problemRequestId(request, instance), policy.retryAfterSeconds ?? 1)
        : invalidTokenResponse(instance, problemRequestId(request, instance)),
  };
}

/**
 * Resolves once jose has handed the signature check to WebCrypto: `flattenedVerify` awaits twice before it calls
 * `crypto.subtle.verify` (jose 6, on Node 20, 22 and 24), and two more turns leave a margin. Work done after this
 * runs while the check is computed off the main thread. If a later jose needed more turns, the only effect
 * would be less overlap.
 */
async function signatureHandedOver(): Promise<void> {
  for (let turn = 0; turn < 4; turn++) await undefined;
}

/** The binding of method and target URI (step 7 before the digest), or `undefined` when both match. */
function checkBinding(
  claims: Claims,
  request: Request,
  origin: string,
): RejectReason | undefined {
  if (claims['htm'] !== request.method.toUpperCase()) return 'htm_mismatch';
  // `request.url` is already WHATWG-normalised, so origin + path + query is its normalised form.
  const target = new URL(request.url);
  if (claims['htu'] !== origin + target.pathname + target.search) return 'htu_mismatch';
  return undefined;
}

/** Characters of unpadded base64url for `bytes` bytes. */
function base64UrlLength(bytes: number): number {
  return Math.ceil((bytes * 4) / 3);
}

function parseJsonObject(text: string, maxDepth: number): { [key: string]: JsonValue } | undefined {
  const value = parseStrictJson(text, { maxDepth });
  return isJsonObject(value) ? value : undefined;
}

async function verifySignature(
  key: RegisteredKey,
  headerSegment: string,
  payloadSegment: string,
  signatureSegment: string,
  config: ResolvedPolicy,
): Promise<boolean> {
  // Every accepted algorithm signs with 64 bytes: 86 characters of canonical base64url (checked in step 1).
  if (signatureSegment.length !== base64UrlLength(64)) return false;
  if (key.sm2Check !== undefined) {
    const signature = decodeBase64Url(signatureSegment);
    if (signature === undefined) return false;
    return key.sm2Check(encoder.encode(`${headerSegment}.${payloadSegment}`), signature);
  }
  if (key.cryptoKey === undefined) return false;
  try {
    await flattenedVerify(
      { protected: headerSegment, payload: payloadSegment, signature: signatureSegment },
      key.cryptoKey,
      { algorithms: [key.alg as JWSAlgorithm], crit: config.critOption },
    );
    return true;
  } catch {
    return false;
  }
}

async function readAndDigestBody(
  request: Request,
  maxBytes: number,
): Promise<{ body: Uint8Array; digest: string } | undefined> {
  try {
    const body = await readBoundedBody(request, maxBytes);
    return body === undefined ? undefined : { body, digest: await computeContentDigest(body) };
  } catch {
    return undefined;
  }
}

