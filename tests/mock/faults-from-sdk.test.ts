// Every fault kind, observed from the SDK runtime's side, in-process and over real loopback HTTP (signed):
// whatever the fault, retries end in exactly one state change.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isApiError, isConnectionError, isTimeoutError, type AuthStrategy } from '@zhongyuan/sdk';
import { defineScenario, testClientAuth } from '@zhongyuan/mock-server';
import { attempts, entriesWithRef } from './support/count.js';
import { ledgerClient, ledgerMock, NEW_ENTRY } from './support/ledger.js';
import { inProcess, overHttp, type Transport } from './support/transports.js';

const transports = [
  { name: 'in-process', signed: false, open: (m: ReturnType<typeof ledgerMock>) => Promise.resolve(inProcess(m)) },
  { name: 'over HTTP, signed', signed: true, open: (m: ReturnType<typeof ledgerMock>) => overHttp(m) },
] as const;

describe.each(transports)('faults seen by the SDK ($name)', ({ signed, open }) => {
  const mock = ledgerMock(signed ? {} : { auth: false });
  let transport: Transport;
  let auth: AuthStrategy | undefined;
  let n = 0;
  beforeAll(async () => {
    transport = await open(mock);
    if (signed) auth = await testClientAuth('郑州');
  });
  afterAll(() => transport.close());
  afterEach(() => mock.reset());

  const client = (options: { attemptTimeout?: number; timeout?: number } = {}) =>
    ledgerClient({ fetch: transport.fetch, baseUrl: transport.baseUrl, ...(auth !== undefined ? { auth } : {}), ...options });
  const entry = () => ({ ...NEW_ENTRY, businessRef: `F-${++n}` });

  it('fixed latency delays the answer', async () => {
    mock.use(defineScenario({ name: 'slow-get', faults: { getEntry: [{ kind: 'latency', ms: 150 }] } }));
    const t = performance.now();
    await client().getEntry({ entryId: 'ent_SEED0000000000000000000000' });
    expect(performance.now() - t).toBeGreaterThanOrEqual(140);
  });

  it('latency past the attempt timeout ends in a TimeoutError after the retries', async () => {
    mock.use(defineScenario({ name: 'too-slow', faults: { getEntry: [{ kind: 'latency', minMs: 300, maxMs: 400 }] } }));
    const error = await client({ attemptTimeout: 50 }).getEntry({ entryId: 'ent_SEED0000000000000000000000' }).catch((e: unknown) => e);
    expect(isTimeoutError(error)).toBe(true);
  });

  it('fail twice with 503, then succeed: one entry', async () => {
    mock.use(defineScenario({ name: 'flaky', faults: { createEntry: [{ kind: 'error', status: 503, times: 2 }] } }));
    const body = entry();
    const created = await client().createEntry({ body });
    expect(created.businessRef).toBe(body.businessRef);
    expect(attempts(mock, 'createEntry')).toBe(3);
    expect(entriesWithRef(mock, body.businessRef)).toBe(1);
  });

  it('a 500 is not retried by the SDK and changes nothing', async () => {
    mock.use(defineScenario({ name: 'broken', faults: { createEntry: [{ kind: 'error', status: 500 }] } }));
    const body = entry();
    const error = await client().createEntry({ body }).catch((e: unknown) => e);
    expect(isApiError(error) && error.status).toBe(500);
    expect(attempts(mock, 'createEntry')).toBe(1);
    expect(entriesWithRef(mock, body.businessRef)).toBe(0);
  });

  it('429 with Retry-After in seconds is honoured', async () => {
    mock.use(defineScenario({ name: 'throttled', faults: { createEntry: [{ kind: 'error', status: 429, times: 1, retryAfter: 1 }] } }));
    const body = entry();
    const t = performance.now();
    await client().createEntry({ body });
    expect(performance.now() - t).toBeGreaterThanOrEqual(950);
    expect(entriesWithRef(mock, body.businessRef)).toBe(1);
  });

  it('commit-then-fail (503): the retry is replayed, one entry', async () => {
    mock.use(defineScenario({ name: 'ctf', faults: { createEntry: [{ kind: 'commit-then-fail', status: 503, times: 1 }] } }));
    const body = entry();
    const created = await client().createEntry({ body }).withResponse();
    expect(created.response.headers.get('idempotent-replayed')).toBe('true');
    expect(attempts(mock, 'createEntry')).toBe(2);
    expect(entriesWithRef(mock, body.businessRef)).toBe(1);
  });

  it('commit-then-fail (500): a manual retry with the same key is replayed, one entry', async () => {
    mock.use(defineScenario({ name: 'ctf500', faults: { createEntry: [{ kind: 'commit-then-fail', times: 1 }] } }));
    const body = entry();
    const key = `manual-${crypto.randomUUID()}`;
    const error = await client().createEntry({ body }, { idempotencyKey: key }).catch((e: unknown) => e);
    expect(isApiError(error) && error.status).toBe(500);
    expect(entriesWithRef(mock, body.businessRef)).toBe(1);
    const again = await client().createEntry({ body }, { idempotencyKey: key });
    expect(again.businessRef).toBe(body.businessRef);
    expect(entriesWithRef(mock, body.businessRef)).toBe(1);
  });

  it('commit-then-stall past the attempt timeout: the retry is replayed, one entry', async () => {
    mock.use(defineScenario({ name: 'stall', faults: { createEntry: [{ kind: 'commit-then-stall', ms: 5_000, times: 1 }] } }));
    const body = entry();
    const t = performance.now();
    const created = await client({ attemptTimeout: 300 }).createEntry({ body }).withResponse();
    expect(performance.now() - t).toBeLessThan(3_000);
    expect(created.response.headers.get('idempotent-replayed')).toBe('true');
    expect(entriesWithRef(mock, body.businessRef)).toBe(1);
    // The stall ended when the client gave up on the attempt, not after 5 s.
    await new Promise((r) => setTimeout(r, 50));
    const stalled = mock.requests().find((r) => r.outcome === 'fault:commit-then-stall');
    expect(stalled?.durationMs).toBeLessThan(2_000);
  });

  it('connection reset before any effect: retried, one entry', async () => {
    mock.use(defineScenario({ name: 'reset', faults: { createEntry: [{ kind: 'reset', times: 1 }] } }));
    const body = entry();
    const created = await client().createEntry({ body }).withResponse();
    expect(created.response.headers.get('idempotent-replayed')).toBeNull();
    expect(attempts(mock, 'createEntry')).toBe(2);
    expect(entriesWithRef(mock, body.businessRef)).toBe(1);
  });

  it('connection reset after the effect: the retry is replayed, one entry', async () => {
    mock.use(defineScenario({ name: 'reset-after', faults: { createEntry: [{ kind: 'reset', afterCommit: true, times: 1 }] } }));
    const body = entry();
    const created = await client().createEntry({ body }).withResponse();
    expect(created.response.headers.get('idempotent-replayed')).toBe('true');
    expect(entriesWithRef(mock, body.businessRef)).toBe(1);
  });

  it('a reset on every attempt ends in a ConnectionError and no entry', async () => {
    mock.use(defineScenario({ name: 'down-hard', faults: { createEntry: [{ kind: 'reset' }] } }));
    const body = entry();
    const error = await client().createEntry({ body }).catch((e: unknown) => e);
    expect(isConnectionError(error)).toBe(true);
    expect(attempts(mock, 'createEntry')).toBe(3);
    expect(entriesWithRef(mock, body.businessRef)).toBe(0);
  });

  it('truncated body: the retry is replayed, one entry', async () => {
    mock.use(defineScenario({ name: 'truncate', faults: { createEntry: [{ kind: 'truncate', times: 1 }] } }));
    const body = entry();
    const created = await client().createEntry({ body }).withResponse();
    expect(created.response.headers.get('idempotent-replayed')).toBe('true');
    expect(created.data.businessRef).toBe(body.businessRef);
    expect(entriesWithRef(mock, body.businessRef)).toBe(1);
  });

  it('a confirm behind commit-then-fail still confirms once', async () => {
    mock.use(defineScenario({ name: 'ctf-confirm', faults: { confirmEntry: [{ kind: 'commit-then-fail', status: 502, times: 1 }] } }));
    const confirmed = await client().confirmEntry({ entryId: 'ent_SEED0000000000000000000000' });
    expect(confirmed.status).toBe('confirmed');
    expect(attempts(mock, 'confirmEntry')).toBe(2);
  });
});

describe('Retry-After as an HTTP date', () => {
  it('503 with Retry-After as an HTTP date is honoured', async () => {
  const running = ledgerMock({ auth: false, clock: { frozen: false } });
  running.use(
    defineScenario({ name: 'down', faults: { createEntry: [{ kind: 'error', status: 503, times: 2, retryAfter: 2, retryAfterFormat: 'http-date' }] } }),
  );
  const raw = await running.fetch(`${inProcess(running).baseUrl}/entries`, { method: 'POST', body: '{}' });
  expect(raw.headers.get('retry-after')).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
  const body = { ...NEW_ENTRY, businessRef: 'HTTP-DATE-1' };
  const t = performance.now();
  await ledgerClient({ fetch: running.fetch }).createEntry({ body });
  expect(performance.now() - t).toBeGreaterThanOrEqual(900);
  expect(entriesWithRef(running, body.businessRef)).toBe(1);
});
});
