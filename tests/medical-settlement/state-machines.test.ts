// Every legal transition of every state machine in the spec's `x-state-machines`, walked through the SDK against
// the mock, and every illegal one tried (409 with the current state and the allowed actions). Both lists are
// derived from the spec, so a transition added there without mock support fails here.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { defineScenario } from '@zhongyuan/mock-server';
import { isApiError } from '@zhongyuan/sdk';
import { operations } from '@zhongyuan/sdk/medical-settlement';
import { seededFilingId } from '@zhongyuan/mock-server/medical-settlement';
import { collect, createWorld, failure, HEZE, RETIREE, RESIDENT, UNFILED, type World } from './support/world.js';

interface SpecTransition {
  readonly from: readonly string[];
  readonly to: string;
  readonly action: string;
  readonly operationId?: string;
  readonly by?: string;
  readonly clientSide?: boolean;
  readonly guard?: string;
}
interface SpecMachine {
  readonly states: ReadonlyArray<{ readonly name: string; readonly clientSide?: boolean }>;
  readonly transitions: readonly SpecTransition[];
}

const spec = parse(readFileSync(new URL('../../specs/medical-settlement/openapi.yaml', import.meta.url), 'utf8')) as {
  'x-state-machines': Record<string, SpecMachine>;
};
const machines = spec['x-state-machines'];
type OpId = keyof typeof operations;

// ---- legal transitions -------------------------------------------------------------------------------------
interface Edge {
  readonly machine: string;
  readonly operationId: string;
  readonly from: string;
  readonly to: string;
  readonly action: string;
  readonly guard: string | undefined;
}
const edges: Edge[] = [];
for (const [machine, m] of Object.entries(machines)) {
  for (const t of m.transitions) {
    if (t.operationId === undefined || t.by !== undefined || t.clientSide === true) continue;
    for (const from of t.from.length === 0 ? ['[]'] : t.from) {
      edges.push({ machine, operationId: t.operationId, from, to: t.to, action: t.action, guard: t.guard });
    }
  }
}
const edgeKey = (e: Edge): string => `${e.machine}/${e.operationId}/${e.from}->${e.to}${e.guard === 'outpatient' || e.guard === 'inpatient' ? `/${e.guard}` : ''}`;

const settlementOf = async (w: World, encounterId: string) => {
  const page = await w.client.listSettlements({ encounterId });
  return page.items.at(-1)!;
};
const lineState = (w: World, encounterId: string, lineNo: string) => w.store().feeLines.get(`${encounterId}/${lineNo}`)?.status;
const outpatientWithLine = async (w: World) => {
  const e = await w.registerOutpatient();
  const up = await w.upload(e.encounterId);
  return { e, lineNo: up.items[0]!.lineNo };
};
const balancedTotals = async (w: World, settlementId: string) => {
  const s = await w.client.getSettlement({ settlementId });
  return { medicalFeeTotalFen: s.amounts.medicalFeeTotalFen, fundPaySumFen: s.amounts.fundPaySumFen, accountPayFen: s.amounts.accountPayFen, settlementCount: 1 };
};

/** For each legal edge: drive it and return the state observed afterwards. */
const drivers: Record<string, (w: World) => Promise<string | undefined>> = {
  'filing/registerFiling/[]->effective': async (w) =>
    (await w.client.registerFiling({ body: { envelope: w.envelope(), personNo: UNFILED, insuranceType: '310', category: 'longTermResident', validFrom: '2026-11-01' } })).status,
  'filing/registerOutpatientEncounter/[]->deemedFiled': async (w) => {
    const e = await w.registerOutpatient(UNFILED, { medicalType: '13', emergency: true });
    return (await w.client.getFiling({ filingId: e.filingId! })).status;
  },
  'filing/admitInpatient/[]->deemedFiled': async (w) => {
    const e = await w.admit(UNFILED, { medicalType: '24', emergency: true });
    return (await w.client.getFiling({ filingId: e.filingId! })).status;
  },
  'filing/revokeFiling/applied->revoked': async (w) =>
    (await w.client.revokeFiling({ filingId: seededFilingId('410100', HEZE, 5), body: { envelope: w.envelope() } })).status,
  'filing/revokeFiling/effective->revoked': async (w) =>
    (await w.client.revokeFiling({ filingId: seededFilingId('410100', HEZE, 1), body: { envelope: w.envelope() } })).status,

  'encounter/registerOutpatientEncounter/[]->registered': async (w) => (await w.registerOutpatient()).status,
  'encounter/admitInpatient/[]->registered': async (w) => (await w.admit()).status,
  'encounter/cancelEncounter/registered->cancelled': async (w) => (await w.cancelEncounter((await w.admit()).encounterId)).status,
  'encounter/cancelEncounter/inProgress->cancelled': async (w) => {
    const e = await w.admit();
    await w.diagnose(e.encounterId);
    return (await w.cancelEncounter(e.encounterId)).status;
  },
  'encounter/uploadDiagnoses/registered->inProgress': async (w) => (await w.diagnose((await w.admit()).encounterId)).status,
  'encounter/uploadDiagnoses/inProgress->inProgress': async (w) => (await w.diagnose((await w.inpatientIn('inProgress')).encounterId)).status,
  'encounter/uploadFeeLines/registered->inProgress': async (w) => {
    const e = await w.admit();
    await w.upload(e.encounterId);
    return (await w.client.getEncounter({ encounterId: e.encounterId })).status;
  },
  'encounter/uploadFeeLines/inProgress->inProgress': async (w) => {
    const e = await w.inpatientIn('inProgress');
    await w.upload(e.encounterId);
    return (await w.client.getEncounter({ encounterId: e.encounterId })).status;
  },
  'encounter/uploadFeeLines/interimSettled->inProgress': async (w) => {
    const e = await w.inpatientIn('interimSettled');
    await w.upload(e.encounterId);
    return (await w.client.getEncounter({ encounterId: e.encounterId })).status;
  },
  'encounter/deleteFeeLines/inProgress->inProgress': async (w) => {
    const e = await w.inpatientIn('inProgress');
    expect((await w.deleteAll(e.encounterId)).deletedCount).toBe(1);
    return (await w.client.getEncounter({ encounterId: e.encounterId })).status;
  },
  'encounter/dischargeInpatient/inProgress->discharged/inpatient': async (w) => (await w.discharge((await w.inpatientIn('inProgress')).encounterId)).status,
  'encounter/dischargeInpatient/interimSettled->discharged/inpatient': async (w) => (await w.discharge((await w.inpatientIn('interimSettled')).encounterId)).status,
  'encounter/cancelDischarge/discharged->inProgress': async (w) => (await w.cancelDischarge((await w.inpatientIn('discharged')).encounterId)).status,
  'encounter/settle/inProgress->settled/outpatient': async (w) => {
    const { e } = await outpatientWithLine(w);
    await w.settleNow(e.encounterId);
    return (await w.client.getEncounter({ encounterId: e.encounterId })).status;
  },
  'encounter/settle/discharged->settled/inpatient': async (w) => (await w.inpatientIn('settled')).status,
  'encounter/settleInterim/inProgress->interimSettled/inpatient': async (w) => (await w.inpatientIn('interimSettled')).status,
  'encounter/cancelSettlement/settled->inProgress/outpatient': async (w) => {
    const { e } = await outpatientWithLine(w);
    const s = await w.settleNow(e.encounterId);
    await w.cancelSettlement(s.settlementId);
    return (await w.client.getEncounter({ encounterId: e.encounterId })).status;
  },
  'encounter/cancelSettlement/settled->discharged/inpatient': async (w) => {
    const e = await w.inpatientIn('settled');
    await w.cancelSettlement((await settlementOf(w, e.encounterId)).settlementId);
    return (await w.client.getEncounter({ encounterId: e.encounterId })).status;
  },
  'encounter/cancelSettlement/interimSettled->inProgress': async (w) => {
    const e = await w.inpatientIn('interimSettled');
    await w.cancelSettlement((await settlementOf(w, e.encounterId)).settlementId);
    return (await w.client.getEncounter({ encounterId: e.encounterId })).status;
  },
  'encounter/createReversal/settled->inProgress/outpatient': async (w) => {
    const { e } = await outpatientWithLine(w);
    const s = await w.settleNow(e.encounterId);
    await w.reverse(s.messageId);
    return (await w.client.getEncounter({ encounterId: e.encounterId })).status;
  },
  'encounter/createReversal/settled->discharged/inpatient': async (w) => {
    const e = await w.inpatientIn('settled');
    await w.reverse((await settlementOf(w, e.encounterId)).messageId);
    return (await w.client.getEncounter({ encounterId: e.encounterId })).status;
  },
  'encounter/createReversal/interimSettled->inProgress': async (w) => {
    const e = await w.inpatientIn('interimSettled');
    await w.reverse((await settlementOf(w, e.encounterId)).messageId, 'settleInterim');
    return (await w.client.getEncounter({ encounterId: e.encounterId })).status;
  },

  'feeLine/uploadFeeLines/[]->uploaded': async (w) => (await w.upload((await w.admit()).encounterId)).items[0]!.status,
  'feeLine/deleteFeeLines/uploaded->deleted': async (w) => {
    const { e, lineNo } = await outpatientWithLine(w);
    await w.client.deleteFeeLines({ encounterId: e.encounterId, body: { envelope: w.envelope(), selection: { scope: 'lines', lineNos: [lineNo] } } });
    return lineState(w, e.encounterId, lineNo);
  },
  'feeLine/uploadFeeLines/uploaded->deleted': async (w) => {
    const { e, lineNo } = await outpatientWithLine(w);
    await w.upload(e.encounterId, [{ ...w.line(), originalLineNo: lineNo }]);
    return lineState(w, e.encounterId, lineNo);
  },
  'feeLine/settle/uploaded->settled': async (w) => {
    const { e, lineNo } = await outpatientWithLine(w);
    await w.settleNow(e.encounterId);
    return lineState(w, e.encounterId, lineNo);
  },
  'feeLine/settleInterim/uploaded->settled': async (w) => {
    const e = await w.inpatientIn('interimSettled');
    return w.store().feeLines.list().find((l) => l.encounterId === e.encounterId)?.status;
  },
  'feeLine/cancelSettlement/settled->uploaded': async (w) => {
    const { e, lineNo } = await outpatientWithLine(w);
    await w.cancelSettlement((await w.settleNow(e.encounterId)).settlementId);
    return lineState(w, e.encounterId, lineNo);
  },
  'feeLine/createReversal/settled->uploaded': async (w) => {
    const { e, lineNo } = await outpatientWithLine(w);
    await w.reverse((await w.settleNow(e.encounterId)).messageId);
    return lineState(w, e.encounterId, lineNo);
  },
  'feeLine/deleteFeeLines/settled->settled': async (w) => {
    const e = await w.inpatientIn('interimSettled');
    const lineNo = w.store().feeLines.list().find((l) => l.encounterId === e.encounterId)!.lineNo;
    await w.upload(e.encounterId); // back to inProgress with one more, unsettled line
    const error = await failure(
      w.client.deleteFeeLines({ encounterId: e.encounterId, body: { envelope: w.envelope(), selection: { scope: 'lines', lineNos: [lineNo] } } }),
    );
    expect(isApiError(error) && error.code).toBe('FEE_LINE_SETTLED');
    return lineState(w, e.encounterId, lineNo);
  },

  'settlement/settle/pending->settled': async (w) => (await w.settleNow((await outpatientWithLine(w)).e.encounterId)).status,
  'settlement/createReversal/unknown->reversed': async (w) => {
    const { e } = await outpatientWithLine(w);
    w.mock.use(defineScenario({ name: 'lost', faults: { settle: [{ kind: 'commit-then-fail', status: 500, times: 1 }] } }));
    const pre = await w.preSettle(e.encounterId);
    const messageId = w.nextMessageId();
    const lost = await failure(w.client.settle({ encounterId: e.encounterId, body: w.settleBody(pre.amounts, RETIREE, messageId) }, { idempotencyKey: messageId }));
    expect(isApiError(lost) && lost.status).toBe(500);
    const reversal = await w.reverse(messageId);
    return (await w.client.getSettlement({ settlementId: reversal.settlementId! })).status;
  },
  'settlement/cancelSettlement/settled->cancelled': async (w) =>
    (await w.cancelSettlement((await w.settleNow((await outpatientWithLine(w)).e.encounterId)).settlementId)).status,
  'settlement/cancelSettlement/reconciled->cancelled': async (w) => {
    const e = await w.inpatientIn('settled');
    const s = await settlementOf(w, e.encounterId);
    expect((await w.reconcile(await balancedTotals(w, s.settlementId))).totalsResult).toBe('balanced');
    return (await w.cancelSettlement(s.settlementId)).status;
  },
  'settlement/createReversal/settled->reversed': async (w) => {
    const s = await w.settleNow((await outpatientWithLine(w)).e.encounterId);
    await w.reverse(s.messageId);
    return (await w.client.getSettlement({ settlementId: s.settlementId })).status;
  },
  'settlement/createReversal/reconciled->reversed': async (w) => {
    const e = await w.inpatientIn('settled');
    const s = await settlementOf(w, e.encounterId);
    await w.reconcile(await balancedTotals(w, s.settlementId));
    await w.reverse(s.messageId);
    return (await w.client.getSettlement({ settlementId: s.settlementId })).status;
  },
  'settlement/createReversal/cancelled->settled': async (w) => {
    const s = await w.settleNow((await outpatientWithLine(w)).e.encounterId);
    const cancelled = await w.cancelSettlement(s.settlementId);
    await w.reverse(cancelled.cancellation!.messageId, 'cancelSettlement');
    return (await w.client.getSettlement({ settlementId: s.settlementId })).status;
  },
  'settlement/reconcileTotals/settled->reconciled': async (w) => {
    const e = await w.inpatientIn('settled');
    const s = await settlementOf(w, e.encounterId);
    await w.reconcile(await balancedTotals(w, s.settlementId));
    return (await w.client.getSettlement({ settlementId: s.settlementId })).status;
  },
  'settlement/compareReconciliationDetail/settled->reconciled': async (w) => {
    const e = await w.inpatientIn('settled');
    const s = await settlementOf(w, e.encounterId);
    const totals = await balancedTotals(w, s.settlementId);
    const run = await w.reconcile({ ...totals, settlementCount: 2 }); // one row too many locally: unbalanced
    const rows = [
      { settlementId: s.settlementId, encounterId: s.encounterId, personNo: s.personNo, medicalFeeTotalFen: s.amounts.medicalFeeTotalFen, fundPaySumFen: s.amounts.fundPaySumFen, accountPayFen: s.amounts.accountPayFen, refund: false },
      { settlementId: 'A37179926110299', encounterId: s.encounterId, personNo: s.personNo, medicalFeeTotalFen: 0, fundPaySumFen: 0, accountPayFen: 0, refund: false },
    ];
    const result = await collect(await w.client.compareReconciliationDetail({ reconciliationId: run.reconciliationId, body: rows }));
    expect(result.at(-1)).toEqual({ kind: 'summary', localRows: 2, remoteRows: 1, matchedRows: 1, localOnly: 1, remoteOnly: 0, amountMismatch: 0 });
    return (await w.client.getSettlement({ settlementId: s.settlementId })).status;
  },

  'reconciliation/reconcileTotals/[]->totalsCompared': async (w) =>
    (await w.reconcile({ medicalFeeTotalFen: 0, fundPaySumFen: 0, accountPayFen: 0, settlementCount: 0 })).status,
  'reconciliation/compareReconciliationDetail/totalsCompared->detailCompared': async (w) => {
    const run = await w.reconcile({ medicalFeeTotalFen: 0, fundPaySumFen: 0, accountPayFen: 0, settlementCount: 1 });
    await collect(await w.client.compareReconciliationDetail({ reconciliationId: run.reconciliationId, body: [{ settlementId: 'A1', encounterId: 'M1', personNo: RESIDENT, medicalFeeTotalFen: 0, fundPaySumFen: 0, accountPayFen: 0, refund: false }] }));
    return (await w.client.getReconciliation({ reconciliationId: run.reconciliationId })).status;
  },
  'reconciliation/resolveReconciliation/detailCompared->resolved': async (w) => {
    const run = await w.reconcile({ medicalFeeTotalFen: 0, fundPaySumFen: 0, accountPayFen: 0, settlementCount: 1 });
    await collect(await w.client.compareReconciliationDetail({ reconciliationId: run.reconciliationId, body: [{ settlementId: 'A1', encounterId: 'M1', personNo: RESIDENT, medicalFeeTotalFen: 0, fundPaySumFen: 0, accountPayFen: 0, refund: false }] }));
    return (await w.client.resolveReconciliation({ reconciliationId: run.reconciliationId, body: { envelope: w.plainEnvelope(), resolution: 'fixedAndRerun' } })).status;
  },
};

// ---- illegal transitions -----------------------------------------------------------------------------------
/** Actions the spec allows from `state` through operations that drive `machine` (x-flow), as the 409 lists them. */
function expectedActions(machine: string, state: string): string[] {
  const out = new Set<string>();
  for (const t of machines[machine]!.transitions) {
    if (t.operationId === undefined || t.clientSide === true || !t.from.includes(state)) continue;
    if (operations[t.operationId as OpId]?.transition?.machine === machine) out.add(t.action);
  }
  return [...out].sort();
}

/** Brings a record of `machine` into `state`; returns its id. */
const reach: Record<string, (w: World, state: string) => Promise<string>> = {
  filing: async (w, state) => {
    const seeded: Record<string, number> = { effective: 1, applied: 5, rejected: 6, expired: 7, revoked: 8 };
    if (state in seeded) return seededFilingId('410100', HEZE, seeded[state]!);
    return (await w.registerOutpatient(UNFILED, { medicalType: '13', emergency: true })).filingId!;
  },
  encounter: async (w, state) => (await w.inpatientIn(state as Parameters<World['inpatientIn']>[0])).encounterId,
  settlement: async (w, state) => {
    const e = await w.inpatientIn('settled');
    const s = await settlementOf(w, e.encounterId);
    if (state === 'reconciled') await w.reconcile(await balancedTotals(w, s.settlementId));
    if (state === 'cancelled') await w.cancelSettlement(s.settlementId);
    if (state === 'reversed') await w.reverse(s.messageId);
    // Clearing is the national platform's (by: nationalPlatform), outside this API: set it as the platform would.
    if (state === 'cleared') w.store().settlements.update(s.settlementId, (x) => ({ ...x, status: 'cleared' }));
    return s.settlementId;
  },
  reconciliation: async (w, state) => {
    const run = await w.reconcile({ medicalFeeTotalFen: 0, fundPaySumFen: 0, accountPayFen: 0, settlementCount: 1 });
    const row = { settlementId: 'A1', encounterId: 'M1', personNo: RESIDENT, medicalFeeTotalFen: 0, fundPaySumFen: 0, accountPayFen: 0, refund: false };
    if (state !== 'totalsCompared') await collect(await w.client.compareReconciliationDetail({ reconciliationId: run.reconciliationId, body: [row] }));
    if (state === 'resolved') await w.client.resolveReconciliation({ reconciliationId: run.reconciliationId, body: { envelope: w.plainEnvelope(), resolution: 'escalated' } });
    return run.reconciliationId;
  },
};

/** Calls `operationId` on record `id` with an otherwise valid request. */
const attempt: Record<string, (w: World, id: string) => Promise<unknown>> = {
  revokeFiling: (w, id) => w.client.revokeFiling({ filingId: id, body: { envelope: w.envelope() } }),
  cancelEncounter: (w, id) => w.cancelEncounter(id),
  uploadDiagnoses: (w, id) => w.diagnose(id),
  uploadFeeLines: (w, id) => w.upload(id),
  deleteFeeLines: (w, id) => w.deleteAll(id),
  dischargeInpatient: (w, id) => w.discharge(id),
  cancelDischarge: (w, id) => w.cancelDischarge(id),
  settle: (w, id) => w.client.settle({ encounterId: id, body: w.settleBody({ medicalFeeTotalFen: 0, fullOwnPayFen: 0, overLimitSelfPayFen: 0, preSelfPayFen: 0, inPolicyFen: 0 } as never) }),
  settleInterim: (w, id) => w.client.settleInterim({ encounterId: id, body: w.settleBody({ medicalFeeTotalFen: 0, fullOwnPayFen: 0, overLimitSelfPayFen: 0, preSelfPayFen: 0, inPolicyFen: 0 } as never) }),
  cancelSettlement: (w, id) => w.cancelSettlement(id),
  compareReconciliationDetail: async (w, id) =>
    collect(
      await w.client.compareReconciliationDetail({
        reconciliationId: id,
        body: [{ settlementId: 'A1', encounterId: 'M1', personNo: RESIDENT, medicalFeeTotalFen: 0, fundPaySumFen: 0, accountPayFen: 0, refund: false }],
      }),
    ),
  resolveReconciliation: (w, id) => w.client.resolveReconciliation({ reconciliationId: id, body: { envelope: w.plainEnvelope(), resolution: 'escalated' } }),
};

const PRECISE: Record<string, string> = {
  'settle@settled': 'DUPLICATE_SETTLEMENT',
  'settleInterim@settled': 'DUPLICATE_SETTLEMENT',
  'settle@interimSettled': 'ENCOUNTER_NOT_DISCHARGED',
  'deleteFeeLines@settled': 'FEE_LINE_SETTLED',
  'deleteFeeLines@interimSettled': 'FEE_LINE_SETTLED',
  'cancelSettlement@cancelled': 'SETTLEMENT_ALREADY_CANCELLED',
  'cancelSettlement@reversed': 'SETTLEMENT_ALREADY_REVERSED',
  'cancelSettlement@cleared': 'SETTLEMENT_ALREADY_CLEARED',
};

interface Illegal {
  readonly machine: string;
  readonly state: string;
  readonly operationId: string;
}
const illegal: Illegal[] = [];
for (const [machine, m] of Object.entries(machines)) {
  const ops = Object.values(operations).filter((op) => op.transition?.machine === machine && op.transition.from.length > 0);
  for (const state of m.states.filter((s) => s.clientSide !== true).map((s) => s.name)) {
    for (const op of ops) if (!(op.transition!.from as readonly string[]).includes(state)) illegal.push({ machine, state, operationId: op.operationId });
  }
}

describe('medical-settlement state machines (from x-state-machines)', () => {
  const w = createWorld();
  afterEach(() => w.mock.reset());

  it('has a driver for every legal transition the spec lists, and nothing else', () => {
    expect(edges.map(edgeKey).sort()).toEqual(Object.keys(drivers).sort());
  });

  it.each(edges.map((e) => [edgeKey(e), e] as const))('legal: %s', async (key) => {
    const edge = edges.find((e) => edgeKey(e) === key)!;
    expect(await drivers[key]!(w)).toBe(edge.to);
    expect(w.mock.violations).toHaveLength(0);
  });

  it('tries every illegal transition', () => {
    expect(illegal.length).toBeGreaterThan(20);
    for (const c of illegal) expect(attempt[c.operationId], c.operationId).toBeDefined();
  });

  it.each(illegal.map((c) => [`${c.machine}: ${c.operationId} in ${c.state}`, c] as const))('illegal: %s → 409', async (_name, c) => {
    const id = await reach[c.machine]!(w, c.state);
    const before = JSON.stringify(w.mock.dump());
    const error = await failure(attempt[c.operationId]!(w, id));
    expect(isApiError(error)).toBe(true);
    if (!isApiError(error)) return;
    expect(error.status).toBe(409);
    expect(error.code).toBe(PRECISE[`${c.operationId}@${c.state}`] ?? 'ILLEGAL_TRANSITION');
    expect(error.problem?.currentState).toBe(c.state);
    expect([...((error.problem?.allowedActions as readonly string[] | undefined) ?? [])].sort()).toEqual(expectedActions(c.machine, c.state));
    expect(JSON.stringify(w.mock.dump())).toBe(before);
  });
});
