// The numbered behaviours of the mock core, proven with the fixture exchange in-process and over real loopback
// HTTP (signed): typed store and transitions, idempotency per SECURITY.md, ownership, the virtual clock.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isApiError, type AuthStrategy } from '@zhongyuan/sdk';
import { defineScenario, testClientAuth } from '@zhongyuan/mock-server';
import { entriesWithRef } from './support/count.js';
import { ledgerClient, ledgerMock, NEW_ENTRY, START } from './support/ledger.js';
import { newKey, sendRaw } from './support/raw.js';
import { inProcess, overHttp, type Transport } from './support/transports.js';

const SEED_ZZ = 'ent_SEED0000000000000000000000'; // Zhengzhou's seeded entry
const SEED_KF = 'ent_SEED0000000000000000000001'; // Kaifeng's
const JSON_HEADERS = { 'content-type': 'application/json' };

const transports = [
  { name: 'in-process', signed: false, open: (m: ReturnType<typeof ledgerMock>) => Promise.resolve(inProcess(m)) },
  { name: 'over HTTP, signed', signed: true, open: (m: ReturnType<typeof ledgerMock>) => overHttp(m) },
] as const;

describe.each(transports)('the fixture exchange ($name)', ({ signed, open }) => {
  const mock = ledgerMock(signed ? {} : { auth: false });
  let transport: Transport;
  let zz: AuthStrategy | undefined;
  let kf: AuthStrategy | undefined;
  beforeAll(async () => {
    transport = await open(mock);
    if (signed) [zz, kf] = await Promise.all([testClientAuth('郑州'), testClientAuth('开封')]);
  });
  afterAll(() => transport.close());
  afterEach(() => mock.reset());

  const zhengzhou = () => ledgerClient({ fetch: transport.fetch, baseUrl: transport.baseUrl, ...(zz ? { auth: zz } : {}) });
  const kaifeng = () =>
    ledgerClient({
      fetch: transport.fetch,
      baseUrl: transport.baseUrl,
      ...(kf ? { auth: kf } : { headers: { 'x-client-id': '410200' } }),
    });
  const raw = (method: string, path: string, headers: Record<string, string>, body?: string) =>
    sendRaw(transport.fetch, transport.baseUrl, { method, path, headers, ...(body !== undefined ? { body } : {}) }, zz);

  describe('store and state machine', () => {
    it('walks create → confirm → cancel with typed state inspection', async () => {
      const created = await zhengzhou().createEntry({ body: NEW_ENTRY });
      expect(created).toMatchObject({ status: 'pending', createdAt: START.toISOString() });
      expect(created.entryId).toMatch(/^ent_[0-9A-HJKMNP-TV-Z]{26}$/);
      const confirmed = await zhengzhou().confirmEntry({ entryId: created.entryId });
      expect(confirmed.status).toBe('confirmed');
      const cancelled = await zhengzhou().cancelEntry({ entryId: created.entryId, body: { reasonCode: 'DUPLICATE' } });
      expect(cancelled).toMatchObject({ status: 'cancelled', cancelReasonCode: 'DUPLICATE' });
      const stored = mock.state('fixture').entries.get(created.entryId);
      expect(stored?.status).toBe('cancelled');
    });

    it('answers an illegal transition with 409 naming the current state and the allowed actions', async () => {
      await zhengzhou().confirmEntry({ entryId: SEED_ZZ });
      const error = await zhengzhou().confirmEntry({ entryId: SEED_ZZ }).catch((e: unknown) => e);
      expect(isApiError(error) && error.status).toBe(409);
      expect(isApiError(error) && error.problem).toMatchObject({
        code: 'ILLEGAL_TRANSITION',
        currentState: 'confirmed',
        allowedActions: ['cancel'],
      });
      const del = await zhengzhou().deleteEntry({ entryId: SEED_ZZ }).catch((e: unknown) => e);
      expect(isApiError(del) && del.problem).toMatchObject({ code: 'ILLEGAL_TRANSITION', currentState: 'confirmed' });
    });

    it('uses the exchange-specific problem for a cancelled entry', async () => {
      await zhengzhou().cancelEntry({ entryId: SEED_ZZ, body: { reasonCode: 'WITHDRAWN' } });
      const error = await zhengzhou().confirmEntry({ entryId: SEED_ZZ }).catch((e: unknown) => e);
      expect(isApiError(error) && error.problem).toMatchObject({ code: 'ENTRY_ALREADY_CANCELLED', currentState: 'cancelled', allowedActions: [] });
    });

    it('deletes a pending entry, after which it answers 404', async () => {
      await zhengzhou().deleteEntry({ entryId: SEED_ZZ });
      const error = await zhengzhou().getEntry({ entryId: SEED_ZZ }).catch((e: unknown) => e);
      expect(isApiError(error) && error.status).toBe(404);
      expect(mock.state('fixture').entries.get(SEED_ZZ)).toBeUndefined();
    });

    it('lists only the caller’s entries, paginated', async () => {
      for (let i = 0; i < 3; i++) await zhengzhou().createEntry({ body: { ...NEW_ENTRY, businessRef: `L-${i}` } });
      const first = await zhengzhou().listEntries({ limit: 2 });
      expect(first.items).toHaveLength(2);
      const all = [];
      for await (const e of zhengzhou().listEntries({ limit: 2 })) all.push(e);
      expect(all).toHaveLength(4); // three new + the seeded one
      expect(new Set(all.map((e) => e.regionCode))).toEqual(new Set(['410100']));
    });

    it('refuses a second entry with the same business reference under another key', async () => {
      const first = await zhengzhou().createEntry({ body: NEW_ENTRY });
      const error = await zhengzhou().createEntry({ body: NEW_ENTRY }).catch((e: unknown) => e);
      expect(isApiError(error) && error.problem).toMatchObject({ code: 'DUPLICATE_ENTRY', existingEntryId: first.entryId });
      expect(entriesWithRef(mock, NEW_ENTRY.businessRef)).toBe(1);
    });
  });

  describe('ownership', () => {
    it('answers 404 for another city’s record, to read or to change, and changes nothing', async () => {
      const before = JSON.stringify(mock.dump());
      for (const call of [
        () => zhengzhou().getEntry({ entryId: SEED_KF }),
        () => zhengzhou().confirmEntry({ entryId: SEED_KF }),
        () => zhengzhou().deleteEntry({ entryId: SEED_KF }),
        () => zhengzhou().cancelEntry({ entryId: SEED_KF, body: { reasonCode: 'WITHDRAWN' } }),
      ]) {
        const error = await call().catch((e: unknown) => e);
        expect(isApiError(error) && error.problem).toMatchObject({ status: 404, code: 'NOT_FOUND' });
      }
      expect(JSON.stringify(mock.dump())).toBe(before);
      await expect(kaifeng().getEntry({ entryId: SEED_KF })).resolves.toMatchObject({ regionCode: '410200' });
    });
  });

  describe('idempotency', () => {
    const create = (key: string | undefined, body: string) =>
      raw('POST', '/entries', { ...JSON_HEADERS, ...(key !== undefined ? { 'idempotency-key': key } : {}) }, body);
    const payload = (ref: string) => JSON.stringify({ ...NEW_ENTRY, businessRef: ref });

    it('replays the stored answer for the same key and body, marked Idempotent-Replayed', async () => {
      const key = newKey();
      const first = await create(key, payload('I-1'));
      const second = await create(key, payload('I-1'));
      expect(first.status).toBe(201);
      expect(second.status).toBe(201);
      expect(first.headers.get('idempotent-replayed')).toBeNull();
      expect(second.headers.get('idempotent-replayed')).toBe('true');
      expect(await second.json()).toEqual(await first.json());
      expect(entriesWithRef(mock, 'I-1')).toBe(1);
    });

    it('refuses the same key with a different body (422) and a missing key (400)', async () => {
      const key = newKey();
      await create(key, payload('I-2'));
      const other = await create(key, payload('I-3'));
      expect(other.status).toBe(422);
      expect(await other.json()).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
      const missing = await create(undefined, payload('I-4'));
      expect(missing.status).toBe(400);
      expect(entriesWithRef(mock, 'I-3') + entriesWithRef(mock, 'I-4')).toBe(0);
    });

    it('answers an in-flight duplicate with 409 and Retry-After', async () => {
      mock.use(defineScenario({ name: 'slow-create', faults: { createEntry: [{ kind: 'latency', ms: 300 }] } }));
      const key = newKey();
      const first = create(key, payload('I-5'));
      await new Promise((r) => setTimeout(r, 100));
      const duplicate = await create(key, payload('I-5'));
      expect(duplicate.status).toBe(409);
      expect(duplicate.headers.get('retry-after')).toBe('1');
      expect(await duplicate.json()).toMatchObject({ code: 'REQUEST_IN_PROGRESS' });
      expect((await first).status).toBe(201);
      expect(entriesWithRef(mock, 'I-5')).toBe(1);
    });

    it('scopes keys to the calling client', async () => {
      const key = newKey();
      const zzAnswer = await create(key, payload('I-6'));
      const kfAnswer = await sendRaw(
        transport.fetch,
        transport.baseUrl,
        { method: 'POST', path: '/entries', headers: { ...JSON_HEADERS, 'idempotency-key': key, 'x-client-id': '410200' }, body: payload('I-6') },
        kf,
      );
      expect(zzAnswer.status).toBe(201);
      expect(kfAnswer.status).toBe(201);
      expect(kfAnswer.headers.get('idempotent-replayed')).toBeNull();
      expect(entriesWithRef(mock, 'I-6')).toBe(2);
    });

    it('keeps records for 24 hours of virtual time', async () => {
      const key = newKey();
      await create(key, payload('I-7'));
      mock.clock.advance(24 * 3600_000 + 1);
      const later = await create(key, payload('I-7'));
      // The record expired, so the request runs again and meets the business-reference check instead.
      expect(later.status).toBe(409);
      expect(await later.json()).toMatchObject({ code: 'DUPLICATE_ENTRY' });
    });
  });

  describe('virtual clock', () => {
    it('stamps records with the virtual time, advanced in code and over the control route', async () => {
      mock.clock.advance(60_000);
      const a = await zhengzhou().createEntry({ body: { ...NEW_ENTRY, businessRef: 'T-1' } });
      expect(a.createdAt).toBe(new Date(START.getTime() + 60_000).toISOString());
      const advanced = await transport.fetch(`${transport.origin}/__mock/clock/advance`, {
        method: 'POST',
        headers: JSON_HEADERS,
        body: JSON.stringify({ ms: 3_600_000 }),
      });
      expect(await advanced.json()).toEqual({ now: new Date(START.getTime() + 3_660_000).toISOString() });
      const b = await zhengzhou().confirmEntry({ entryId: a.entryId });
      expect(b.confirmedAt).toBe(new Date(START.getTime() + 3_660_000).toISOString());
    });
  });
});

describe('auth', () => {
  it('refuses unsigned and foreign-signed requests with the same 401, and a scenario can turn auth off', async () => {
    const mock = ledgerMock();
    const t = inProcess(mock);
    const unsigned = await ledgerClient({ fetch: t.fetch }).getEntry({ entryId: SEED_ZZ }).catch((e: unknown) => e);
    expect(isApiError(unsigned) && unsigned.problem).toMatchObject({ status: 401, code: 'INVALID_TOKEN' });
    const wrongAudience = await testClientAuth('郑州', { audience: 'https://elsewhere.test' });
    const foreign = await ledgerClient({ fetch: t.fetch, auth: wrongAudience }).getEntry({ entryId: SEED_ZZ }).catch((e: unknown) => e);
    expect(isApiError(foreign) && foreign.problem).toMatchObject({ status: 401, code: 'INVALID_TOKEN' });
    const [first, second] = mock.requests().map((r) => r.outcome);
    expect(first).toBe('INVALID_TOKEN:missing_authorization');
    expect(second).toMatch(/^INVALID_TOKEN:/);
    mock.use(defineScenario({ name: 'open', auth: false }));
    await expect(ledgerClient({ fetch: t.fetch }).getEntry({ entryId: SEED_ZZ })).resolves.toMatchObject({ regionCode: '410100' });
  });
});
