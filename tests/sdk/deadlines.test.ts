import { describe, expect, it } from 'vitest';
import { isAbortError, isSigningError, isTimeoutError, type AuthStrategy } from '@zhongyuan/sdk';
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
    // Without a total deadline, 100 retries 30 ms apart would take over 3 s.
    expect(performance.now() - started).toBeLessThan(1500);
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

  describe('a signer that hangs or fails', () => {
    // A signer backed by a remote key store or a hardware module can stall: the first attempt's signer here never
    // answers, later ones sign at once.
    function stallingSigner(stalls: number): AuthStrategy & { calls: number } {
      const auth = {
        calls: 0,
        apply(request: Parameters<AuthStrategy['apply']>[0]): Promise<void> {
          auth.calls += 1;
          if (auth.calls <= stalls) return never<void>();
          request.headers.set('authorization', `Test token-${auth.calls}`);
          return Promise.resolve();
        },
      };
      return auth;
    }

    it('bounds a hanging signer by the attempt deadline, then retries with a fresh signature', async () => {
      const server = testServer(() => json(200, aThing));
      const auth = stallingSigner(1);
      const { data, response } = await makeClient(server, { auth, attemptTimeout: 40, timeout: 2000 })
        .getThing({ thingId: 't' })
        .withResponse();
      expect(data).toEqual(aThing);
      expect(response.attempts).toBe(2);
      expect(auth.calls).toBe(2);
      // Nothing left for the stalled attempt: only the signed second attempt reached the server.
      expect(server.received.map((r) => r.headers.get('authorization'))).toEqual(['Test token-2']);
    });

    it('ends in a call TimeoutError when the signer never answers, without sending anything', async () => {
      const server = testServer(() => json(200, aThing));
      const started = performance.now();
      const error = await makeClient(server, { auth: stallingSigner(Infinity), timeout: 120, retry: { limit: 0 } })
        .getThing({ thingId: 't' })
        .catch((e: unknown) => e);
      expect(isTimeoutError(error) && error.scope).toBe('call');
      expect(performance.now() - started).toBeLessThan(1000);
      expect(server.received).toHaveLength(0);
    });

    it("ends in an AbortError when the caller's signal fires while the signer hangs", async () => {
      const server = testServer(() => json(200, aThing));
      const controller = new AbortController();
      const call = makeClient(server, { auth: stallingSigner(Infinity) }).getThing({ thingId: 't' }, { signal: controller.signal });
      setTimeout(() => controller.abort('user left'), 20);
      const error = await call.catch((e: unknown) => e);
      expect(isAbortError(error) && error.cause).toBe('user left');
      expect(server.received).toHaveLength(0);
    });

    it('turns a signer failure into a SigningError that keeps the cause and sends nothing', async () => {
      const server = testServer(() => json(200, aThing));
      const failure = new Error('key store refused: key zy-test-1 disabled');
      const auth: AuthStrategy = { apply: () => Promise.reject(failure) };
      const error = await makeClient(server, { auth }).getThing({ thingId: 't' }).catch((e: unknown) => e);
      expect(isSigningError(error)).toBe(true);
      expect(error).toMatchObject({ code: 'ERR_SIGNING', operationId: 'getThing', cause: failure });
      expect((error as Error).message).toBe('Could not sign the request: GET /things/{thingId}');
      expect(server.received).toHaveLength(0);
    });

    it('turns a signer that throws synchronously into a SigningError too', async () => {
      const server = testServer(() => json(200, aThing));
      const auth: AuthStrategy = {
        apply: () => {
          throw new TypeError('no key configured');
        },
      };
      await expect(makeClient(server, { auth }).getThing({ thingId: 't' })).rejects.toMatchObject({ code: 'ERR_SIGNING' });
      expect(server.received).toHaveLength(0);
    });
  });
});
