import { describe, expect, it } from 'vitest';
import { isAbortError, isTimeoutError } from '@zhongyuan/sdk';
import { aThing } from './support/contract.js';
import { json, never, testServer } from './support/test-fetch.js';
import { makeClient } from './support/make-client.js';

function stalledBody(): Response {
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"id":'));
    },
  });
  return new Response(stream, { status: 200, headers: { 'content-type': 'application/json' } });
}

describe('deadlines', () => {
  it('times out a call whose server sends headers and then stalls the body', async () => {
    const server = testServer(() => stalledBody());
    const started = performance.now();
    const error = await makeClient(server, { timeout: 150, retry: { limit: 0 } })
      .getThing({ thingId: 't' })
      .catch((e: unknown) => e);
    expect(isTimeoutError(error) && error.scope).toBe('call');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('retries an attempt that exceeded attemptTimeout, within the total deadline', async () => {
    const server = testServer((_r, _s, index) => (index === 0 ? never<Response>() : json(200, aThing)));
    const client = makeClient(server, { attemptTimeout: 50, timeout: 2000 });
    const { data, response } = await client.getThing({ thingId: 't' }).withResponse();
    expect(data).toEqual(aThing);
    expect(response.attempts).toBe(2);
  });

  it('reports the attempt deadline when the last attempt expires', async () => {
    const server = testServer(() => stalledBody());
    const error = await makeClient(server, { attemptTimeout: 40, retry: { limit: 1, baseDelay: 1 } })
      .getThing({ thingId: 't' })
      .catch((e: unknown) => e);
    expect(isTimeoutError(error) && [error.scope, error.timeoutMs]).toEqual(['attempt', 40]);
    expect(server.received).toHaveLength(2);
  });

  it('the total deadline covers all attempts and sleeps', async () => {
    const server = testServer(() => json(503, {}));
    const started = performance.now();
    const error = await makeClient(server, { timeout: 120, retry: { limit: 100, baseDelay: 30, maxDelay: 30 } })
      .getThing({ thingId: 't' })
      .catch((e: unknown) => e);
    // Either the last answer (when the next sleep would pass the deadline) or the call deadline itself.
    expect(isTimeoutError(error) ? error.scope : (error as { status?: number }).status).toSatisfy(
      (v: unknown) => v === 503 || v === 'call',
    );
    expect(performance.now() - started).toBeLessThan(600);
  });

  it('aborts an in-flight attempt and a back-off sleep', async () => {
    const inflight = testServer(() => never<Response>());
    const controller = new AbortController();
    const call = makeClient(inflight).getThing({ thingId: 't' }, { signal: controller.signal });
    setTimeout(() => controller.abort('stop'), 20);
    const error = await call.catch((e: unknown) => e);
    expect(isAbortError(error) && error.cause).toBe('stop');

    const sleeping = testServer(() => json(503, {}));
    const second = new AbortController();
    const started = performance.now();
    const pending = makeClient(sleeping, { retry: { baseDelay: 5000, maxDelay: 5000, jitter: 0 } }).getThing(
      { thingId: 't' },
      { signal: second.signal },
    );
    setTimeout(() => second.abort(), 30);
    await expect(pending).rejects.toMatchObject({ code: 'ERR_ABORTED' });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('fails fast on an already aborted signal without sending', async () => {
    const server = testServer(() => json(200, aThing));
    await expect(makeClient(server).getThing({ thingId: 't' }, { signal: AbortSignal.abort() })).rejects.toMatchObject({
      code: 'ERR_ABORTED',
    });
    expect(server.received).toHaveLength(0);
  });
});
