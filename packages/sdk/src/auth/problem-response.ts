/**
 * The verifier's problem+json responses (RFC 9457). Every token failure looks the same from outside.
 */
import { AUTHORIZATION_SCHEME } from './token-profile.js';

/** Problem type of every token failure. */
export const INVALID_TOKEN_PROBLEM_TYPE = 'https://zhongyuan-exchange.org/problems/invalid-token';

/** Problem type of a 503 when the replay store cannot answer. */
export const REPLAY_STORE_UNAVAILABLE_PROBLEM_TYPE = 'https://zhongyuan-exchange.org/problems/service-unavailable';

/** A fresh opaque `instance` id (no information about the request). */
export function newProblemInstance(): string {
  return `urn:uuid:${crypto.randomUUID()}`;
}

const REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

/**
 * The request id to answer with: the caller's `X-Request-Id` when it is well formed (so the caller can match the
 * refusal to its call), else the opaque instance id.
 */
export function problemRequestId(request: Request, instance: string): string {
  const given = request.headers.get('x-request-id');
  return given !== null && REQUEST_ID.test(given) ? given : instance.replace(/^urn:uuid:/, '');
}

/** The single 401 answer for every token failure: `invalid-token`, bilingual titles, opaque `instance`. */
export function invalidTokenResponse(instance: string, requestId: string): Response {
  return new Response(
    JSON.stringify({
      type: INVALID_TOKEN_PROBLEM_TYPE,
      title: 'Request token missing or invalid',
      titleZh: '请求令牌缺失或无效',
      status: 401,
      code: 'INVALID_TOKEN',
      detail: 'Sign the request again with a registered key and a fresh token; see the exchange\'s auth profile.',
      instance,
      requestId,
    }),
    {
      status: 401,
      headers: {
        'content-type': 'application/problem+json',
        'cache-control': 'no-store',
        'x-request-id': requestId,
        'www-authenticate': `${AUTHORIZATION_SCHEME} error="invalid_token"`,
      },
    },
  );
}

/** The 503 answer when replay protection cannot be checked (fail closed). */
export function replayStoreUnavailableResponse(instance: string, requestId: string, retryAfterSeconds: number): Response {
  return new Response(
    JSON.stringify({
      type: REPLAY_STORE_UNAVAILABLE_PROBLEM_TYPE,
      title: 'Service temporarily unavailable',
      titleZh: '服务暂时不可用',
      status: 503,
      code: 'SERVICE_UNAVAILABLE',
      detail: `Replay protection cannot be checked right now; send the request again after ${retryAfterSeconds} s.`,
      instance,
      requestId,
    }),
    {
      status: 503,
      headers: {
        'content-type': 'application/problem+json',
        'cache-control': 'no-store',
        'x-request-id': requestId,
        'retry-after': String(retryAfterSeconds),
      },
    },
  );
}
