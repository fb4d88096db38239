// A small world for the medical-settlement tests (测试场景): the mock, a Zhengzhou hospital's client, and helpers
// that bring encounters, settlements and reconciliation runs into any state through the public API.
import { createMock, type Mock, type MockClock } from '@zhongyuan/mock-server';
import {
  createMedicalSettlementClient,
  createMessageIdGenerator,
  type components,
  type MedicalSettlementClient,
} from '@zhongyuan/sdk/medical-settlement';
import type { ClientOptions } from '@zhongyuan/sdk';
import { medicalSettlement, seededPersonNo, type MedicalSettlementStore } from '@zhongyuan/mock-server/medical-settlement';

type S = components['schemas'];

export const FACILITY = 'H41010500017';
export const TREATMENT = '410105';
export const HEZE = '371700';
export const HEZE_POOL = '371799';
export const BASE_URL = 'https://exchange.zhongyuan.test/medical-settlement/v1';
export const START = new Date('2026-11-02T01:00:00Z');
export const TODAY = '2026-11-02';

/** The retiree (310) and resident (390) insured in 菏泽, and the unfiled employee. */
export const RETIREE = seededPersonNo(HEZE, 1);
export const RESIDENT = seededPersonNo(HEZE, 2);
export const UNFILED = seededPersonNo(HEZE, 4);

export type World = ReturnType<typeof createWorld>;

/** A mock with auth off (the caller is Zhengzhou's client) and a client with retries off unless given. */
export function createWorld(options: { readonly seed?: number; readonly client?: Partial<ClientOptions> } = {}) {
  const mock: Mock<readonly [typeof medicalSettlement]> = createMock({ exchanges: [medicalSettlement], seed: options.seed ?? 7, auth: false, clock: { start: START, frozen: true }, logCapacity: 100_000 });
  const client: MedicalSettlementClient = createMedicalSettlementClient({
    baseUrl: BASE_URL,
    fetch: mock.fetch,
    retry: { limit: 0 },
    ...options.client,
  });
  const nextMessageId = createMessageIdGenerator({ facilityCode: FACILITY, now: () => (mock.clock as MockClock).now() });
  const operator = { operatorId: 'CLERK-01', operatorType: 'clerk' as const };
  const envelope = (insuredRegion = HEZE_POOL) => ({ messageId: nextMessageId(), facilityCode: FACILITY, treatmentRegion: TREATMENT, insuredRegion, operator });
  const plainEnvelope = () => ({ messageId: nextMessageId(), facilityCode: FACILITY, treatmentRegion: TREATMENT, operator });
  const credentialOf = (personNo: string) => ({ type: 'ecToken' as const, token: `ec:${personNo}` });
  const insuranceOf = (personNo: string) => (personNo === RESIDENT ? '390' : '310');
  const store = (): MedicalSettlementStore => mock.state('medical-settlement');
  let lineCounter = 0;

  const line = (code = 'XB01ACA056A001010100483', quantity = 10_000, price = 12_340_000, batch = 'B0001'): S['FeeLineInput'] => ({
    lineNo: `L${String(++lineCounter).padStart(5, '0')}`,
    chargeBatchNo: batch,
    occurredAt: '2026-11-02T02:00:00Z',
    nationalListCode: code,
    hospitalListCode: 'HIS-ITEM',
    lineTotalFen: Number((BigInt(quantity) * BigInt(price) + 50_000_000n) / 100_000_000n),
    quantityTenThousandths: quantity,
    unitPriceMicroYuan: price,
  });

  const world = {
    mock,
    client,
    store,
    nextMessageId,
    envelope,
    plainEnvelope,
    credentialOf,
    line,
    admit: (personNo = RETIREE, extra: Partial<S['AdmitInpatientRequest']> = {}) =>
      client.admitInpatient({
        body: {
          envelope: envelope(),
          personNo,
          insuranceType: insuranceOf(personNo),
          medicalType: '21',
          credential: credentialOf(personNo),
          admittedAt: '2026-11-02T01:10:00Z',
          admissionNo: `ZY${++lineCounter}`,
          departmentCode: 'A03',
          departmentName: '内科',
          admissionDiagnosisDescription: '肺炎',
          diagnoses: [{ diagnosisType: '1', sequence: 1, code: 'J18.900', name: '肺炎', main: true }],
          ...extra,
        },
      }),
    registerOutpatient: (personNo = RETIREE, extra: Partial<S['RegisterOutpatientEncounterRequest']> = {}) =>
      client.registerOutpatientEncounter({
        body: {
          envelope: envelope(),
          personNo,
          insuranceType: insuranceOf(personNo),
          medicalType: '11',
          credential: credentialOf(personNo),
          startedAt: '2026-11-02T01:10:00Z',
          visitNo: `MZ${++lineCounter}`,
          departmentCode: 'A02',
          departmentName: '内科',
          ...extra,
        },
      }),
    upload: (encounterId: string, lines: S['FeeLineInput'][] = [line()]) => client.uploadFeeLines({ encounterId, body: { envelope: envelope(), lines } }),
    diagnose: (encounterId: string) =>
      client.uploadDiagnoses({ encounterId, body: { envelope: envelope(), diagnoses: [{ diagnosisType: '1', sequence: 1, code: 'J18.900', name: '肺炎', main: true }] } }),
    discharge: (encounterId: string) =>
      client.dischargeInpatient({
        encounterId,
        body: { envelope: envelope(), dischargedAt: '2026-11-02T06:00:00Z', dischargeWay: '1', diagnoses: [{ diagnosisType: '1', sequence: 1, code: 'J18.900', name: '肺炎', main: true }] },
      }),
    cancelDischarge: (encounterId: string) => client.cancelDischarge({ encounterId, body: { envelope: envelope() } }),
    cancelEncounter: (encounterId: string) => client.cancelEncounter({ encounterId, body: { envelope: envelope() } }),
    deleteAll: (encounterId: string) => client.deleteFeeLines({ encounterId, body: { envelope: envelope(), selection: { scope: 'allUnsettled' } } }),
    preSettle: async (encounterId: string, personNo = RETIREE, interim = false) =>
      client.preSettle({
        encounterId,
        body: { envelope: envelope(), insuranceType: insuranceOf(personNo), medicalType: '21', credential: credentialOf(personNo), useAccount: true, interim },
      }),
    /** Pre-settle and settle (or interim-settle) with the pre-settled totals; returns the settlement. */
    settleNow: async (encounterId: string, personNo = RETIREE, interim = false, messageId = nextMessageId()) => {
      const pre = await world.preSettle(encounterId, personNo, interim);
      const body = world.settleBody(pre.amounts, personNo, messageId);
      return interim
        ? client.settleInterim({ encounterId, body }, { idempotencyKey: messageId })
        : client.settle({ encounterId, body }, { idempotencyKey: messageId });
    },
    settleBody: (a: S['SettlementAmounts'], personNo = RETIREE, messageId = nextMessageId()): S['SettleRequest'] => ({
      envelope: { ...envelope(), messageId },
      insuranceType: insuranceOf(personNo),
      medicalType: '21',
      credential: credentialOf(personNo),
      useAccount: true,
      medicalFeeTotalFen: a.medicalFeeTotalFen,
      fullOwnPayFen: a.fullOwnPayFen,
      overLimitSelfPayFen: a.overLimitSelfPayFen,
      preSelfPayFen: a.preSelfPayFen,
      inPolicyFen: a.inPolicyFen,
    }),
    cancelSettlement: (settlementId: string) => client.cancelSettlement({ settlementId, body: { envelope: envelope() } }),
    reverse: (originalMessageId: string, originalOperation: 'settle' | 'settleInterim' | 'cancelSettlement' = 'settle', personNo = RETIREE) => {
      const messageId = nextMessageId();
      return client.createReversal(
        { body: { envelope: { ...envelope(), messageId }, personNo, originalMessageId, originalOperation } },
        { idempotencyKey: messageId },
      );
    },
    /** Reconcile the day for one scope with the given totals (the platform's own, unless `skew`). */
    reconcile: (totals: S['ReconciliationTotals'], scope: { insuranceType?: string; clearingType?: string; includesRefunds?: boolean } = {}) =>
      client.reconcileTotals({
        body: {
          envelope: plainEnvelope(),
          insuranceType: scope.insuranceType ?? '310',
          clearingType: scope.clearingType ?? '21',
          settlementAgency: HEZE_POOL,
          statementFrom: TODAY,
          statementTo: TODAY,
          includesRefunds: scope.includesRefunds ?? true,
          totals,
        },
      }),
    /** An inpatient encounter brought to `state` through the API. */
    inpatientIn: async (state: 'registered' | 'inProgress' | 'discharged' | 'interimSettled' | 'settled' | 'cancelled') => {
      const e = await world.admit();
      if (state === 'registered') return e;
      if (state === 'cancelled') return world.cancelEncounter(e.encounterId);
      await world.upload(e.encounterId);
      if (state === 'inProgress') return client.getEncounter({ encounterId: e.encounterId });
      if (state === 'interimSettled') {
        await world.settleNow(e.encounterId, RETIREE, true);
        return client.getEncounter({ encounterId: e.encounterId });
      }
      await world.discharge(e.encounterId);
      if (state === 'settled') await world.settleNow(e.encounterId);
      return client.getEncounter({ encounterId: e.encounterId });
    },
  };
  return world;
}

/** Collect an async iterable. */
export async function collect<T>(rows: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const r of rows) out.push(r);
  return out;
}

/** The caught error of a promise (fails when it resolves). */
export async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}
