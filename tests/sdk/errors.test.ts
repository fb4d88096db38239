import { describe, expect, it } from 'vitest';
import {
  ApiError,
  BadRequestError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  RateLimitError,
  ServerError,
  UnauthorizedError,
  UnprocessableEntityError,
  isApiError,
  isRateLimitError,
  isSdkError,
  isTimeoutError,
} from '@zhongyuan/sdk';
import { problem, testServer } from './support/test-fetch.js';
import { CITIZEN_ID, makeClient } from './support/make-client.js';

const cases = [
  [400, BadRequestError, 'ERR_HTTP_400'],
  [401, UnauthorizedError, 'ERR_HTTP_401'],
  [403, ForbiddenError, 'ERR_HTTP_403'],
  [404, NotFoundError, 'ERR_HTTP_404'],
  [409, ConflictError, 'ERR_HTTP_409'],
  [422, UnprocessableEntityError, 'ERR_HTTP_422'],
  [429, RateLimitError, 'ERR_HTTP_429'],
  [500, ServerError, 'ERR_HTTP_5XX'],
  [503, ServerError, 'ERR_HTTP_5XX'],
  [418, ApiError, 'ERR_HTTP_OTHER'],
] as const;

describe('errors', () => {
  it.each(cases)('maps %i to its class and code', async (status, Class, code) => {
    const server = testServer(() => problem(status, 'https://zhongyuan-exchange.org/problems/unlisted', {}, { 'x-request-id': 'srv-1' }));
    const error = await makeClient(server, { retry: { limit: 0 } })
      .getThing({ thingId: 't' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Class);
    expect(error).toMatchObject({ code, status, requestId: 'srv-1', operationId: 'getThing' });
    expect(isApiError(error) && error.problemType).toBe('https://zhongyuan-exchange.org/problems/unlisted');
    expect(Object.getPrototypeOf(error)).toBe(Class.prototype);
  });

  it('narrows registered problem types to their exchange code', async () => {
    const server = testServer(() => problem(409, 'https://zhongyuan-exchange.org/problems/thing-already-closed', { detail: 'closed at 10:00' }));
    const client = makeClient(server);
    const error = await client.deleteThing({ thingId: 't' }).catch((e: unknown) => e);
    expect(client.isError(error) && error.code).toBe('THING_ALREADY_CLOSED');
    expect(error).toBeInstanceOf(ConflictError);
  });

  it('reads `<status> <title>: <METHOD> <path template> — <detail>` with no values, ids or control characters', async () => {
    const server = testServer(() =>
      problem(404, 'https://zhongyuan-exchange.org/problems/not-found', {
        title: 'Not found',
        detail: `no record for ${CITIZEN_ID}\r\nX-Injected: yes`,
      }),
    );
    const error = await makeClient(server)
      .getThing({ thingId: 'secret-thing-id', verbose: true })
      .catch((e: unknown) => e);
    expect(isApiError(error)).toBe(true);
    if (!isApiError(error)) return;
    expect(error.message).toBe('404 Not found: GET /things/{thingId} — no record for 110105********002X\\r\\nX-Injected: yes');
    expect(error.message).not.toContain('secret-thing-id');
    expect(error.request).toEqual({ operationId: 'getThing', method: 'GET', path: '/things/{thingId}', queryParams: ['verbose'], attempts: 1 });
    expect(JSON.stringify(error.request)).not.toContain('true');
  });

  it('falls back to the status text when the answer is not problem+json', async () => {
    const server = testServer(() => new Response('<html>oops</html>', { status: 502, headers: { 'content-type': 'text/html' } }));
    const error = await makeClient(server, { retry: { limit: 0 } }).getThing({ thingId: 't' }).catch((e: unknown) => e);
    expect(isApiError(error) && [error.message, error.problem]).toEqual(['502 Bad Gateway: GET /things/{thingId}', undefined]);
  });

  it('exposes Retry-After on RateLimitError', async () => {
    const server = testServer(() => problem(429, 'about:blank', {}, { 'retry-after': '120' }));
    const error = await makeClient(server, { timeout: 1000 }).getThing({ thingId: 't' }).catch((e: unknown) => e);
    expect(isRateLimitError(error) && error.retryAfterMs).toBe(120_000);
  });

  it('guards work across realms (brand, not prototype)', () => {
    const foreign = Object.create(null) as Record<PropertyKey, unknown>;
    foreign[Symbol.for('@zhongyuan/sdk/error-kinds')] = ['SdkError', 'TimeoutError'];
    expect(isSdkError(foreign)).toBe(true);
    expect(isTimeoutError(foreign)).toBe(true);
    expect(isApiError(foreign)).toBe(false);
    expect(foreign instanceof Error).toBe(false);
    expect(isSdkError(new Error('x'))).toBe(false);
    expect(isSdkError({ code: 'ERR_TIMEOUT' })).toBe(false);
    expect(isSdkError(null)).toBe(false);
  });

  it('a connection failure is a ConnectionError carrying the cause, and never a ky type', async () => {
    const cause = new TypeError('fetch failed');
    const client = makeClient({ fetch: () => Promise.reject(cause) }, { retry: { limit: 0 } });
    const error = await client.getThing({ thingId: 't' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'ERR_CONNECTION', name: 'ConnectionError', cause });
    expect(Object.getPrototypeOf(error).constructor.name).toBe('ConnectionError');
  });
});
