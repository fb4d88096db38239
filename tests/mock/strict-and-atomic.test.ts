// Strict mode and atomicity: an exchange whose handlers answer off-spec or fail midway. The mock answers 500,
// reports the operation and pointer, and leaves neither the effect nor an idempotency record behind.
import { describe, expect, it } from 'vitest';
import { collection, createMock, defineExchange, MockContractError, testClient, type Collection } from '@zhongyuan/mock-server';
import { operations } from '../fixtures/exchange/generated/operations.gen.js';
import { problemTypes } from '../fixtures/exchange/generated/problems.gen.js';
import type { Entry } from '../fixtures/exchange/mock.js';
import { LEDGER_BASE_URL, NEW_ENTRY } from './support/ledger.js';
import { newKey } from './support/raw.js';

// The fixture exchange's shape; each exchange below brings its own (faulty) handlers.
const fixture = {
  name: 'fixture',
  basePath: '/ledger-fixture/v1',
  operations,
  problems: problemTypes,
  store: (): { readonly entries: Collection<Entry> } => ({ entries: collection<Entry>() }),
  machines: { entry: { collection: 'entries', idParam: 'entryId', stateField: 'status' } },
} as const;

const broken = defineExchange({
  ...fixture,
  handlers: {
    listEntries: (ctx) => ctx.ok(200, { items: [], nextCursor: null }),
    // Off-spec: a negative amount in the answer, after inserting.
    createEntry: (ctx) => {
      const entryId = ctx.newId('ent_');
      const now = ctx.timestamp();
      const entry = ctx.store.entries.insert(entryId, ctx.client.id, { ...ctx.body, entryId, status: 'pending', createdAt: now, updatedAt: now });
      return ctx.ok(201, { ...entry, amountFen: -5 });
    },
    getEntry: (ctx) => ctx.problem('NOT_FOUND'),
    deleteEntry: (ctx) => ctx.ok(204),
    // Fails midway: the update happened, then the handler throws.
    confirmEntry: (ctx) => {
      ctx.store.entries.update(ctx.params.entryId, (e) => ({ ...e, status: 'confirmed' }));
      throw new Error('downstream failed');
    },
    // Wrong target state: answers 200 but leaves the entry pending.
    cancelEntry: (ctx) => ctx.ok(200, ctx.store.entries.find(ctx.params.entryId, ctx.client.id)!),
  },
});

// Answers on-spec bodies, but its 201 lacks the Location the spec requires.
const locationless = defineExchange({
  ...fixture,
  handlers: {
    listEntries: (ctx) => ctx.ok(200, { items: [], nextCursor: null }),
    createEntry: (ctx) => {
      const entryId = ctx.newId('ent_');
      const now = ctx.timestamp();
      return ctx.ok(201, ctx.store.entries.insert(entryId, ctx.client.id, { ...ctx.body, entryId, status: 'pending', createdAt: now, updatedAt: now }));
    },
    getEntry: (ctx) => ctx.problem('NOT_FOUND'),
    deleteEntry: (ctx) => ctx.problem('NOT_FOUND'),
    confirmEntry: (ctx) => ctx.problem('NOT_FOUND'),
    cancelEntry: (ctx) => ctx.problem('NOT_FOUND'),
  },
});

const SEEDED = 'ent_SEED0000000000000000000000';

function setup() {
  const seen: MockContractError[] = [];
  const mock = createMock({ exchanges: [broken], auth: false, onContractViolation: (e) => seen.push(e) });
  // Owned by Zhengzhou's client, whom unsigned requests act for when auth is off.
  mock.state('fixture').entries.insert(SEEDED, testClient('410100').id, {
    ...NEW_ENTRY,
    entryId: SEEDED,
    status: 'pending',
    createdAt: '2026-11-02T01:00:00.000Z',
    updatedAt: '2026-11-02T01:00:00.000Z',
  });
  return { mock, seen };
}

const post = (path: string, body?: string) => ({
  method: 'POST',
  headers: { 'idempotency-key': newKey(), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
  ...(body !== undefined ? { body } : {}),
});

describe('strict mode', () => {
  it('refuses to send an off-spec answer: 500, a reported error naming operation and pointer, nothing stored', async () => {
    const { mock, seen } = setup();
    const before = JSON.stringify(mock.dump());
    const response = await mock.fetch(`${LEDGER_BASE_URL}/entries`, post('/entries', JSON.stringify(NEW_ENTRY)));
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ code: 'INTERNAL' });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBeInstanceOf(MockContractError);
    expect(seen[0]).toMatchObject({ operationId: 'createEntry', status: 201, pointer: '/amountFen' });
    expect(seen[0]?.message).toContain('createEntry');
    expect(JSON.stringify(mock.dump())).toBe(before);
  });

  it('refuses a 2xx that leaves the record outside the declared target state', async () => {
    const { mock, seen } = setup();
    const before = JSON.stringify(mock.dump());
    const response = await mock.fetch(`${LEDGER_BASE_URL}/entries/${SEEDED}/cancel`, post('', '{"reasonCode":"WITHDRAWN"}'));
    expect(response.status).toBe(500);
    expect(seen[0]).toMatchObject({ operationId: 'cancelEntry', status: 200, pointer: '/status' });
    expect(JSON.stringify(mock.dump())).toBe(before);
  });

  it('refuses an answer without a header its spec requires for the status: 500, the header named, nothing stored', async () => {
    const seen: MockContractError[] = [];
    const mock = createMock({ exchanges: [locationless], auth: false, onContractViolation: (e) => seen.push(e) });
    const before = JSON.stringify(mock.dump());
    const response = await mock.fetch(`${LEDGER_BASE_URL}/entries`, post('/entries', JSON.stringify(NEW_ENTRY)));
    expect(response.status).toBe(500);
    expect(seen).toEqual([expect.objectContaining({ operationId: 'createEntry', status: 201, pointer: '/location' })]);
    expect(JSON.stringify(mock.dump())).toBe(before);
  });

  it('counts X-Request-Id, which the pipeline adds to every answer, as sent', async () => {
    const seen: MockContractError[] = [];
    const mock = createMock({ exchanges: [locationless], auth: false, onContractViolation: (e) => seen.push(e) });
    const response = await mock.fetch(`${LEDGER_BASE_URL}/entries/${SEEDED}`);
    expect(response.status).toBe(404);
    expect(response.headers.get('x-request-id')).not.toBeNull();
    expect(seen).toEqual([]);
  });

  it('can be relaxed with strict: false', async () => {
    const mock = createMock({ exchanges: [broken], auth: false, strict: false, onContractViolation: () => undefined });
    const response = await mock.fetch(`${LEDGER_BASE_URL}/entries`, post('/entries', JSON.stringify(NEW_ENTRY)));
    expect(response.status).toBe(201);
  });
});

describe('atomicity', () => {
  it('rolls back a handler that fails midway and keeps no idempotency record', async () => {
    const { mock, seen } = setup();
    const before = JSON.stringify(mock.dump());
    const init = { method: 'POST', headers: { 'idempotency-key': 'same-key-0000000000' } };
    const response = await mock.fetch(`${LEDGER_BASE_URL}/entries/${SEEDED}/confirm`, init);
    expect(response.status).toBe(500);
    expect(seen[0]).toMatchObject({ operationId: 'confirmEntry' });
    expect(JSON.stringify(mock.dump())).toBe(before);
    expect(mock.state('fixture').entries.get(SEEDED)?.status).toBe('pending');
    // No record was kept: the same key runs again (and fails again) instead of replaying.
    const again = await mock.fetch(`${LEDGER_BASE_URL}/entries/${SEEDED}/confirm`, init);
    expect(again.status).toBe(500);
    expect(seen).toHaveLength(2);
  });
});
