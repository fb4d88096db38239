// Every 201 of the exchange names the record it created in `Location`, as the spec requires: the record's path
// under the exchange's base path, which answers the same caller's GET with that record — in-process and over
// real loopback HTTP. An idempotent replay names the same record.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WithResponse } from '@zhongyuan/sdk';
import { testClient } from '@zhongyuan/mock-server';
import { createMockServer, type MockServer } from '@zhongyuan/mock-server/node';
import { MEDICAL_SETTLEMENT_BASE_PATH } from '@zhongyuan/mock-server/medical-settlement';
import { createMedicalSettlementClient } from '@zhongyuan/sdk/medical-settlement';
import { getLocation } from '../mock/support/location.js';
import { BASE_URL, createWorld, RETIREE, UNFILED, type World } from './support/world.js';

const ZERO_TOTALS = { medicalFeeTotalFen: 0, fundPaySumFen: 0, accountPayFen: 0, settlementCount: 0 };

/** The created record's `Location`, checked to be `collection/id` under the base path. */
function locationOf(created: WithResponse<unknown>, collection: string, id: string): string {
  expect(created.response.status).toBe(201);
  const location = created.response.headers.get('location');
  expect(location).toBe(`${MEDICAL_SETTLEMENT_BASE_PATH}/${collection}/${id}`);
  return location ?? '';
}

/** GET on the created record's `Location` by the same caller answers 200 with the record. */
async function expectResolves(w: World, created: WithResponse<unknown>, collection: string, id: string): Promise<void> {
  const read = await getLocation(w.mock.fetch, BASE_URL, locationOf(created, collection, id));
  expect(read.status).toBe(200);
  expect(await read.json()).toEqual(created.data);
}

/** An outpatient encounter with fee lines, pre-settled: the body of its settlement, sent under its message id. */
async function readyToSettle(w: World) {
  const encounter = await w.registerOutpatient();
  await w.upload(encounter.encounterId);
  const pre = await w.preSettle(encounter.encounterId);
  const messageId = w.nextMessageId();
  return { encounterId: encounter.encounterId, messageId, body: w.settleBody(pre.amounts, RETIREE, messageId) };
}

describe('Location of created records (in-process)', () => {
  it('registerFiling: /filings/{filingId}', async () => {
    const w = createWorld();
    const body = { envelope: w.envelope(), personNo: UNFILED, insuranceType: '310', category: 'longTermResident' as const, validFrom: '2026-11-01' };
    const created = await w.client.registerFiling({ body }).withResponse();
    await expectResolves(w, created, 'filings', created.data.filingId);
  });

  it('registerOutpatientEncounter and admitInpatient: /encounters/{encounterId}', async () => {
    const w = createWorld();
    const outpatient = await w.registerOutpatient().withResponse();
    await expectResolves(w, outpatient, 'encounters', outpatient.data.encounterId);
    const inpatient = await w.admit().withResponse();
    await expectResolves(w, inpatient, 'encounters', inpatient.data.encounterId);
  });

  it('settle: /settlements/{settlementId}, replayed unchanged for the same Idempotency-Key', async () => {
    const w = createWorld();
    const { encounterId, messageId, body } = await readyToSettle(w);
    const settled = await w.client.settle({ encounterId, body }, { idempotencyKey: messageId }).withResponse();
    await expectResolves(w, settled, 'settlements', settled.data.settlementId);
    const again = await w.client.settle({ encounterId, body }, { idempotencyKey: messageId }).withResponse();
    expect(again.response.idempotentReplayed).toBe(true);
    expect(again.response.headers.get('location')).toBe(settled.response.headers.get('location'));
  });

  it('settleInterim: /settlements/{settlementId}', async () => {
    const w = createWorld();
    const encounter = await w.admit();
    await w.upload(encounter.encounterId);
    const pre = await w.preSettle(encounter.encounterId, RETIREE, true);
    const messageId = w.nextMessageId();
    const body = w.settleBody(pre.amounts, RETIREE, messageId);
    const settled = await w.client.settleInterim({ encounterId: encounter.encounterId, body }, { idempotencyKey: messageId }).withResponse();
    await expectResolves(w, settled, 'settlements', settled.data.settlementId);
  });

  it('reconcileTotals: /reconciliations/{reconciliationId}', async () => {
    const w = createWorld();
    const run = await w.reconcile(ZERO_TOTALS).withResponse();
    await expectResolves(w, run, 'reconciliations', run.data.reconciliationId);
  });

  it('createReversal: /reversals/{reversalId}, read back by getReversal; another facility gets 404', async () => {
    const w = createWorld();
    const { encounterId, messageId, body } = await readyToSettle(w);
    await w.client.settle({ encounterId, body }, { idempotencyKey: messageId });
    const reversal = await w.reverse(messageId).withResponse();
    await expectResolves(w, reversal, 'reversals', reversal.data.reversalId);
    await expect(w.client.getReversal({ reversalId: reversal.data.reversalId })).resolves.toEqual(reversal.data);
    const elsewhere = createMedicalSettlementClient({ baseUrl: BASE_URL, fetch: w.mock.fetch, headers: { 'x-client-id': testClient('洛阳').id } });
    await expect(elsewhere.getReversal({ reversalId: reversal.data.reversalId })).rejects.toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });
});

describe('Location of created records (over loopback HTTP)', () => {
  const w = createWorld();
  let server: MockServer;
  beforeAll(async () => {
    server = await createMockServer(w.mock, { port: 0 });
  });
  afterAll(() => server.close(100));

  it('an encounter registered over HTTP is answered at its Location by the same caller', async () => {
    const baseUrl = `${server.url}${MEDICAL_SETTLEMENT_BASE_PATH}`;
    const client = createMedicalSettlementClient({ baseUrl, retry: { limit: 0 } });
    const created = await client
      .registerOutpatientEncounter({
        body: {
          envelope: w.envelope(),
          personNo: RETIREE,
          insuranceType: '310',
          medicalType: '11',
          credential: w.credentialOf(RETIREE),
          startedAt: '2026-11-02T01:10:00Z',
          visitNo: 'MZ9001',
          departmentCode: 'A02',
          departmentName: '内科',
        },
      })
      .withResponse();
    const read = await getLocation(fetch, baseUrl, locationOf(created, 'encounters', created.data.encounterId));
    expect(read.status).toBe(200);
    expect(await read.json()).toEqual(created.data);
  });
});
