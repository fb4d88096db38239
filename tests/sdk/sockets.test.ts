// Real loopback sockets: what only a real network stack can show (a stalled body, a sleep aborted mid-wait).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { isAbortError, isTimeoutError } from '@zhongyuan/sdk';
import { aThing } from './support/contract.js';
import { CITIZEN_ID, makeClient } from './support/make-client.js';

let server: Server | undefined;

async function listen(handler: (req: IncomingMessage, res: ServerResponse, index: number) => void): Promise<{ baseUrl: string; count: () => number }> {
  let index = 0;
  server = createServer((req, res) => handler(req, res, index++));
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { baseUrl: `http://127.0.0.1:${port}/v1`, count: () => index };
}

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

describe('over loopback sockets', () => {
  it('the call deadline covers a body that stalls after the headers', async () => {
    const { baseUrl } = await listen((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"id":"t-1",'); // …and never finishes
    });
    const client = makeClient({ fetch: globalThis.fetch }, { baseUrl, timeout: 300, attemptTimeout: 10_000 });
    const started = performance.now();
    const error = await client.getThing({ thingId: 't' }).catch((e: unknown) => e);
    expect(isTimeoutError(error) && error.scope).toBe('call');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('the attempt deadline covers a stalled body too, and the retry succeeds', async () => {
    const { baseUrl, count } = await listen((_req, res, index) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      if (index === 0) res.write('{"id":');
      else res.end(JSON.stringify(aThing));
    });
    const client = makeClient({ fetch: globalThis.fetch }, { baseUrl, attemptTimeout: 150, timeout: 5000 });
    await expect(client.getThing({ thingId: 't' })).resolves.toEqual(aThing);
    expect(count()).toBe(2);
  });

  it('an abort during a Retry-After sleep ends the call at once', async () => {
    const { baseUrl, count } = await listen((_req, res) => {
      res.writeHead(503, { 'content-type': 'application/problem+json', 'retry-after': '30' });
      res.end(JSON.stringify({ type: 'about:blank', title: 'Unavailable', status: 503 }));
    });
    const client = makeClient({ fetch: globalThis.fetch }, { baseUrl, retry: { maxRetryAfter: 60_000 } });
    const controller = new AbortController();
    const started = performance.now();
    const call = client.getThing({ thingId: 't' }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 200);
    const error = await call.catch((e: unknown) => e);
    expect(isAbortError(error)).toBe(true);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(150);
    expect(elapsed).toBeLessThan(2000);
    expect(count()).toBe(1);
  });

  it('a retried POST sends the same bytes and Idempotency-Key over the wire', async () => {
    const seen: { body: string; key: string | undefined }[] = [];
    const { baseUrl } = await listen((req, res, index) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        seen.push({ body, key: req.headers['idempotency-key'] as string | undefined });
        res.writeHead(index === 0 ? 503 : 201, { 'content-type': 'application/json' });
        res.end(index === 0 ? '{}' : JSON.stringify(aThing));
      });
    });
    const client = makeClient({ fetch: globalThis.fetch }, { baseUrl });
    await expect(client.createThing({ body: { name: 'W', amountFen: 1, holderCitizenId: CITIZEN_ID } })).resolves.toEqual(aThing);
    expect(seen).toHaveLength(2);
    expect(seen[1]).toEqual(seen[0]);
    expect(JSON.parse(seen[0]?.body ?? '')).toEqual({ name: 'W', amountFen: 1, holderCitizenId: CITIZEN_ID });
  });
});
