// What each operation does to the store (各交易的模拟业务逻辑). Validation, authentication, ownership, the generic
// state check, idempotency and faults are the core's; these handlers add the business rules of DOMAIN.md §3.
import type { HandlerContext, HandlerResult } from '../../core/index.js';
import type { operations, problemTypes } from '@zhongyuan/sdk/medical-settlement';
import {
  agencyOf,
  beijingDay,
  checkEnvelope,
  checkPerson,
  compareRowKeys,
  coveringFiling,
  credentialMatches,
  encounterBook,
  encounterConflict,
  fenceKey,
  fieldRefusal,
  isRefusal,
  latestFiling,
  lineKey,
  newEncounterId,
  newFilingId,
  newSettlementId,
  personByCredential,
  receiverMessageId,
  recordMessage,
  refusal,
  remoteRows,
  sameAmounts,
  sameTotals,
  saveEncounterBook,
  totalsOf,
  allowedActions,
  type CheckedPerson,
  type RemoteRow,
  type Credential,
  type Refusal,
} from './flow.js';
import { withLocation } from './location.js';
import { classifyLine, computeSplit, identityViolations, lineTotalOf, policyFor } from './policy.js';
import {
  type DetailRow,
  type Encounter,
  type FeeLine,
  type Filing,
  type MedicalSettlementStore,
  type Person,
  type ResultLine,
  type Settlement,
  type SettlementAmounts,
} from './store.js';

type Ops = typeof operations;
type Ctx<K extends keyof Ops> = HandlerContext<Ops[K], MedicalSettlementStore, typeof problemTypes>;
type AnyCtx = Ctx<keyof Ops>;

const INPATIENT_TYPES = new Set(['21', '22', '23', '24', '52']);
const OUTPATIENT_TYPES = new Set(['11', '12', '13', '14', '51']);

function fail(ctx: AnyCtx, r: Refusal): HandlerResult {
  return ctx.problem(r.code, r.detail, r.extras);
}

function omit<T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> {
  const copy = { ...value };
  delete copy[key];
  return copy;
}

function today(ctx: AnyCtx): string {
  return beijingDay(ctx.clock.now());
}

function rmid(ctx: AnyCtx, region: string): string {
  return receiverMessageId(ctx.store, region, ctx.clock.now());
}

/** The person-facing view of a stored person (1101 output). */
function personView(p: Person): { person: Record<string, unknown>; insurances: Record<string, unknown>[] } {
  return {
    person: { personNo: p.personNo, citizenId: p.citizenId, name: p.name, gender: p.gender, birthDate: p.birthDate },
    insurances: p.insurances.map((e) => ({
      insuranceType: e.insuranceType,
      personType: e.personType,
      insuranceStatus: e.insuranceStatus,
      eligible: e.insuranceStatus === '1',
      insuredSince: e.insuredSince,
      ...(e.suspendedSince !== undefined ? { suspendedSince: e.suspendedSince } : {}),
      insuredRegion: e.insuredRegion,
      ...(e.employerName !== undefined ? { employerName: e.employerName } : {}),
      accountBalanceFen: e.accountBalanceFen,
    })),
  };
}

function adjustBalance(store: MedicalSettlementStore, personNo: string, insuranceType: string, deltaFen: number): number {
  let after = 0;
  store.persons.update(personNo, (p) => ({
    ...p,
    insurances: p.insurances.map((e) => {
      if (e.insuranceType !== insuranceType) return e;
      after = e.accountBalanceFen + deltaFen;
      return { ...e, accountBalanceFen: after };
    }),
  }));
  return after;
}

/** The active (not cancelled, not reversed) settlements of an encounter, oldest first. */
function activeSettlements(store: MedicalSettlementStore, encounterId: string): Settlement[] {
  return encounterBook(store, encounterId)
    .settlementIds.map((id) => store.settlements.get(id))
    .filter((s): s is Settlement => s !== undefined && (s.status === 'settled' || s.status === 'reconciled' || s.status === 'cleared'));
}

function linesOf(store: MedicalSettlementStore, encounterId: string): FeeLine[] {
  return encounterBook(store, encounterId)
    .lineKeys.map((k) => store.feeLines.get(k))
    .filter((l): l is FeeLine => l !== undefined);
}

interface SettleInput {
  readonly envelope: { messageId: string; facilityCode: string; treatmentRegion: string; insuredRegion: string };
  readonly insuranceType: string;
  readonly credential: Credential;
  readonly useAccount: boolean;
}

interface Prepared {
  readonly checked: CheckedPerson;
  readonly amounts: SettlementAmounts;
  readonly lines: FeeLine[];
  readonly filing: Filing | undefined;
}

/** Everything settle, interim settle and pre-settle share: checks, the lines to settle, and the split. */
function prepare(ctx: AnyCtx, encounter: Encounter, input: SettleInput, interim: boolean): Prepared | Refusal {
  const { store } = ctx;
  const env = checkEnvelope(store, ctx.client.id, input.envelope, true);
  if (env !== undefined) return env;
  if (input.insuranceType !== encounter.insuranceType) {
    return fieldRefusal('/insuranceType', 'MISMATCH', 'The insurance type must be the encounter’s.');
  }
  const checked = checkPerson(store, input.envelope, encounter.personNo, input.insuranceType);
  if (isRefusal(checked)) return checked;
  if (!credentialMatches(checked.person, input.credential)) return refusal('CREDENTIAL_REJECTED');
  if (interim) {
    if (encounter.encounterType !== 'inpatient' || encounter.status !== 'inProgress') return encounterConflict(encounter);
  } else if (encounter.encounterType === 'inpatient' && encounter.status !== 'discharged') {
    return encounterConflict(encounter, 'ENCOUNTER_NOT_DISCHARGED');
  } else if (encounter.encounterType === 'outpatient' && encounter.status !== 'inProgress') {
    return encounterConflict(encounter, encounter.status === 'settled' ? 'DUPLICATE_SETTLEMENT' : 'ILLEGAL_TRANSITION');
  }
  let filing = encounter.filingId !== undefined ? store.filings.get(encounter.filingId) : undefined;
  if (encounter.filingBasis === 'notFiled') {
    filing = coveringFiling(store, ctx.client.id, encounter.personNo, encounter.insuranceType, encounter.treatmentRegion, today(ctx));
    if (filing === undefined) return refusal('NOT_FILED', 'Register a filing before discharge settlement.');
  }
  const lines = linesOf(store, encounter.encounterId).filter((l) => l.status === 'uploaded');
  const earlier = activeSettlements(store, encounter.encounterId);
  if (lines.length === 0 && (interim || !earlier.some((s) => s.interim))) return refusal('NO_UNSETTLED_FEE_LINES');
  const policy = policyFor(checked.enrolment.insuredRegion);
  if (policy === undefined) return refusal('INSURED_REGION_MISMATCH', 'No policy for this insured place.');
  const sum = (f: (l: FeeLine) => number): number => lines.reduce((a, l) => a + f(l), 0);
  const temporary =
    encounter.filingBasis === 'deemedFiled' || filing?.category === 'referral' || filing?.category === 'otherTemporary';
  const amounts = computeSplit({
    policy,
    encounterType: encounter.encounterType,
    insuranceType: encounter.insuranceType,
    personType: checked.enrolment.personType,
    temporary,
    fullOwnPayFen: sum((l) => l.classification.fullOwnPayFen),
    overLimitSelfPayFen: sum((l) => l.classification.overLimitFen),
    preSelfPayFen: sum((l) => l.classification.preSelfPayFen),
    inPolicyFen: sum((l) => l.classification.inPolicyFen),
    deductibleUsedFen: earlier.reduce((a, s) => a + s.amounts.deductibleFen, 0),
    poolPaidFen: earlier.reduce((a, s) => a + s.amounts.poolFundPayFen, 0),
    useAccount: input.useAccount,
    accountBalanceFen: checked.enrolment.accountBalanceFen,
  });
  const broken = identityViolations(amounts);
  if (broken.length > 0) throw new Error(`split violates ${broken.join(', ')}`);
  return { checked, amounts, lines, filing };
}

function fundPayments(a: SettlementAmounts): Array<{ fundPayType: string; fundPayTypeName: string; amountFen: number }> {
  const out = [{ fundPayType: '310100', fundPayTypeName: '基本医疗保险统筹基金', amountFen: a.poolFundPayFen }];
  if (a.employeeLargeAmountPayFen > 0) out.push({ fundPayType: '330100', fundPayTypeName: '职工大额医疗费用补助', amountFen: a.employeeLargeAmountPayFen });
  if (a.residentCriticalIllnessPayFen > 0) out.push({ fundPayType: '390200', fundPayTypeName: '城乡居民大病医疗保险', amountFen: a.residentCriticalIllnessPayFen });
  return out;
}

interface SettleBody extends SettleInput {
  readonly medicalType: string;
  readonly invoiceNo?: string | undefined;
  readonly medicalFeeTotalFen: number;
  readonly fullOwnPayFen: number;
  readonly overLimitSelfPayFen: number;
  readonly preSelfPayFen: number;
  readonly inPolicyFen: number;
}

/** Settle (2207 / 2304) or interim-settle (2304 中途结算) an encounter. */
function settleEncounter(ctx: Ctx<'settle'> | Ctx<'settleInterim'>, interim: boolean): HandlerResult {
  const { store } = ctx;
  const body = ctx.body as SettleBody;
  const encounter = store.encounters.find(ctx.params.encounterId, ctx.client.id);
  if (encounter === undefined) return ctx.problem('NOT_FOUND');
  const declared = body.fullOwnPayFen + body.overLimitSelfPayFen + body.preSelfPayFen + body.inPolicyFen;
  if (declared !== body.medicalFeeTotalFen) {
    return ctx.problem('AMOUNTS_DO_NOT_ADD_UP', 'medicalFeeTotalFen must equal fullOwnPayFen + overLimitSelfPayFen + preSelfPayFen + inPolicyFen.', {
      errors: [{ in: 'body', pointer: '/medicalFeeTotalFen', code: 'SUM', message: 'The total is not the sum of its parts.' }],
    });
  }
  const prepared = prepare(ctx, encounter, body, interim);
  if (isRefusal(prepared)) return fail(ctx, prepared);
  const { amounts, lines, checked, filing } = prepared;
  const mismatched = (['medicalFeeTotalFen', 'fullOwnPayFen', 'overLimitSelfPayFen', 'preSelfPayFen', 'inPolicyFen'] as const).filter(
    (k) => amounts[k] !== body[k],
  );
  if (mismatched.length > 0) {
    return ctx.problem('SETTLEMENT_TOTALS_MISMATCH', 'Pre-settle again: the fee lines changed.', {
      errors: mismatched.map((k) => ({ in: 'body' as const, pointer: `/${k}`, code: 'MISMATCH', message: 'Differs from the fee lines.' })),
    });
  }
  const now = ctx.clock.now();
  const at = ctx.timestamp();
  const agency = agencyOf(checked.enrolment.insuredRegion);
  const settlementId = newSettlementId(store, agency, now);
  const balanceAfter = adjustBalance(store, encounter.personNo, encounter.insuranceType, -amounts.accountPayFen);
  const settlement: Settlement = {
    settlementId,
    encounterId: encounter.encounterId,
    encounterType: encounter.encounterType,
    personNo: encounter.personNo,
    personName: checked.person.name,
    citizenId: checked.person.citizenId,
    insuranceType: encounter.insuranceType,
    personType: checked.enrolment.personType,
    medicalType: body.medicalType,
    credentialType: body.credential.type,
    interim,
    settledAt: at,
    amounts,
    fundPayments: fundPayments(amounts),
    accountBalanceAfterFen: balanceAfter,
    ...(body.invoiceNo !== undefined ? { invoiceNo: body.invoiceNo } : {}),
    clearingType: encounter.encounterType === 'inpatient' ? '21' : '11',
    clearingWay: '1',
    clearingAgency: agency,
    settlementAgency: agency,
    insuredRegion: encounter.insuredRegion,
    treatmentRegion: encounter.treatmentRegion,
    facilityCode: encounter.facilityCode,
    chargeBatchNos: [...new Set(lines.flatMap((l) => (l.chargeBatchNo !== undefined ? [l.chargeBatchNo] : [])))],
    lineCount: lines.length,
    status: 'settled',
    messageId: body.envelope.messageId,
    receiverMessageId: rmid(ctx, encounter.treatmentRegion),
  };
  const stored = store.settlements.insert(settlementId, ctx.client.id, settlement);
  const keys = lines.map((l) => lineKey(l.encounterId, l.lineNo));
  for (const k of keys) store.feeLines.update(k, (l) => ({ ...l, status: 'settled', settlementId }));
  store.settlementBooks.insert(settlementId, ctx.client.id, { settlementId, day: beijingDay(now), lineKeys: keys });
  const book = encounterBook(store, encounter.encounterId);
  saveEncounterBook(store, ctx.client.id, { ...book, settlementIds: [...book.settlementIds, settlementId] });
  store.encounters.update(encounter.encounterId, (e) => ({
    ...e,
    status: interim ? 'interimSettled' : 'settled',
    ...(filing !== undefined && e.filingBasis === 'notFiled' ? { filingBasis: 'filed' as const, filingId: filing.filingId } : {}),
    updatedAt: at,
  }));
  recordMessage(store, ctx.client.id, body.envelope.messageId, interim ? 'settleInterim' : 'settle', {
    settlementId,
    encounterId: encounter.encounterId,
  });
  return ctx.ok(201, stored, withLocation('settlements', settlementId));
}

/** Unlock a settlement's lines and move its encounter back (cancellation and reversal share this). */
function unwind(ctx: AnyCtx, s: Settlement): void {
  const { store } = ctx;
  const book = store.settlementBooks.get(s.settlementId);
  for (const k of book?.lineKeys ?? []) {
    store.feeLines.update(k, (l) => (l.status === 'settled' && l.settlementId === s.settlementId ? omit({ ...l, status: 'uploaded' as const }, 'settlementId') : l));
  }
  adjustBalance(store, s.personNo, s.insuranceType, s.amounts.accountPayFen);
  store.encounters.update(s.encounterId, (e) => {
    let status = e.status;
    if (e.status === 'interimSettled') status = 'inProgress';
    else if (e.status === 'settled') status = e.encounterType === 'inpatient' ? 'discharged' : 'inProgress';
    return { ...e, status, updatedAt: ctx.timestamp() };
  });
}

function isLatest(store: MedicalSettlementStore, s: Settlement): boolean {
  return activeSettlements(store, s.encounterId).at(-1)?.settlementId === s.settlementId;
}

/** The handlers, one per operationId. */
export const handlers = {
  lookupPerson: (ctx: Ctx<'lookupPerson'>) => {
    const env = checkEnvelope(ctx.store, ctx.client.id, ctx.body.envelope, true);
    if (env !== undefined) return fail(ctx, env);
    const person = personByCredential(ctx.store, ctx.body.credential);
    if (person === undefined) return ctx.problem('NOT_FOUND', 'No person for this credential.');
    return ctx.ok(200, { ...personView(person), identities: [], receiverMessageId: rmid(ctx, ctx.body.envelope.treatmentRegion) } as never);
  },

  checkFiling: (ctx: Ctx<'checkFiling'>) => {
    const { body, store } = ctx;
    const env = checkEnvelope(store, ctx.client.id, body.envelope, true);
    if (env !== undefined) return fail(ctx, env);
    const checked = checkPerson(store, body.envelope, body.personNo, body.insuranceType);
    if (isRefusal(checked)) return fail(ctx, checked);
    const covering = coveringFiling(store, ctx.client.id, body.personNo, body.insuranceType, body.envelope.treatmentRegion, body.onDate);
    const filing = covering ?? latestFiling(store, ctx.client.id, body.personNo, body.insuranceType) ?? null;
    return ctx.ok(200, { covered: covering !== undefined, filing });
  },

  registerFiling: (ctx: Ctx<'registerFiling'>) => {
    const { body, store } = ctx;
    const env = checkEnvelope(store, ctx.client.id, body.envelope, true);
    if (env !== undefined) return fail(ctx, env);
    if (body.validTo !== undefined && body.validTo < body.validFrom) return fail(ctx, fieldRefusal('/validTo', 'RANGE', 'validTo may not precede validFrom.'));
    const checked = checkPerson(store, body.envelope, body.personNo, body.insuranceType);
    if (isRefusal(checked)) return fail(ctx, checked);
    const overlapping = store.filings
      .list(ctx.client.id)
      .find(
        (f) =>
          f.personNo === body.personNo &&
          f.insuranceType === body.insuranceType &&
          (f.status === 'effective' || f.status === 'applied') &&
          f.treatmentRegion.slice(0, 2) === body.envelope.treatmentRegion.slice(0, 2) &&
          (f.validTo === undefined || f.validTo >= body.validFrom) &&
          (body.validTo === undefined || f.validFrom <= body.validTo),
      );
    if (overlapping !== undefined) return ctx.problem('FILING_ALREADY_EXISTS', undefined, { existingFilingId: overlapping.filingId });
    let encounter: Encounter | undefined;
    if (body.encounterId !== undefined) {
      encounter = store.encounters.find(body.encounterId, ctx.client.id);
      if (encounter === undefined || encounter.personNo !== body.personNo) return ctx.problem('NOT_FOUND', 'No such encounter of this person.');
    }
    const at = ctx.timestamp();
    const filingId = newFilingId(store, ctx.clock.now());
    const filing = store.filings.insert(filingId, ctx.client.id, {
      filingId,
      personNo: body.personNo,
      insuranceType: body.insuranceType,
      category: body.category,
      emergency: false,
      insuredRegion: checked.enrolment.insuredRegion,
      treatmentRegion: body.envelope.treatmentRegion,
      ...(body.encounterId !== undefined ? { encounterId: body.encounterId } : {}),
      validFrom: body.validFrom,
      ...(body.validTo !== undefined ? { validTo: body.validTo } : {}),
      status: 'effective',
      createdAt: at,
      updatedAt: at,
    });
    if (encounter !== undefined && encounter.filingBasis === 'notFiled') {
      store.encounters.update(encounter.encounterId, (e) => ({ ...e, filingBasis: 'filed', filingId, updatedAt: at }));
    }
    recordMessage(store, ctx.client.id, body.envelope.messageId, 'registerFiling');
    return ctx.ok(201, filing, withLocation('filings', filingId));
  },

  getFiling: (ctx: Ctx<'getFiling'>) => {
    const filing = ctx.store.filings.find(ctx.params.filingId, ctx.client.id);
    return filing === undefined ? ctx.problem('NOT_FOUND') : ctx.ok(200, filing);
  },

  revokeFiling: (ctx: Ctx<'revokeFiling'>) => {
    const env = checkEnvelope(ctx.store, ctx.client.id, ctx.body.envelope, true);
    if (env !== undefined) return fail(ctx, env);
    const filing = ctx.store.filings.update(ctx.params.filingId, (f) => ({ ...f, status: 'revoked', updatedAt: ctx.timestamp() }));
    recordMessage(ctx.store, ctx.client.id, ctx.body.envelope.messageId, 'revokeFiling');
    return ctx.ok(200, filing);
  },

  registerOutpatientEncounter: (ctx: Ctx<'registerOutpatientEncounter'>) => {
    const { body, store } = ctx;
    const env = checkEnvelope(store, ctx.client.id, body.envelope, true);
    if (env !== undefined) return fail(ctx, env);
    if (INPATIENT_TYPES.has(body.medicalType)) return fail(ctx, fieldRefusal('/medicalType', 'OUTPATIENT_ONLY', 'Use an outpatient medical type.'));
    const checked = checkPerson(store, body.envelope, body.personNo, body.insuranceType);
    if (isRefusal(checked)) return fail(ctx, checked);
    if (!credentialMatches(checked.person, body.credential)) return ctx.problem('CREDENTIAL_REJECTED');
    const emergency = body.emergency === true;
    return openEncounter(ctx, 'outpatient', checked, emergency, {
      personNo: body.personNo,
      insuranceType: body.insuranceType,
      medicalType: body.medicalType,
      credentialType: body.credential.type,
      startedAt: body.startedAt,
      visitNo: body.visitNo,
      departmentCode: body.departmentCode,
      departmentName: body.departmentName,
      ...(body.attendingDoctorCode !== undefined ? { attendingDoctorCode: body.attendingDoctorCode } : {}),
      diagnoses: [],
    });
  },

  admitInpatient: (ctx: Ctx<'admitInpatient'>) => {
    const { body, store } = ctx;
    const env = checkEnvelope(store, ctx.client.id, body.envelope, true);
    if (env !== undefined) return fail(ctx, env);
    if (OUTPATIENT_TYPES.has(body.medicalType)) return fail(ctx, fieldRefusal('/medicalType', 'INPATIENT_ONLY', 'Use an inpatient medical type.'));
    const checked = checkPerson(store, body.envelope, body.personNo, body.insuranceType);
    if (isRefusal(checked)) return fail(ctx, checked);
    if (!credentialMatches(checked.person, body.credential)) return ctx.problem('CREDENTIAL_REJECTED');
    return openEncounter(ctx, 'inpatient', checked, body.emergency === true || body.medicalType === '24', {
      personNo: body.personNo,
      insuranceType: body.insuranceType,
      medicalType: body.medicalType,
      credentialType: body.credential.type,
      startedAt: body.admittedAt,
      visitNo: body.admissionNo,
      departmentCode: body.departmentCode,
      departmentName: body.departmentName,
      ...(body.bed !== undefined ? { bed: body.bed } : {}),
      ...(body.attendingDoctorCode !== undefined ? { attendingDoctorCode: body.attendingDoctorCode } : {}),
      admissionDiagnosisDescription: body.admissionDiagnosisDescription,
      ...(body.diseaseCode !== undefined ? { diseaseCode: body.diseaseCode } : {}),
      diagnoses: body.diagnoses,
    });
  },

  getEncounter: (ctx: Ctx<'getEncounter'>) => {
    const e = ctx.store.encounters.find(ctx.params.encounterId, ctx.client.id);
    return e === undefined ? ctx.problem('NOT_FOUND') : ctx.ok(200, e);
  },

  cancelEncounter: (ctx: Ctx<'cancelEncounter'>) => {
    const { store } = ctx;
    const env = checkEnvelope(store, ctx.client.id, ctx.body.envelope, true);
    if (env !== undefined) return fail(ctx, env);
    const encounter = store.encounters.get(ctx.params.encounterId)!;
    if (linesOf(store, encounter.encounterId).some((l) => l.status !== 'deleted')) return fail(ctx, encounterConflict(encounter, 'ENCOUNTER_HAS_FEE_LINES'));
    const at = ctx.timestamp();
    const e = store.encounters.update(encounter.encounterId, (x) => ({ ...x, status: 'cancelled', cancelledAt: at, updatedAt: at }));
    recordMessage(store, ctx.client.id, ctx.body.envelope.messageId, 'cancelEncounter', { encounterId: e.encounterId });
    return ctx.ok(200, e);
  },

  uploadDiagnoses: (ctx: Ctx<'uploadDiagnoses'>) => {
    const { body, store } = ctx;
    const env = checkEnvelope(store, ctx.client.id, body.envelope, true);
    if (env !== undefined) return fail(ctx, env);
    const e = store.encounters.update(ctx.params.encounterId, (x) => ({
      ...x,
      diagnoses: body.diagnoses,
      ...(body.medicalType !== undefined ? { medicalType: body.medicalType } : {}),
      ...(body.diseaseCode !== undefined ? { diseaseCode: body.diseaseCode } : {}),
      status: 'inProgress',
      updatedAt: ctx.timestamp(),
    }));
    recordMessage(store, ctx.client.id, body.envelope.messageId, 'uploadDiagnoses', { encounterId: e.encounterId });
    return ctx.ok(200, e);
  },

  changeInpatientAdmission: (ctx: Ctx<'changeInpatientAdmission'>) => {
    const { body, store } = ctx;
    const encounter = store.encounters.find(ctx.params.encounterId, ctx.client.id);
    if (encounter === undefined) return ctx.problem('NOT_FOUND');
    const env = checkEnvelope(store, ctx.client.id, body.envelope, true);
    if (env !== undefined) return fail(ctx, env);
    if (encounter.encounterType !== 'inpatient' || encounter.status === 'settled' || encounter.status === 'cancelled') {
      return fail(ctx, encounterConflict(encounter));
    }
    const { envelope: _envelope, attendingDoctorName, ...given } = body;
    const changes = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) as Partial<Encounter>;
    if (Object.keys(changes).length === 0 && attendingDoctorName === undefined) return fail(ctx, fieldRefusal('', 'REQUIRED', 'Send at least one change.'));
    const e = store.encounters.update(encounter.encounterId, (x) => ({ ...x, ...changes, updatedAt: ctx.timestamp() }));
    recordMessage(store, ctx.client.id, body.envelope.messageId, 'changeInpatientAdmission', { encounterId: e.encounterId });
    return ctx.ok(200, e);
  },

  dischargeInpatient: (ctx: Ctx<'dischargeInpatient'>) => {
    const { body, store } = ctx;
    const encounter = store.encounters.get(ctx.params.encounterId)!;
    const env = checkEnvelope(store, ctx.client.id, body.envelope, true);
    if (env !== undefined) return fail(ctx, env);
    if (encounter.encounterType !== 'inpatient') return fail(ctx, encounterConflict(encounter));
    if (body.dischargedAt < encounter.startedAt) return fail(ctx, fieldRefusal('/dischargedAt', 'RANGE', 'Discharge may not precede admission.'));
    const e = store.encounters.update(encounter.encounterId, (x) => ({
      ...x,
      discharge: {
        dischargedAt: body.dischargedAt,
        dischargeWay: body.dischargeWay,
        ...(body.departmentCode !== undefined ? { departmentCode: body.departmentCode } : {}),
      },
      diagnoses: body.diagnoses,
      status: 'discharged',
      updatedAt: ctx.timestamp(),
    }));
    recordMessage(store, ctx.client.id, body.envelope.messageId, 'dischargeInpatient', { encounterId: e.encounterId });
    return ctx.ok(200, e);
  },

  cancelDischarge: (ctx: Ctx<'cancelDischarge'>) => {
    const { store } = ctx;
    const env = checkEnvelope(store, ctx.client.id, ctx.body.envelope, true);
    if (env !== undefined) return fail(ctx, env);
    const e = store.encounters.update(ctx.params.encounterId, (x) => omit({ ...x, status: 'inProgress' as const, updatedAt: ctx.timestamp() }, 'discharge'));
    recordMessage(store, ctx.client.id, ctx.body.envelope.messageId, 'cancelDischarge', { encounterId: e.encounterId });
    return ctx.ok(200, e);
  },

  listFeeLines: (ctx: Ctx<'listFeeLines'>) => {
    const { store, params } = ctx;
    if (store.encounters.find(params.encounterId, ctx.client.id) === undefined) return ctx.problem('NOT_FOUND');
    const all = linesOf(store, params.encounterId).filter(
      (l) => (params.status === undefined || l.status === params.status) && (params.chargeBatchNo === undefined || l.chargeBatchNo === params.chargeBatchNo),
    );
    const start = params.cursor === undefined ? 0 : all.findIndex((l) => l.lineNo === params.cursor) + 1;
    if (params.cursor !== undefined && start === 0) {
      return ctx.problem('VALIDATION_FAILED', undefined, { errors: [{ in: 'query', pointer: '/cursor', code: 'UNKNOWN_CURSOR', message: 'The cursor is not valid.' }] });
    }
    const items = all.slice(start, start + params.limit);
    const last = items.at(-1);
    return ctx.ok(200, { items, nextCursor: start + params.limit < all.length && last !== undefined ? last.lineNo : null });
  },

  uploadFeeLines: (ctx: Ctx<'uploadFeeLines'>) => {
    const { body, store } = ctx;
    const encounter = store.encounters.get(ctx.params.encounterId)!;
    const env = checkEnvelope(store, ctx.client.id, body.envelope, true);
    if (env !== undefined) return fail(ctx, env);
    if (!crossRegionMatches(encounter, body.envelope.insuredRegion)) return ctx.problem('INSURED_REGION_MISMATCH');
    const seen = new Set<string>();
    for (const [i, line] of body.lines.entries()) {
      if (seen.has(line.lineNo)) return fail(ctx, fieldRefusal(`/lines/${i}/lineNo`, 'DUPLICATE', 'Line numbers must be unique within a request.'));
      seen.add(line.lineNo);
    }
    const sumErrors = body.lines.flatMap((line, i) =>
      lineTotalOf(line.quantityTenThousandths, line.unitPriceMicroYuan) === line.lineTotalFen
        ? []
        : [{ in: 'body' as const, pointer: `/lines/${i}/lineTotalFen`, code: 'LINE_TOTAL', message: 'Must equal quantity × unit price, rounded half up to the fen.' }],
    );
    if (sumErrors.length > 0) return ctx.problem('AMOUNTS_DO_NOT_ADD_UP', undefined, { errors: sumErrors });
    const at = ctx.timestamp();
    const items: FeeLine[] = [];
    const book = encounterBook(store, encounter.encounterId);
    const keys = [...book.lineKeys];
    for (const [i, line] of body.lines.entries()) {
      const key = lineKey(encounter.encounterId, line.lineNo);
      const existing = store.feeLines.get(key);
      if (existing !== undefined) {
        const same =
          existing.status !== 'deleted' &&
          existing.lineTotalFen === line.lineTotalFen &&
          existing.quantityTenThousandths === line.quantityTenThousandths &&
          existing.unitPriceMicroYuan === line.unitPriceMicroYuan &&
          existing.nationalListCode === line.nationalListCode &&
          existing.hospitalListCode === line.hospitalListCode &&
          existing.occurredAt === line.occurredAt &&
          existing.chargeBatchNo === line.chargeBatchNo;
        if (!same) return ctx.problem('FEE_LINE_NO_CONFLICT', undefined, { errors: [{ in: 'body', pointer: `/lines/${i}/lineNo`, code: 'CONFLICT', message: 'This line number holds other content.' }] });
        items.push(existing);
        continue;
      }
      if (line.originalLineNo !== undefined) {
        const original = store.feeLines.get(lineKey(encounter.encounterId, line.originalLineNo));
        if (original === undefined || original.status === 'deleted') return ctx.problem('FEE_LINE_NOT_FOUND', undefined, { errors: [{ in: 'body', pointer: `/lines/${i}/originalLineNo`, code: 'NOT_FOUND', message: 'No such unsettled line.' }] });
        if (original.status === 'settled') return ctx.problem('FEE_LINE_SETTLED', undefined, { errors: [{ in: 'body', pointer: `/lines/${i}/originalLineNo`, code: 'SETTLED', message: 'The line is settled.' }] });
        store.feeLines.update(lineKey(encounter.encounterId, line.originalLineNo), (l) => ({ ...l, status: 'deleted', deletedAt: at }));
      }
      const c = classifyLine(line.nationalListCode, line.lineTotalFen);
      const stored = store.feeLines.insert(key, ctx.client.id, {
        lineNo: line.lineNo,
        encounterId: encounter.encounterId,
        ...(line.originalLineNo !== undefined ? { originalLineNo: line.originalLineNo } : {}),
        ...(line.chargeBatchNo !== undefined ? { chargeBatchNo: line.chargeBatchNo } : {}),
        ...(line.orderNo !== undefined ? { orderNo: line.orderNo } : {}),
        ...(line.prescriptionNo !== undefined ? { prescriptionNo: line.prescriptionNo } : {}),
        occurredAt: line.occurredAt,
        nationalListCode: line.nationalListCode,
        hospitalListCode: line.hospitalListCode,
        lineTotalFen: line.lineTotalFen,
        quantityTenThousandths: line.quantityTenThousandths,
        unitPriceMicroYuan: line.unitPriceMicroYuan,
        classification: c,
        status: 'uploaded',
        messageId: body.envelope.messageId,
        uploadedAt: at,
      });
      keys.push(key);
      items.push(stored);
    }
    saveEncounterBook(store, ctx.client.id, { ...book, lineKeys: keys });
    store.encounters.update(encounter.encounterId, (e) => ({ ...e, status: 'inProgress', updatedAt: at }));
    recordMessage(store, ctx.client.id, body.envelope.messageId, 'uploadFeeLines', { encounterId: encounter.encounterId });
    return ctx.ok(200, { encounterId: encounter.encounterId, items, receiverMessageId: rmid(ctx, encounter.treatmentRegion) });
  },

  deleteFeeLines: (ctx: Ctx<'deleteFeeLines'>) => {
    const { body, store } = ctx;
    const encounter = store.encounters.get(ctx.params.encounterId)!;
    const env = checkEnvelope(store, ctx.client.id, body.envelope, true);
    if (env !== undefined) return fail(ctx, env);
    const lines = linesOf(store, encounter.encounterId);
    const sel = body.selection;
    let chosen: FeeLine[];
    if (sel.scope === 'lines') {
      chosen = [];
      const missing: number[] = [];
      sel.lineNos.forEach((no, i) => {
        const l = lines.find((x) => x.lineNo === no);
        if (l === undefined) missing.push(i);
        else chosen.push(l);
      });
      if (missing.length > 0) {
        return ctx.problem('FEE_LINE_NOT_FOUND', undefined, {
          errors: missing.map((i) => ({ in: 'body' as const, pointer: `/selection/lineNos/${i}`, code: 'NOT_FOUND', message: 'No such line on this encounter.' })),
        });
      }
    } else if (sel.scope === 'chargeBatch') {
      chosen = lines.filter((l) => l.chargeBatchNo === sel.chargeBatchNo);
    } else {
      chosen = lines.filter((l) => l.status === 'uploaded');
    }
    const settled = chosen.filter((l) => l.status === 'settled');
    if (settled.length > 0) {
      return ctx.problem('FEE_LINE_SETTLED', 'Cancel or reverse the settlement first.', {
        currentState: encounter.status,
        allowedActions: allowedActions('encounter', encounter.status),
        errors: settled.map((l) => ({ in: 'body' as const, pointer: sel.scope === 'lines' ? `/selection/lineNos/${sel.lineNos.indexOf(l.lineNo)}` : '/selection', code: 'SETTLED', message: 'This line is settled.' })),
      });
    }
    const at = ctx.timestamp();
    const deleted = chosen.filter((l) => l.status === 'uploaded');
    for (const l of deleted) store.feeLines.update(lineKey(l.encounterId, l.lineNo), (x) => ({ ...x, status: 'deleted', deletedAt: at }));
    store.encounters.update(encounter.encounterId, (e) => ({ ...e, status: 'inProgress', updatedAt: at }));
    recordMessage(store, ctx.client.id, body.envelope.messageId, 'deleteFeeLines', { encounterId: encounter.encounterId });
    return ctx.ok(200, {
      encounterId: encounter.encounterId,
      deletedLineNos: deleted.map((l) => l.lineNo),
      deletedCount: deleted.length,
      receiverMessageId: rmid(ctx, encounter.treatmentRegion),
    });
  },

  preSettle: (ctx: Ctx<'preSettle'>) => {
    const { body, store } = ctx;
    const encounter = store.encounters.find(ctx.params.encounterId, ctx.client.id);
    if (encounter === undefined) return ctx.problem('NOT_FOUND');
    const interim = body.interim === true;
    const prepared = prepare(ctx, encounter, body, interim);
    if (isRefusal(prepared)) return fail(ctx, prepared);
    return ctx.ok(200, {
      encounterId: encounter.encounterId,
      interim,
      amounts: prepared.amounts,
      fundPayments: fundPayments(prepared.amounts),
      lineCount: prepared.lines.length,
      accountBalanceAfterFen: prepared.checked.enrolment.accountBalanceFen - prepared.amounts.accountPayFen,
      receiverMessageId: rmid(ctx, encounter.treatmentRegion),
    });
  },

  settle: (ctx: Ctx<'settle'>) => settleEncounter(ctx, false),

  settleInterim: (ctx: Ctx<'settleInterim'>) => settleEncounter(ctx, true),

  listSettlements: (ctx: Ctx<'listSettlements'>) => {
    const p = ctx.params;
    const all = ctx.store.settlements
      .list(ctx.client.id)
      .filter(
        (s) =>
          (p.messageId === undefined || s.messageId === p.messageId) &&
          (p.encounterId === undefined || s.encounterId === p.encounterId) &&
          (p.settledOn === undefined || ctx.store.settlementBooks.get(s.settlementId)?.day === p.settledOn) &&
          (p.status === undefined || s.status === p.status) &&
          (p.insuranceType === undefined || s.insuranceType === p.insuranceType) &&
          (p.clearingType === undefined || s.clearingType === p.clearingType),
      )
      .sort((a, b) => (a.settlementId < b.settlementId ? -1 : 1));
    const start = p.cursor === undefined ? 0 : all.findIndex((s) => s.settlementId === p.cursor) + 1;
    if (p.cursor !== undefined && start === 0) {
      return ctx.problem('VALIDATION_FAILED', undefined, { errors: [{ in: 'query', pointer: '/cursor', code: 'UNKNOWN_CURSOR', message: 'The cursor is not valid.' }] });
    }
    const items = all.slice(start, start + p.limit);
    const last = items.at(-1);
    return ctx.ok(200, { items, nextCursor: start + p.limit < all.length && last !== undefined ? last.settlementId : null });
  },

  getSettlement: (ctx: Ctx<'getSettlement'>) => {
    const s = ctx.store.settlements.find(ctx.params.settlementId, ctx.client.id);
    return s === undefined ? ctx.problem('NOT_FOUND') : ctx.ok(200, s);
  },

  cancelSettlement: (ctx: Ctx<'cancelSettlement'>) => {
    const { store } = ctx;
    const env = checkEnvelope(store, ctx.client.id, ctx.body.envelope, true);
    if (env !== undefined) return fail(ctx, env);
    const s = store.settlements.get(ctx.params.settlementId)!;
    if (!isLatest(store, s)) {
      return ctx.problem('ILLEGAL_TRANSITION', 'Cancel the later settlement of the encounter first.', {
        currentState: s.status,
        allowedActions: allowedActions('settlement', s.status),
      });
    }
    const now = ctx.clock.now();
    unwind(ctx, s);
    const cancellationSettlementId = newSettlementId(store, agencyOf(s.settlementAgency), now);
    const updated = store.settlements.update(s.settlementId, (x) => ({
      ...x,
      status: 'cancelled',
      cancellation: {
        cancellationSettlementId,
        cancelledAt: ctx.timestamp(),
        messageId: ctx.body.envelope.messageId,
        receiverMessageId: rmid(ctx, x.treatmentRegion),
      },
    }));
    store.settlementBooks.update(s.settlementId, (b) => ({ ...b, statusBeforeCancel: s.status === 'reconciled' ? 'reconciled' : 'settled', refundDay: beijingDay(now) }));
    recordMessage(store, ctx.client.id, ctx.body.envelope.messageId, 'cancelSettlement', { settlementId: s.settlementId, encounterId: s.encounterId });
    return ctx.ok(200, updated);
  },

  createReversal: (ctx: Ctx<'createReversal'>) => {
    const { body, store } = ctx;
    const me = ctx.client.id;
    const env = checkEnvelope(store, me, body.envelope, true);
    if (env !== undefined) return fail(ctx, env);
    if (body.originalMessageId === body.envelope.messageId) return fail(ctx, fieldRefusal('/originalMessageId', 'SELF', 'A reversal cannot name itself.'));
    const original = store.messages.find(body.originalMessageId, me);
    if (original === undefined) {
      // Never received, or refused: a definite outcome. Fence the id so that a late arrival is refused.
      store.fenced.add(fenceKey(me, body.originalMessageId));
      return ctx.problem('UNKNOWN_ORIGINAL_MESSAGE', 'The original never took effect; its message id is now fenced.');
    }
    if (original.operationId !== body.originalOperation) return ctx.problem('ORIGINAL_OPERATION_MISMATCH');
    const s = original.settlementId !== undefined ? store.settlements.get(original.settlementId) : undefined;
    if (s === undefined) return ctx.problem('REVERSAL_NOT_ALLOWED');
    if (s.personNo !== body.personNo) return fail(ctx, fieldRefusal('/personNo', 'MISMATCH', 'The person is not the original’s.'));
    const checked = checkPerson(store, body.envelope, s.personNo, s.insuranceType);
    if (isRefusal(checked)) return fail(ctx, checked);
    if (original.reversalId !== undefined) return ctx.problem('SETTLEMENT_ALREADY_REVERSED', undefined, { currentState: s.status });
    const now = ctx.clock.now();
    const at = ctx.timestamp();
    const inpatient = s.encounterType === 'inpatient';
    let code: '2207' | '2208' | '2304' | '2305';
    if (body.originalOperation === 'cancelSettlement') {
      code = inpatient ? '2305' : '2208';
      const book = store.settlementBooks.get(s.settlementId);
      const encounter = store.encounters.get(s.encounterId)!;
      const linesFree = (book?.lineKeys ?? []).every((k) => store.feeLines.get(k)?.status === 'uploaded');
      const expected = s.interim ? 'inProgress' : inpatient ? 'discharged' : 'inProgress';
      const ids = encounterBook(store, s.encounterId).settlementIds;
      const laterActive = activeSettlements(store, s.encounterId).some((x) => ids.indexOf(x.settlementId) > ids.indexOf(s.settlementId));
      if (s.status !== 'cancelled' || !linesFree || encounter.status !== expected || laterActive) {
        return ctx.problem('REVERSAL_NOT_ALLOWED', 'The encounter changed after the cancellation.');
      }
      const restored = book?.statusBeforeCancel ?? 'settled';
      for (const k of book?.lineKeys ?? []) store.feeLines.update(k, (l) => ({ ...l, status: 'settled', settlementId: s.settlementId }));
      adjustBalance(store, s.personNo, s.insuranceType, -s.amounts.accountPayFen);
      store.encounters.update(s.encounterId, (e) => ({ ...e, status: s.interim ? 'interimSettled' : 'settled', updatedAt: at }));
      store.settlements.update(s.settlementId, (x) => omit({ ...x, status: restored }, 'cancellation'));
      store.settlementBooks.update(s.settlementId, (b) => omit(omit(b, 'refundDay'), 'statusBeforeCancel'));
    } else {
      code = body.originalOperation === 'settleInterim' || inpatient ? '2304' : '2207';
      if (s.status === 'cancelled') return ctx.problem('SETTLEMENT_ALREADY_CANCELLED', undefined, { currentState: s.status, allowedActions: allowedActions('settlement', s.status) });
      if (s.status === 'reversed') return ctx.problem('SETTLEMENT_ALREADY_REVERSED', undefined, { currentState: s.status, allowedActions: allowedActions('settlement', s.status) });
      if (s.status === 'cleared') return ctx.problem('SETTLEMENT_ALREADY_CLEARED', 'Roll the clearing back first (3262) or adjust in the next period.', { currentState: s.status, allowedActions: allowedActions('settlement', s.status) });
      if (!isLatest(store, s)) return ctx.problem('REVERSAL_NOT_ALLOWED', 'Reverse the later settlement of the encounter first.');
      const afterReconciliation = s.status === 'reconciled';
      unwind(ctx, s);
      store.settlementBooks.update(s.settlementId, (b) => (afterReconciliation ? { ...b, reversedAfterReconciliation: true, refundDay: beijingDay(now) } : b));
    }
    const reversalId = ctx.newId('rev_');
    if (body.originalOperation !== 'cancelSettlement') store.settlements.update(s.settlementId, (x) => ({ ...x, status: 'reversed', reversalId }));
    const reversal = store.reversals.insert(reversalId, me, {
      reversalId,
      originalMessageId: body.originalMessageId,
      originalOperation: body.originalOperation,
      originalTransactionCode: code,
      settlementId: s.settlementId,
      encounterId: s.encounterId,
      reversedAt: at,
      messageId: body.envelope.messageId,
      receiverMessageId: rmid(ctx, body.envelope.treatmentRegion),
    });
    store.messages.update(original.messageId, (m) => ({ ...m, reversalId }));
    recordMessage(store, me, body.envelope.messageId, 'createReversal', { settlementId: s.settlementId, encounterId: s.encounterId });
    return ctx.ok(201, reversal, withLocation('reversals', reversalId));
  },

  getReversal: (ctx: Ctx<'getReversal'>) => {
    const r = ctx.store.reversals.find(ctx.params.reversalId, ctx.client.id);
    return r === undefined ? ctx.problem('NOT_FOUND') : ctx.ok(200, r);
  },

  reconcileTotals: (ctx: Ctx<'reconcileTotals'>) => {
    const { body, store } = ctx;
    const env = checkEnvelope(store, ctx.client.id, body.envelope, true);
    if (env !== undefined) return fail(ctx, env);
    if (body.statementTo < body.statementFrom) return fail(ctx, fieldRefusal('/statementTo', 'RANGE', 'statementTo may not precede statementFrom.'));
    const remoteTotals = totalsOf((function* () {
      for (const r of remoteRows(store, ctx.client.id, body)) yield r.row;
    })());
    const balanced = sameTotals(remoteTotals, body.totals);
    const reconciliationId = ctx.newId('rcn_');
    if (balanced) {
      for (const { row, settlement } of remoteRows(store, ctx.client.id, body)) {
        if (!row.refund && settlement?.status === 'settled') store.settlements.update(settlement.settlementId, (s) => ({ ...s, status: 'reconciled', reconciliationId }));
      }
    }
    const at = ctx.timestamp();
    const run = store.reconciliations.insert(reconciliationId, ctx.client.id, {
      reconciliationId,
      insuranceType: body.insuranceType,
      clearingType: body.clearingType,
      settlementAgency: body.settlementAgency,
      statementFrom: body.statementFrom,
      statementTo: body.statementTo,
      includesRefunds: body.includesRefunds,
      localTotals: body.totals,
      remoteTotals,
      totalsResult: balanced ? 'balanced' : 'unbalanced',
      resultDescription: balanced ? '对账平 balanced' : '对账不平 unbalanced: compare the detail',
      status: 'totalsCompared',
      messageId: body.envelope.messageId,
      createdAt: at,
      updatedAt: at,
    });
    recordMessage(store, ctx.client.id, body.envelope.messageId, 'reconcileTotals');
    return ctx.ok(201, run, withLocation('reconciliations', reconciliationId));
  },

  getReconciliation: (ctx: Ctx<'getReconciliation'>) => {
    const run = ctx.store.reconciliations.find(ctx.params.reconciliationId, ctx.client.id);
    return run === undefined ? ctx.problem('NOT_FOUND') : ctx.ok(200, run);
  },

  compareReconciliationDetail: async (ctx: Ctx<'compareReconciliationDetail'>) => {
    const { store } = ctx;
    const run = store.reconciliations.get(ctx.params.reconciliationId)!;
    if (run.totalsResult === 'balanced') {
      return ctx.problem('RECONCILIATION_ALREADY_BALANCED', undefined, { currentState: run.status, allowedActions: [] });
    }
    let result: Awaited<ReturnType<typeof compareRows>>;
    try {
      result = await compareRows(ctx.body as unknown as AsyncIterable<DetailRow> | readonly DetailRow[], remoteRows(store, ctx.client.id, run));
    } catch (error) {
      if (!(error instanceof RowOrderError)) throw error;
      return fail(ctx, fieldRefusal(`/${error.line}/settlementId`, error.duplicate ? 'DUPLICATE' : 'ORDER', 'Rows are unique and in (settlementId, refund) order.'));
    }
    if (!sameTotals(result.localTotals, run.localTotals)) {
      return ctx.problem('AMOUNTS_DO_NOT_ADD_UP', 'The rows do not add up to the run’s local totals.');
    }
    for (const id of result.matchedSettlements) {
      store.settlements.update(id, (s) => (s.status === 'settled' ? { ...s, status: 'reconciled', reconciliationId: run.reconciliationId } : s));
    }
    store.detailResults.insert(run.reconciliationId, ctx.client.id, { reconciliationId: run.reconciliationId, lines: result.lines });
    const summary = result.lines.at(-1);
    store.reconciliations.update(run.reconciliationId, (r) => ({
      ...r,
      status: 'detailCompared',
      ...(summary !== undefined && summary.kind === 'summary' ? { detailSummary: summary } : {}),
      updatedAt: ctx.timestamp(),
    }));
    return ctx.ok(200, result.lines as never);
  },

  getReconciliationDifferences: (ctx: Ctx<'getReconciliationDifferences'>) => {
    const run = ctx.store.reconciliations.find(ctx.params.reconciliationId, ctx.client.id);
    if (run === undefined) return ctx.problem('NOT_FOUND');
    const stored = ctx.store.detailResults.get(run.reconciliationId);
    if (stored === undefined) {
      return ctx.problem('ILLEGAL_TRANSITION', 'No detail has been compared for this run.', {
        currentState: run.status,
        allowedActions: allowedActions('reconciliation', run.status),
      });
    }
    return ctx.ok(200, stored.lines as never);
  },

  resolveReconciliation: (ctx: Ctx<'resolveReconciliation'>) => {
    const env = checkEnvelope(ctx.store, ctx.client.id, ctx.body.envelope, true);
    if (env !== undefined) return fail(ctx, env);
    const run = ctx.store.reconciliations.update(ctx.params.reconciliationId, (r) => ({ ...r, status: 'resolved', updatedAt: ctx.timestamp() }));
    recordMessage(ctx.store, ctx.client.id, ctx.body.envelope.messageId, 'resolveReconciliation');
    return ctx.ok(200, run);
  },
};

function crossRegionMatches(encounter: Encounter, insuredRegion: string): boolean {
  return encounter.insuredRegion.slice(0, 4) === insuredRegion.slice(0, 4);
}

/** Open an encounter after the person checks: filing coverage, emergency deemed filing, the record. */
function openEncounter(
  ctx: Ctx<'registerOutpatientEncounter'> | Ctx<'admitInpatient'>,
  encounterType: 'outpatient' | 'inpatient',
  checked: CheckedPerson,
  emergency: boolean,
  fields: Omit<Encounter, 'encounterId' | 'encounterType' | 'insuredRegion' | 'treatmentRegion' | 'facilityCode' | 'filingBasis' | 'emergency' | 'status' | 'messageId' | 'createdAt' | 'updatedAt'>,
): HandlerResult {
  const { store } = ctx;
  const envelope = ctx.body.envelope;
  const now = ctx.clock.now();
  const at = ctx.timestamp();
  const encounterId = newEncounterId(store, envelope.treatmentRegion, now);
  const covering = coveringFiling(store, ctx.client.id, fields.personNo, fields.insuranceType, envelope.treatmentRegion, beijingDay(now));
  let filingBasis: Encounter['filingBasis'];
  let filingId: string | undefined;
  if (covering !== undefined) {
    filingBasis = 'filed';
    filingId = covering.filingId;
  } else if (emergency) {
    filingBasis = 'deemedFiled';
    filingId = newFilingId(store, now);
    store.filings.insert(filingId, ctx.client.id, {
      filingId,
      personNo: fields.personNo,
      insuranceType: fields.insuranceType,
      emergency: true,
      insuredRegion: checked.enrolment.insuredRegion,
      treatmentRegion: envelope.treatmentRegion,
      encounterId,
      validFrom: beijingDay(now),
      status: 'deemedFiled',
      createdAt: at,
      updatedAt: at,
    });
  } else if (encounterType === 'outpatient') {
    return ctx.problem('NOT_FILED', 'File first, or register as an emergency.');
  } else {
    filingBasis = 'notFiled';
  }
  const encounter = store.encounters.insert(encounterId, ctx.client.id, {
    ...fields,
    encounterId,
    encounterType,
    insuredRegion: envelope.insuredRegion,
    treatmentRegion: envelope.treatmentRegion,
    facilityCode: envelope.facilityCode,
    filingBasis,
    ...(filingId !== undefined ? { filingId } : {}),
    emergency,
    status: 'registered',
    messageId: envelope.messageId,
    createdAt: at,
    updatedAt: at,
  });
  saveEncounterBook(store, ctx.client.id, { encounterId, lineKeys: [], settlementIds: [] });
  recordMessage(store, ctx.client.id, envelope.messageId, ctx.operation.operationId, { encounterId });
  return ctx.ok(201, encounter, withLocation('encounters', encounterId));
}

/** A local row out of (`settlementId`, `refund`) order, or repeated. */
export class RowOrderError extends Error {
  constructor(
    readonly line: number,
    readonly duplicate: boolean,
  ) {
    super('detail rows out of order');
  }
}

/**
 * The differences of local rows against the platform's rows, both in (`settlementId`, `refund`) order, found in
 * one pass (a merge join: memory holds the differences, not the rows), then the summary line; with the local
 * totals, to be checked against the run's.
 */
export async function compareRows(
  local: AsyncIterable<DetailRow> | Iterable<DetailRow>,
  remote: Iterator<RemoteRow>,
): Promise<{ lines: ResultLine[]; matchedSettlements: string[]; localTotals: ReturnType<typeof totalsOf> }> {
  const lines: ResultLine[] = [];
  const matchedSettlements: string[] = [];
  let localRows = 0;
  let remoteCount = 0;
  let matchedRows = 0;
  let localOnly = 0;
  let remoteOnly = 0;
  let amountMismatch = 0;
  const totals = { medicalFeeTotalFen: 0, fundPaySumFen: 0, accountPayFen: 0, settlementCount: 0 };
  let head = remote.next();
  const advance = (): void => {
    remoteCount += 1;
    head = remote.next();
  };
  const emitRemoteOnly = (r: RemoteRow): void => {
    remoteOnly += 1;
    lines.push({ kind: 'remoteOnly', settlementId: r.row.settlementId, refund: r.row.refund, remote: r.row, ...(r.settlement !== undefined ? { messageId: r.settlement.messageId } : {}) });
  };
  let previous: DetailRow | undefined;
  for await (const row of local) {
    if (previous !== undefined) {
      const order = compareRowKeys(previous, row);
      if (order >= 0) throw new RowOrderError(localRows, order === 0);
    }
    previous = row;
    localRows += 1;
    totals.medicalFeeTotalFen += row.medicalFeeTotalFen;
    totals.fundPaySumFen += row.fundPaySumFen;
    totals.accountPayFen += row.accountPayFen;
    totals.settlementCount += 1;
    while (head.done !== true && compareRowKeys(head.value.row, row) < 0) {
      emitRemoteOnly(head.value);
      advance();
    }
    if (head.done !== true && compareRowKeys(head.value.row, row) === 0) {
      const r = head.value;
      advance();
      if (sameAmounts(r.row, row) && r.row.encounterId === row.encounterId && r.row.personNo === row.personNo) {
        matchedRows += 1;
        if (!row.refund && r.settlement !== undefined) matchedSettlements.push(row.settlementId);
      } else {
        amountMismatch += 1;
        lines.push({ kind: 'amountMismatch', settlementId: row.settlementId, refund: row.refund, local: row, remote: r.row, ...(r.settlement !== undefined ? { messageId: r.settlement.messageId } : {}) });
      }
    } else {
      localOnly += 1;
      lines.push({ kind: 'localOnly', settlementId: row.settlementId, refund: row.refund, local: row });
    }
  }
  while (head.done !== true) {
    emitRemoteOnly(head.value);
    advance();
  }
  lines.push({ kind: 'summary', localRows, remoteRows: remoteCount, matchedRows, localOnly, remoteOnly, amountMismatch });
  return { lines, matchedSettlements, localTotals: totals };
}
