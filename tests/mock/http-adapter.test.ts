// The node:http adapter at its own boundary: control routes, per-request scenarios, the redacted request log,
// limits (body size, header timeout), and connection resets as real TCP resets.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineScenario } from '@zhongyuan/mock-server';
import { createMockServer, type MockServer } from '@zhongyuan/mock-server/node';
import { LEDGER_BASE_PATH, ledgerMock, NEW_ENTRY } from './support/ledger.js';
import { newKey } from './support/raw.js';

const flaky = defineScenario({ name: 'flaky-get', faults: { getEntry: [{ kind: 'error', status: 503, retryAfter: 3 }] } });
const resetting = defineScenario({ name: 'resetting', faults: { getEntry: [{ kind: 'reset' }] } });
const mock = ledgerMock({ auth: false, scenarios: [flaky, resetting] });
let server: MockServer;
const url = (path: string): string => `${server.url}${path}`;
const SEED = `${LEDGER_BASE_PATH}/entries/ent_SEED0000000000000000000000`;

beforeAll(async () => {
  server = await createMockServer(mock, { port: 0, maxBodyBytes: 4096, headersTimeoutMs: 300, requestTimeoutMs: 600, timeoutCheckIntervalMs: 100 });
});
afterAll(() => server.close(100));

describe('control routes', () => {
  it('answers /healthz with the spec version of each exchange it serves', async () => {
    const r = await fetch(url('/healthz'));
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ status: 'ok', specVersions: { fixture: '1.0.0' } });
  });

  it('lists the exchanges and spec versions it serves on /__mock/versions', async () => {
    const r = await fetch(url('/__mock/versions'));
    expect(await r.json()).toEqual({ exchanges: [{ name: 'fixture', basePath: LEDGER_BASE_PATH, specVersion: '1.0.0' }] });
  });

  it('switches scenarios by name, reports them and clears them', async () => {
    const put = (name: string | null) =>
      fetch(url('/__mock/scenario'), { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name }) });
    expect((await put('flaky-get')).status).toBe(200);
    expect(await (await fetch(url('/__mock/scenario'))).json()).toEqual({ active: ['flaky-get'] });
    const failing = await fetch(url(SEED));
    expect(failing.status).toBe(503);
    expect(failing.headers.get('retry-after')).toBe('3');
    expect((await put('nonexistent')).status).toBe(404);
    await put(null);
    expect((await fetch(url(SEED))).status).toBe(200);
  });

  it('applies a scenario named by x-mock-scenario to that request only', async () => {
    expect((await fetch(url(SEED), { headers: { 'x-mock-scenario': 'flaky-get' } })).status).toBe(503);
    expect((await fetch(url(SEED))).status).toBe(200);
  });

  it('dumps state, and reset restores the seeded state', async () => {
    const initial = await (await fetch(url('/__mock/state'))).json();
    const created = await fetch(url(`${LEDGER_BASE_PATH}/entries`), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': newKey() },
      body: JSON.stringify(NEW_ENTRY),
    });
    expect(created.status).toBe(201);
    expect(await (await fetch(url('/__mock/state'))).json()).not.toEqual(initial);
    expect((await fetch(url('/__mock/reset'), { method: 'POST' })).status).toBe(204);
    expect(await (await fetch(url('/__mock/state'))).json()).toEqual(initial);
  });

  it('keeps a request log without bodies, query values, tokens or personal data', async () => {
    await fetch(url(`${LEDGER_BASE_PATH}/entries?q=${NEW_ENTRY.person.citizenId}`), { headers: { authorization: 'ZY-JWS secret.token.value' } });
    await fetch(url(`${LEDGER_BASE_PATH}/entries`), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': newKey() },
      body: JSON.stringify({ ...NEW_ENTRY, businessRef: 'LOG-1' }),
    });
    const text = await (await fetch(url('/__mock/requests'))).text();
    expect(text).toContain('"path":"/ledger-fixture/v1/entries?q=…"');
    for (const secret of [NEW_ENTRY.person.citizenId, NEW_ENTRY.person.name, 'secret.token.value', 'LOG-1']) expect(text).not.toContain(secret);
  });
});

describe('limits and transport faults', () => {
  it('refuses a body over the adapter limit with 413 before reading it all', async () => {
    const r = await fetch(url(`${LEDGER_BASE_PATH}/entries`), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': newKey() },
      body: JSON.stringify({ ...NEW_ENTRY, businessRef: 'x'.repeat(10_000) }),
    });
    expect(r.status).toBe(413);
    expect(await r.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });

  it('closes a connection whose headers never finish (header timeout)', async () => {
    const { port } = new URL(server.url);
    const socket = connect(Number(port), '127.0.0.1');
    socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\n'); // and never the blank line
    const started = Date.now();
    const answer = await new Promise<string>((resolve) => {
      let data = '';
      socket.on('data', (d) => (data += String(d)));
      socket.on('close', () => resolve(data));
    });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(answer).toMatch(/^HTTP\/1\.1 408|^$/);
  });

  it('gives up on a body that never arrives (request timeout)', async () => {
    const { port } = new URL(server.url);
    const socket = connect(Number(port), '127.0.0.1');
    socket.write(`POST ${LEDGER_BASE_PATH}/entries HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{`);
    const started = Date.now();
    const answer = await new Promise<string>((resolve) => {
      let data = '';
      socket.on('data', (d) => (data += String(d)));
      socket.on('close', () => resolve(data));
    });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(answer).toMatch(/^HTTP\/1\.1 408|^$/);
  });

  it('turns a reset fault into a dropped connection', async () => {
    const error = await fetch(url(SEED), { headers: { 'x-mock-scenario': 'resetting' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
  });

  it('answers unknown paths with a 404 problem', async () => {
    const r = await fetch(url('/nowhere'));
    expect(r.status).toBe(404);
    expect(r.headers.get('content-type')).toBe('application/problem+json');
  });
});
