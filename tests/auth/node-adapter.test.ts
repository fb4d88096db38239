import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createKeyRegistry,
  createMemoryReplayStore,
  createSigningAuth,
  deriveTestKeys,
  INVALID_TOKEN_PROBLEM_TYPE,
  type RejectEvent,
  verifyRequest,
  type VerifyRequestPolicy,
} from '@zhongyuan/sdk/auth';
import { BodyTooLargeError, toWebRequest } from '@zhongyuan/sdk/auth/node';

const CLIENT = 'ZY-TEST/GOV/11410000005184441Q/410000/settlement';
const AUDIENCE = 'zhongyuan-exchange-test';

let server: Server;
let base: string;
const events: RejectEvent[] = [];
let policy: VerifyRequestPolicy;

beforeAll(async () => {
  const key = await deriveTestKeys('node-adapter', CLIENT, 'SM2SM3');
  server = createServer(async (req, res) => {
    try {
      const request = await toWebRequest(req, { externalBaseUrl: base, maxBodyBytes: 1024 });
      const result = await verifyRequest(request, policy);
      const response = result.ok
        ? new Response(JSON.stringify({ client: result.clientId, bytes: result.body.length }), { status: 200 })
        : result.response;
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (error) {
      res.writeHead(error instanceof BodyTooLargeError ? 413 : 500).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  policy = {
    audience: AUDIENCE,
    externalBaseUrl: base,
    keys: createKeyRegistry({ clients: { [CLIENT]: { jwks: key.jwks } } }),
    replayStore: createMemoryReplayStore(),
    onReject: (e) => events.push(e),
  };
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

async function signedFetch(path: string, body: Uint8Array | undefined, method = 'POST'): Promise<Response> {
  const key = await deriveTestKeys('node-adapter', CLIENT, 'SM2SM3');
  const auth = createSigningAuth({ signer: key.signer, client: CLIENT, audience: AUDIENCE });
  const url = new URL(path, base);
  const headers = new Headers({ 'content-type': 'application/json' });
  await auth.apply({ method, url, headers, body, operationId: 'op', attempt: 1 });
  return fetch(url, { method, headers, ...(body !== undefined ? { body: new Uint8Array(body) } : {}) });
}

describe('node:http adapter over a real socket', () => {
  it('accepts an SM2-signed POST and returns the client identity and body size', async () => {
    const response = await signedFetch('/v1/settlements?city=410100', new TextEncoder().encode('{"amountFen":1}'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ client: CLIENT, bytes: 15 });
  });

  it('answers the same 401 problem+json for a spoofed Host header', async () => {
    events.length = 0;
    const key = await deriveTestKeys('node-adapter', CLIENT, 'SM2SM3');
    const auth = createSigningAuth({ signer: key.signer, client: CLIENT, audience: AUDIENCE });
    const headers = new Headers();
    await auth.apply({ method: 'GET', url: new URL('http://localhost:9/v1/x'), headers, body: undefined, operationId: 'op', attempt: 1 });
    const { request } = await import('node:http');
    const status = await new Promise<{ status: number; body: string; type: string | undefined }>((resolve, reject) => {
      const req = request(`${base}/v1/x`, { headers: { ...Object.fromEntries(headers), host: 'localhost:9' } }, (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, type: res.headers['content-type'] }));
      });
      req.on('error', reject);
      req.end();
    });
    expect(status.status).toBe(401);
    expect(status.type).toBe('application/problem+json');
    expect(JSON.parse(status.body).type).toBe(INVALID_TOKEN_PROBLEM_TYPE);
    expect(events.map((e) => e.reason)).toEqual(['htu_mismatch']);
  });

  it('caps the body before verifying', async () => {
    const response = await signedFetch('/v1/settlements', new Uint8Array(4096));
    expect(response.status).toBe(413);
  });
});
