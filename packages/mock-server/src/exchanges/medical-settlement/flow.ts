// The business rules shared by the handlers (业务规则): envelope and person checks, filing coverage, message-id
// bookkeeping, ids, times, and the reconciliation rows of a day. Handlers call these and answer; nothing here
// answers by itself.
import { operations, type ProblemCode } from '@zhongyuan/sdk/medical-settlement';
import type { FieldError, ProblemExtras } from '../../core/index.js';
import { cityOfRegion, crossProvince, sameInsuredPlace } from './policy.js';
import {
  NATIONAL,
  nextSequence,
  type DetailRow,
  type Encounter,
  type EncounterBook,
  type Enrolment,
  type Filing,
  type MedicalSettlementStore,
  type Person,
  type Settlement,
  type SyntheticDay,
  type Totals,
} from './store.js';

/** A refusal a handler turns into `ctx.problem`. */
export interface Refusal {
  readonly code: ProblemCode;
  readonly detail?: string;
  readonly extras?: ProblemExtras;
}

/** Shorthand for a refusal. */
export function refusal(code: ProblemCode, detail?: string, extras?: ProblemExtras): Refusal {
  return { code, ...(detail !== undefined ? { detail } : {}), ...(extras !== undefined ? { extras } : {}) };
}

/** A 400 naming one body field. */
export function fieldRefusal(pointer: string, code: string, message: string): Refusal {
  const error: FieldError = { in: 'body', pointer, code, message };
  return refusal('VALIDATION_FAILED', undefined, { errors: [error] });
}

const BEIJING_MS = 8 * 3600_000;

/** The Beijing calendar date (`YYYY-MM-DD`) of instant `ms`. */
export function beijingDay(ms: number): string {
  return new Date(ms + BEIJING_MS).toISOString().slice(0, 10);
}

/** `yyyyMMddHHmmss` in Beijing time. */
export function compactTime(ms: number): string {
  return new Date(ms + BEIJING_MS).toISOString().slice(0, 19).replace(/[-T:]/g, '');
}

/** A receiver message id (`inf_refmsgid`): region (6) + time (14) + sequence (10). */
export function receiverMessageId(store: MedicalSettlementStore, region: string, now: number): string {
  return `${region}${compactTime(now)}${String(nextSequence(store, 'receiver')).padStart(10, '0')}`;
}

/** A new encounter id (`mdtrt_id`): `M` + treatment region + `yyMMdd` + 7-digit sequence. */
export function newEncounterId(store: MedicalSettlementStore, treatmentRegion: string, now: number): string {
  return `M${treatmentRegion}${beijingDay(now).replace(/-/g, '').slice(2)}${String(nextSequence(store, 'encounter')).padStart(7, '0')}`;
}

/** A new settlement id (`setl_id`): `A` + insured pool + `yyMMdd` + 7-digit sequence (also for refund records). */
export function newSettlementId(store: MedicalSettlementStore, pool: string, now: number): string {
  return `A${pool}${beijingDay(now).replace(/-/g, '').slice(2)}${String(nextSequence(store, 'settlement')).padStart(7, '0')}`;
}

/** A new filing id. */
export function newFilingId(store: MedicalSettlementStore, now: number): string {
  return `F${beijingDay(now).replace(/-/g, '')}${String(nextSequence(store, 'filing')).padStart(8, '0')}`;
}

/** The envelope members every checked request carries. */
export interface EnvelopeLike {
  readonly messageId: string;
  readonly facilityCode: string;
  readonly treatmentRegion: string;
  readonly insuredRegion?: string;
}

/**
 * Checks of the envelope: the message id starts with the facility code, the facility is networked for
 * cross-province settlement (a synthetic rule: sequences from 90000 are not), and, when `fresh`, the message id
 * was never used (a reversed or fenced one: `MESSAGE_ALREADY_REVERSED`).
 */
export function checkEnvelope(store: MedicalSettlementStore, clientId: string, envelope: EnvelopeLike, fresh: boolean): Refusal | undefined {
  if (!envelope.messageId.startsWith(envelope.facilityCode)) {
    return fieldRefusal('/envelope/messageId', 'PATTERN', 'The message id must start with the facility code.');
  }
  if (Number(envelope.facilityCode.slice(7)) >= 90_000) return refusal('FACILITY_NOT_NETWORKED');
  if (store.fenced.has(fenceKey(clientId, envelope.messageId))) return refusal('MESSAGE_ALREADY_REVERSED');
  const seen = store.messages.get(envelope.messageId);
  if (seen !== undefined && (fresh || seen.reversalId !== undefined)) {
    return refusal(seen.reversalId !== undefined ? 'MESSAGE_ALREADY_REVERSED' : 'MESSAGE_ID_REUSED');
  }
  return undefined;
}

/** The key of a fenced message id. */
export function fenceKey(clientId: string, messageId: string): string {
  return `${clientId}\u0000${messageId}`;
}

/** Record a message id that took effect. */
export function recordMessage(
  store: MedicalSettlementStore,
  clientId: string,
  messageId: string,
  operationId: string,
  links: { readonly settlementId?: string; readonly encounterId?: string } = {},
): void {
  store.messages.insert(messageId, clientId, { messageId, operationId, ...links });
}

/** A person and the enrolment a request names, after the eligibility and region checks. */
export interface CheckedPerson {
  readonly person: Person;
  readonly enrolment: Enrolment;
}

/**
 * The person `personNo` and their enrolment in `insuranceType`: cross-province regions (422
 * `REGION_NOT_CROSS_PROVINCE`), a known person (404), an enrolment whose region matches the envelope's (422
 * `INSURED_REGION_MISMATCH`; `xxxx00` and `xxxx99` forms both accepted), and normal status (422 `NOT_ELIGIBLE`).
 */
export function checkPerson(
  store: MedicalSettlementStore,
  envelope: EnvelopeLike & { readonly insuredRegion: string },
  personNo: string,
  insuranceType: string,
): CheckedPerson | Refusal {
  if (!crossProvince(envelope.insuredRegion, envelope.treatmentRegion)) return refusal('REGION_NOT_CROSS_PROVINCE');
  const person = store.persons.get(personNo);
  if (person === undefined) return refusal('NOT_FOUND', 'No person with this number.');
  const enrolment = person.insurances.find((e) => e.insuranceType === insuranceType);
  if (enrolment === undefined) return refusal('NOT_ELIGIBLE', 'The person is not enrolled in this insurance type.');
  if (!sameInsuredPlace(enrolment.insuredRegion, envelope.insuredRegion)) return refusal('INSURED_REGION_MISMATCH');
  if (enrolment.insuranceStatus !== '1') return refusal('NOT_ELIGIBLE', 'The insurance is suspended.');
  return { person, enrolment };
}

/** Whether `r` is a refusal. */
export function isRefusal(r: object): r is Refusal {
  return 'code' in r;
}

/** The credential presented, in any of its three forms. */
export type Credential =
  | { readonly type: 'ecToken'; readonly token: string }
  | { readonly type: 'citizenId'; readonly citizenId: string }
  | { readonly type: 'socialSecurityCard'; readonly cardNo: string; readonly cardSerialNo?: string | undefined };

/** Whether `credential` identifies `person`. */
export function credentialMatches(person: Person, credential: Credential): boolean {
  switch (credential.type) {
    case 'ecToken':
      return credential.token === person.ecToken;
    case 'citizenId':
      return credential.citizenId === person.citizenId;
    case 'socialSecurityCard':
      return credential.cardNo === person.cardNo;
  }
}

/** The person a credential identifies. */
export function personByCredential(store: MedicalSettlementStore, credential: Credential): Person | undefined {
  return store.persons.list(NATIONAL).find((p) => credentialMatches(p, credential));
}

/** The filing of `clientId` that covers `personNo`'s treatment in `treatmentRegion`'s province on `day`. */
export function coveringFiling(
  store: MedicalSettlementStore,
  clientId: string,
  personNo: string,
  insuranceType: string,
  treatmentRegion: string,
  day: string,
): Filing | undefined {
  return store.filings
    .list(clientId)
    .find(
      (f) =>
        f.personNo === personNo &&
        f.insuranceType === insuranceType &&
        f.status === 'effective' &&
        f.treatmentRegion.slice(0, 2) === treatmentRegion.slice(0, 2) &&
        f.validFrom <= day &&
        (f.validTo === undefined || day <= f.validTo),
    );
}

/** The most recent filing of the person (any state), for `checkFiling`. */
export function latestFiling(store: MedicalSettlementStore, clientId: string, personNo: string, insuranceType: string): Filing | undefined {
  return store.filings
    .list(clientId)
    .filter((f) => f.personNo === personNo && f.insuranceType === insuranceType)
    .at(-1);
}

/** The actions of `machine` allowed from `state` (as the generic check reports them). */
export function allowedActions(machine: string, state: string): string[] {
  const out: string[] = [];
  for (const op of Object.values(operations)) {
    const t = op.transition;
    if (t !== undefined && t.machine === machine && (t.from as readonly string[]).includes(state) && !out.includes(t.action)) out.push(t.action);
  }
  return out;
}

/** A 409 naming the encounter's current state and allowed actions. */
export function encounterConflict(encounter: Encounter, code: ProblemCode = 'ILLEGAL_TRANSITION', detail?: string): Refusal {
  return refusal(code, detail, { currentState: encounter.status, allowedActions: allowedActions('encounter', encounter.status) });
}

/** The book of an encounter (created empty when missing). */
export function encounterBook(store: MedicalSettlementStore, encounterId: string): EncounterBook {
  return store.encounterBooks.get(encounterId) ?? { encounterId, lineKeys: [], settlementIds: [] };
}

/** Save an encounter's book. */
export function saveEncounterBook(store: MedicalSettlementStore, owner: string, book: EncounterBook): void {
  if (store.encounterBooks.get(book.encounterId) === undefined) store.encounterBooks.insert(book.encounterId, owner, book);
  else store.encounterBooks.update(book.encounterId, () => book);
}

/** The key of a fee line. */
export function lineKey(encounterId: string, lineNo: string): string {
  return `${encounterId}/${lineNo}`;
}

/** The settlement agency of an insured region (pool code; `xxxx00` and `xxxx99` name the same agency). */
export function agencyOf(region: string): string {
  return cityOfRegion(region)?.medicalPoolCode ?? region;
}

/** The scope of a reconciliation run. */
export interface ReconciliationScope {
  readonly insuranceType: string;
  readonly clearingType: string;
  readonly settlementAgency: string;
  readonly statementFrom: string;
  readonly statementTo: string;
  readonly includesRefunds: boolean;
}

/** One remote row with the settlement it comes from (none for a synthetic row). */
export interface RemoteRow {
  readonly row: DetailRow;
  readonly settlement?: Settlement;
}

/** Row `i` (0-based) of a synthetic settlement day, as the platform has it. */
export function syntheticRow(day: SyntheticDay, i: number): DetailRow {
  const total = 1_000 + ((i * 7_919) % 500_000);
  const fund = Math.floor((total * 3) / 5);
  return {
    settlementId: `A${day.settlementAgency}${day.day.replace(/-/g, '').slice(2)}X${String(i).padStart(8, '0')}`,
    encounterId: `M${day.settlementAgency}X${String(i).padStart(10, '0')}`,
    personNo: `${day.settlementAgency.slice(0, 4)}00${String(i % 100_000).padStart(10, '0')}`,
    medicalFeeTotalFen: total,
    fundPaySumFen: fund,
    accountPayFen: i % 3 === 0 ? Math.floor((total - fund) / 2) : 0,
    refund: false,
  };
}

/**
 * The platform's rows of `scope` for `clientId`, in (`settlementId`, `refund`) order: a row per settlement on
 * its day, unless it was reversed before being reconciled (then it never happened); with `includesRefunds`, a
 * row with negated amounts on the day of a cancellation or of a reversal after reconciliation; and the rows of
 * matching synthetic days, generated as they are read.
 */
export function* remoteRows(store: MedicalSettlementStore, clientId: string, scope: ReconciliationScope): Generator<RemoteRow> {
  const stored: RemoteRow[] = [];
  const agency = agencyOf(scope.settlementAgency);
  const inRange = (day: string | undefined): boolean => day !== undefined && scope.statementFrom <= day && day <= scope.statementTo;
  for (const s of store.settlements.list(clientId)) {
    if (s.insuranceType !== scope.insuranceType || s.clearingType !== scope.clearingType || agencyOf(s.settlementAgency) !== agency) continue;
    const book = store.settlementBooks.get(s.settlementId);
    if (book === undefined) continue;
    const voided = s.status === 'reversed' && book.reversedAfterReconciliation !== true;
    const forward: DetailRow = {
      settlementId: s.settlementId,
      encounterId: s.encounterId,
      personNo: s.personNo,
      medicalFeeTotalFen: s.amounts.medicalFeeTotalFen,
      fundPaySumFen: s.amounts.fundPaySumFen,
      accountPayFen: s.amounts.accountPayFen,
      refund: false,
    };
    if (!voided && inRange(book.day)) stored.push({ row: forward, settlement: s });
    if (scope.includesRefunds && book.refundDay !== undefined && inRange(book.refundDay)) {
      stored.push({
        row: {
          ...forward,
          medicalFeeTotalFen: -forward.medicalFeeTotalFen || 0,
          fundPaySumFen: -forward.fundPaySumFen || 0,
          accountPayFen: -forward.accountPayFen || 0,
          refund: true,
        },
        settlement: s,
      });
    }
  }
  stored.sort((a, b) => compareRowKeys(a.row, b.row));
  const days = store.synthetic.filter(
    (d) => d.owner === clientId && d.insuranceType === scope.insuranceType && d.clearingType === scope.clearingType && agencyOf(d.settlementAgency) === agency && inRange(d.day),
  );
  const sources: Array<Iterator<RemoteRow>> = [stored.values(), ...days.map((d) => syntheticRows(d))];
  const heads = sources.map((it) => it.next());
  for (;;) {
    let best = -1;
    for (let k = 0; k < heads.length; k++) {
      const h = heads[k]!;
      if (h.done === true) continue;
      if (best === -1 || compareRowKeys(h.value.row, (heads[best] as IteratorYieldResult<RemoteRow>).value.row) < 0) best = k;
    }
    if (best === -1) return;
    yield (heads[best] as IteratorYieldResult<RemoteRow>).value;
    heads[best] = sources[best]!.next();
  }
}

function* syntheticRows(day: SyntheticDay): Generator<RemoteRow> {
  for (let i = 0; i < day.count; i++) yield { row: syntheticRow(day, i) };
}

/** Order of detail rows: by settlement id, the forward row before the refund row. */
export function compareRowKeys(a: Pick<DetailRow, 'settlementId' | 'refund'>, b: Pick<DetailRow, 'settlementId' | 'refund'>): number {
  if (a.settlementId !== b.settlementId) return a.settlementId < b.settlementId ? -1 : 1;
  return Number(a.refund) - Number(b.refund);
}

/** Totals of rows. */
export function totalsOf(rows: Iterable<DetailRow>): Totals {
  let medicalFeeTotalFen = 0;
  let fundPaySumFen = 0;
  let accountPayFen = 0;
  let settlementCount = 0;
  for (const r of rows) {
    medicalFeeTotalFen += r.medicalFeeTotalFen;
    fundPaySumFen += r.fundPaySumFen;
    accountPayFen += r.accountPayFen;
    settlementCount += 1;
  }
  return { medicalFeeTotalFen, fundPaySumFen, accountPayFen, settlementCount };
}

/** Whether two totals are equal. */
export function sameTotals(a: Totals, b: Totals): boolean {
  return (
    a.medicalFeeTotalFen === b.medicalFeeTotalFen &&
    a.fundPaySumFen === b.fundPaySumFen &&
    a.accountPayFen === b.accountPayFen &&
    a.settlementCount === b.settlementCount
  );
}

/** Whether two rows carry the same amounts. */
export function sameAmounts(a: DetailRow, b: DetailRow): boolean {
  return a.medicalFeeTotalFen === b.medicalFeeTotalFen && a.fundPaySumFen === b.fundPaySumFen && a.accountPayFen === b.accountPayFen;
}
