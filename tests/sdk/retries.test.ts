import { describe, expect, it } from 'vitest';
import { type AuthStrategy, type OutgoingRequest } from '@zhongyuan/sdk';
import { aThing } from './support/contract.js';
import { json, problem, testServer } from './support/test-fetch.js';
import { CITIZEN_ID, makeClient } from './support/make-client.js';

const IN_PROGRESS = 'https://zhongyuan-exchange.org/problems/request-in-progress';
const CLOSED = 'https://zhongyuan-exchange.org/problems/thing-already-closed';
const newThing = { body: { name: 'Widget', amountFen: 1250, holderCitizenId: CITIZEN_ID } };

function failThen(failures: (() => Response)[], success: () => Response) {
  return testServer((_request, _received, index) => (failures[index] ?? success)());
}

describe('retries', () => {
  it.each([408, 429, 502, 503, 504])('retries a GET answered %i', async (status) => {
    const server = failThen([() => json(status, {})], () => json(200, aThing));
    await expect(makeClient(server).getThing({ thingId: 't' })).resolves.toEqual(aThing);
    expect(server.received).toHaveLength(2);
  });

  it.each([400, 404, 409, 422, 500, 501])('does not retry a GET answered %i', async (status) => {
    const server = failThen([() => json(status, {})], () => json(200, aThing));
    await expect(makeClient(server).getThing({ thingId: 't' })).rejects.toMatchObject({ status });
    expect(server.received).toHaveLength(1);
  });

  it('retries a 409 only when the problem type says the request is in progress', async () => {
    const inProgress = failThen([() => problem(409, IN_PROGRESS)], () => json(201, aThing));
    await expect(makeClient(inProgress).createThing(newThing)).resolves.toEqual(aThing);
    expect(inProgress.received).toHaveLength(2);

    const closed = failThen([() => problem(409, CLOSED)], () => json(201, aThing));
    await expect(makeClient(closed).createThing(newThing)).rejects.toMatchObject({ code: 'THING_ALREADY_CLOSED' });
    expect(closed.received).toHaveLength(1);
  });

  it('retries network failures, up to the limit', async () => {
    let calls = 0;
    const client = makeClient({
      fetch: () => {
        calls += 1;
        return Promise.reject(new TypeError('fetch failed'));
      },
    }, { retry: { limit: 3, baseDelay: 1, jitter: 0 } });
    await expect(client.getThing({ thingId: 't' })).rejects.toMatchObject({ code: 'ERR_CONNECTION' });
    expect(calls).toBe(4);
  });

  it('never retries an unsafe method without idempotency: required', async () => {
    const server = failThen([() => json(503, {})], () => new Response(null, { status: 204 }));
    await expect(makeClient(server).deleteThing({ thingId: 't' })).rejects.toMatchObject({ status: 503 });
    expect(server.received).toHaveLength(1);
  });

  it('re-signs every attempt but keeps the Idempotency-Key and the exact body bytes', async () => {
    const seen: OutgoingRequest[] = [];
    let counter = 0;
    const auth: AuthStrategy = {
      apply(request) {
        seen.push(request);
        counter += 1;
        request.headers.set('authorization', `Bearer token-${counter}-${crypto.randomUUID()}`);
        return Promise.resolve();
      },
    };
    const server = failThen([() => json(503, {}), () => json(502, {})], () => json(201, aThing));
    const { response } = await makeClient(server, { auth }).createThing(newThing).withResponse();
    expect(response.attempts).toBe(3);
    const tokens = server.received.map((r) => r.headers.get('authorization'));
    expect(new Set(tokens).size).toBe(3);
    const keys = server.received.map((r) => r.headers.get('idempotency-key'));
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(response.idempotencyKey).toBe(keys[0]);
    expect(seen.map((r) => r.attempt)).toEqual([1, 2, 3]);
    // Serialised once: the same bytes object is signed on every attempt, and the same bytes arrive.
    expect(seen[1]?.body).toBe(seen[0]?.body);
    expect(seen[2]?.body).toBe(seen[0]?.body);
    expect(server.received.map((r) => r.text)).toEqual(Array(3).fill(server.received[0]?.text));
    expect(seen[0]?.url.href).toBe('https://exchange.test/v1/things');
  });

  it('uses a caller-supplied Idempotency-Key and surfaces Idempotent-Replayed', async () => {
    const server = testServer(() => json(201, aThing, { 'idempotent-replayed': 'true' }));
    const { response } = await makeClient(server)
      .createThing(newThing, { idempotencyKey: 'stored-key-1' })
      .withResponse();
    expect(server.received[0]?.headers.get('idempotency-key')).toBe('stored-key-1');
    expect(response.idempotentReplayed).toBe(true);
  });

  it('generates a new key per logical call, and none for operations that do not need one', async () => {
    const server = testServer((request) => (request.method === 'GET' ? json(200, aThing) : json(201, aThing)));
    const client = makeClient(server);
    await client.createThing(newThing);
    await client.createThing(newThing);
    await client.getThing({ thingId: 't' });
    const keys = server.received.map((r) => r.headers.get('idempotency-key'));
    expect(keys[0]).not.toBe(keys[1]);
    expect(keys[2]).toBeNull();
    const { response } = await client.getThing({ thingId: 't' }).withResponse();
    expect(response.idempotentReplayed).toBe(false);
  });
});

describe('Retry-After', () => {
  it('honours delta-seconds, capped by maxRetryAfter', async () => {
    const server = failThen([() => json(503, {}, { 'retry-after': '5' })], () => json(200, aThing));
    const started = performance.now();
    await makeClient(server, { retry: { maxRetryAfter: 60, baseDelay: 1, jitter: 0 } }).getThing({ thingId: 't' });
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(55);
    expect(elapsed).toBeLessThan(1000);
  });

  it('honours an HTTP date', async () => {
    const when = new Date(Date.now() + 1500).toUTCString();
    const server = failThen([() => json(429, {}, { 'retry-after': when })], () => json(200, aThing));
    const started = performance.now();
    await makeClient(server, { retry: { baseDelay: 1, jitter: 0 } }).getThing({ thingId: 't' });
    // HTTP dates have one-second resolution: the wait is between 0.5 s and 1.5 s.
    expect(performance.now() - started).toBeGreaterThanOrEqual(400);
  });

  it('gives up at once when the wait would outlive the call deadline', async () => {
    const server = failThen([() => json(429, {}, { 'retry-after': '20' })], () => json(200, aThing));
    const started = performance.now();
    const error = await makeClient(server, { timeout: 2000 })
      .getThing({ thingId: 't' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'ERR_HTTP_429', status: 429 });
    // Far below the 20 s the Retry-After asks for (the bound leaves room for a loaded machine).
    expect(performance.now() - started).toBeLessThan(1500);
    expect(server.received).toHaveLength(1);
  });

  it('is abortable', async () => {
    const server = failThen([() => json(503, {}, { 'retry-after': '10' })], () => json(200, aThing));
    const controller = new AbortController();
    const started = performance.now();
    const call = makeClient(server, { retry: { maxRetryAfter: 10_000 } }).getThing({ thingId: 't' }, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('user navigated away')), 30);
    await expect(call).rejects.toMatchObject({ code: 'ERR_ABORTED' });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(server.received).toHaveLength(1);
  });
});
