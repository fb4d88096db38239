/**
 * The medical-settlement exchange for the mock (跨省异地就医直接结算模拟): stores and state machines for filing,
 * encounter, fee line, settlement and reconciliation (DOMAIN.md §3.6), the insured-place policy of the 30
 * cities, reversal by message id (2601) and day-end reconciliation (3201/3202).
 *
 * @module
 */
import { exchange, operations, problemTypes } from '@zhongyuan/sdk/medical-settlement';
import { defineExchange, type MachineCheckInput } from '../../core/index.js';
import { allowedActions } from './flow.js';
import { handlers } from './handlers.js';
import { MEDICAL_SETTLEMENT_BASE_PATH } from './location.js';
import { seedStore } from './seed.js';
import { createStore, type MedicalSettlementStore, type SyntheticDay } from './store.js';

export { allPolicies, classifyLine, computeSplit, cityOfRegion, identityViolations, lineTotalOf, policyFor, type InsuredPlacePolicy } from './policy.js';
export { MEDICAL_SETTLEMENT_BASE_PATH } from './location.js';
export { SEEDED_PERSONS, seededFilingId, seededPersonNo } from './seed.js';
export { compareRows, RowOrderError } from './handlers.js';
export { syntheticRow } from './flow.js';
export type {
  DetailRow,
  Encounter,
  FeeLine,
  Filing,
  MedicalSettlementStore,
  Person,
  Reconciliation,
  ResultLine,
  Reversal,
  Settlement,
  SettlementAmounts,
  SyntheticDay,
} from './store.js';

// Refusals more precise than ILLEGAL_TRANSITION for some (operation, state) pairs of the encounter machine.
const ENCOUNTER_REFUSALS: Readonly<Record<string, 'DUPLICATE_SETTLEMENT' | 'FEE_LINE_SETTLED' | 'ENCOUNTER_NOT_DISCHARGED'>> = {
  'settle:settled': 'DUPLICATE_SETTLEMENT',
  'settleInterim:settled': 'DUPLICATE_SETTLEMENT',
  'settle:interimSettled': 'ENCOUNTER_NOT_DISCHARGED',
  'deleteFeeLines:settled': 'FEE_LINE_SETTLED',
  'deleteFeeLines:interimSettled': 'FEE_LINE_SETTLED',
};

function encounterRefusal({ operationId, state }: MachineCheckInput) {
  const code = ENCOUNTER_REFUSALS[`${operationId}:${state}`];
  return code === undefined ? undefined : { code, extras: { currentState: state, allowedActions: allowedActions('encounter', state) } };
}

/** Options of {@link createMedicalSettlementExchange}. */
export interface MedicalSettlementExchangeOptions {
  /** Synthetic settlement days for load tests of reconciliation (rows generated on demand). @default [] */
  readonly syntheticDays?: readonly SyntheticDay[];
}

/**
 * The medical-settlement exchange with options (e.g. a synthetic day of a million settlements for a benchmark).
 *
 * @example
 * const mock = createMock({ exchanges: [createMedicalSettlementExchange({ syntheticDays: [day] })], auth: false });
 */
export function createMedicalSettlementExchange(options: MedicalSettlementExchangeOptions = {}) {
  const synthetic = options.syntheticDays ?? [];
  return defineExchange({
    name: 'medical-settlement',
    basePath: MEDICAL_SETTLEMENT_BASE_PATH,
    specVersion: exchange.specVersion,
    operations,
    problems: problemTypes,
    store: (): MedicalSettlementStore => createStore(synthetic),
    seed: seedStore,
    machines: {
      filing: { collection: 'filings', idParam: 'filingId', stateField: 'status' },
      encounter: { collection: 'encounters', idParam: 'encounterId', stateField: 'status', refuse: encounterRefusal },
      settlement: {
        collection: 'settlements',
        idParam: 'settlementId',
        stateField: 'status',
        stateProblems: {
          cancelled: 'SETTLEMENT_ALREADY_CANCELLED',
          reversed: 'SETTLEMENT_ALREADY_REVERSED',
          cleared: 'SETTLEMENT_ALREADY_CLEARED',
        },
      },
      reconciliation: { collection: 'reconciliations', idParam: 'reconciliationId', stateField: 'status' },
    },
    handlers,
  });
}

/** The medical-settlement exchange, ready for `createMock({ exchanges: [medicalSettlement] })`. */
export const medicalSettlement = createMedicalSettlementExchange();
