// The medical-settlement exchange's store (跨省直接结算模拟数据): public records exactly in the spec's shapes, and
// beside them the bookkeeping the spec does not expose (settlement days, message ids, counters).
import { collection, type Collection } from '../../core/index.js';
import type { schemas } from '@zhongyuan/sdk/medical-settlement';
import type { output } from 'zod';

/** An encounter as stored (就诊). */
export type Encounter = output<typeof schemas.zEncounter>;
/** A filing as stored (异地就医备案). */
export type Filing = output<typeof schemas.zFiling>;
/** A fee line as stored (费用明细). */
export type FeeLine = output<typeof schemas.zFeeLine>;
/** A settlement as stored (结算). */
export type Settlement = output<typeof schemas.zSettlement>;
/** The amounts of a settlement (结算金额). */
export type SettlementAmounts = output<typeof schemas.zSettlementAmounts>;
/** A reversal record (冲正记录). */
export type Reversal = output<typeof schemas.zReversal>;
/** A reconciliation run (对账). */
export type Reconciliation = output<typeof schemas.zReconciliation>;
/** One detail row of a reconciliation (对明细账明细行). */
export type DetailRow = output<typeof schemas.zReconciliationDetailRow>;
/** One line of a detail comparison's result (对明细账结果行). */
export type ResultLine = output<typeof schemas.zReconciliationResultLine>;
/** Reconciliation totals (对账总额). */
export type Totals = output<typeof schemas.zReconciliationTotals>;
/** The fee line input of an upload. */
export type FeeLineInput = output<typeof schemas.zFeeLineInput>;

/** One insurance enrolment of a person (参保信息). */
export interface Enrolment {
  readonly insuranceType: string;
  /** NHSA `psn_type`: `11` in service (在职), `21` retired (退休), `31` resident (居民). */
  readonly personType: string;
  /** NHSA `psn_insu_stas`: `1` normal, `2` suspended. */
  readonly insuranceStatus: string;
  readonly insuredSince: string;
  readonly suspendedSince?: string;
  /** Pool code of the insured place, e.g. `371799`. */
  readonly insuredRegion: string;
  readonly employerName?: string;
  readonly accountBalanceFen: number;
}

/** A person known to the national platform (人员, 1101). Persons are shared by every facility. */
export interface Person {
  readonly personNo: string;
  readonly citizenId: string;
  readonly name: string;
  readonly gender: '1' | '2';
  readonly birthDate: string;
  readonly ecToken: string;
  readonly cardNo: string;
  readonly insurances: readonly Enrolment[];
}

/** What the platform remembers of a settlement beyond the public record. */
export interface SettlementBook {
  readonly settlementId: string;
  /** Beijing date of the settlement (its reconciliation day). */
  readonly day: string;
  /** Keys (`encounterId/lineNo`) of the lines it settled. */
  readonly lineKeys: readonly string[];
  /** State before a cancellation (restored when the cancellation is reversed). */
  readonly statusBeforeCancel?: 'settled' | 'reconciled';
  /** Day of the refund row (cancellation, or reversal after reconciliation). */
  readonly refundDay?: string;
  /** Whether the settlement was reversed after it had been counted in a reconciliation. */
  readonly reversedAfterReconciliation?: boolean;
}

/** A message id the platform has seen (报文ID登记), for reversal (2601) and reuse checks. */
export interface MessageEntry {
  readonly messageId: string;
  readonly operationId: string;
  readonly settlementId?: string;
  readonly encounterId?: string;
  /** Set once the message has been reversed. */
  readonly reversalId?: string;
}

/** Per encounter: its fee line keys and settlement ids, in order (an index kept beside the public record). */
export interface EncounterBook {
  readonly encounterId: string;
  readonly lineKeys: readonly string[];
  readonly settlementIds: readonly string[];
}

/** The stored result lines of a detail comparison. */
export interface DetailResult {
  readonly reconciliationId: string;
  readonly lines: readonly ResultLine[];
}

/** The exchange's store. */
export interface MedicalSettlementStore {
  readonly persons: Collection<Person>;
  readonly filings: Collection<Filing>;
  readonly encounters: Collection<Encounter>;
  /** Keyed `encounterId/lineNo`. */
  readonly feeLines: Collection<FeeLine>;
  readonly settlements: Collection<Settlement>;
  readonly settlementBooks: Collection<SettlementBook>;
  readonly encounterBooks: Collection<EncounterBook>;
  /** Keyed by message id; owner = the sending client. */
  readonly messages: Collection<MessageEntry>;
  readonly reversals: Collection<Reversal>;
  readonly reconciliations: Collection<Reconciliation>;
  readonly detailResults: Collection<DetailResult>;
  /** Sequence counters (rolled back with everything else when a request fails). */
  readonly counters: Collection<{ readonly value: number }>;
  /**
   * Message ids fenced by a reversal of a call the platform never received (`owner\u0000messageId`). Kept
   * outside the journalled collections on purpose: the reversal answers 422, which rolls collections back, yet
   * the fence must hold so that a late arrival of the original is refused.
   */
  readonly fenced: Set<string>;
  /** Synthetic settlement days (load tests): rows generated on demand, never stored. */
  readonly synthetic: readonly SyntheticDay[];
}

/**
 * A day of synthetic settlements of one client and scope, for load tests of reconciliation: the platform's rows
 * are generated on demand from their index (see `syntheticRow`), so a million of them cost no memory.
 */
export interface SyntheticDay {
  /** The owning client's identity. */
  readonly owner: string;
  /** Beijing date `YYYY-MM-DD`. */
  readonly day: string;
  readonly insuranceType: string;
  readonly clearingType: string;
  /** Settlement agency (pool code, e.g. `371799`). */
  readonly settlementAgency: string;
  /** Number of settlements. */
  readonly count: number;
}

/** An empty store. */
export function createStore(synthetic: readonly SyntheticDay[] = []): MedicalSettlementStore {
  return {
    persons: collection<Person>(),
    filings: collection<Filing>(),
    encounters: collection<Encounter>(),
    feeLines: collection<FeeLine>(),
    settlements: collection<Settlement>(),
    settlementBooks: collection<SettlementBook>(),
    encounterBooks: collection<EncounterBook>(),
    messages: collection<MessageEntry>(),
    reversals: collection<Reversal>(),
    reconciliations: collection<Reconciliation>(),
    detailResults: collection<DetailResult>(),
    counters: collection<{ readonly value: number }>(),
    fenced: new Set<string>(),
    synthetic,
  };
}

/** The owner of records shared by every client (persons). */
export const NATIONAL = 'national';

/** The next value of counter `name` (1, 2, …). */
export function nextSequence(store: MedicalSettlementStore, name: string): number {
  const current = store.counters.get(name);
  if (current === undefined) {
    store.counters.insert(name, NATIONAL, { value: 1 });
    return 1;
  }
  return store.counters.update(name, (c) => ({ value: c.value + 1 })).value;
}
