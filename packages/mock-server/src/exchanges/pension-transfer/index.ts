/**
 * The pension-transfer exchange for the mock (养老保险关系转移接续模拟): cases shared by the new-place and old-place
 * agencies, the state machine of the spec with roles, 15-working-day hops on the virtual clock, money in
 * integer fen with the information form's identities enforced, an inbox feed per agency, and seeded workers
 * with realistic ledgers in each of the 30 cities.
 *
 * @module
 */
import { exchange, operations, problemTypes } from '@zhongyuan/sdk/pension-transfer';
import { defineExchange, type MachineBinding, type MockExchange } from '../../core/index.js';
import { actionsFor, roleOf, roleOfAction, TERMINAL } from './flow.js';
import { createHandlers } from './handlers.js';
import { DEFAULT_TRANSFER_RULES, type TransferRulesConfig } from './rules.js';
import { seedWorkers } from './seed.js';
import { createStore, PENSION_TRANSFER_BASE_PATH, type PensionTransferStore, type StoredCase } from './store.js';

export { PENSION_TRANSFER_BASE_PATH } from './store.js';

export { agencyName, agencyRefOf } from './handlers.js';
export { actionsFor, HOPS, roleOf, TERMINAL, TRANSITIONS, type FlowHop, type FlowTransition } from './flow.js';
export {
  composeInformationForm,
  DEFAULT_TRANSFER_RULES,
  hopDueAt,
  informationFormViolations,
  monthsBetween,
  ratioHalfUp,
  temporaryAccountViolations,
  type ComposeFormInput,
  type IdentityViolation,
  type TransferRulesConfig,
} from './rules.js';
export { generateLedger, WORKER_PROFILES, type WorkerProfile } from './seed.js';
export type {
  InformationFormContent,
  InformationFormInput,
  PensionTransferStore,
  StoredCase,
  StoredEvent,
  StoredHop,
  WorkerLedgerYear,
  WorkerRecord,
} from './store.js';

/** Options of {@link createPensionTransferExchange}. */
export interface PensionTransferExchangeOptions {
  /** Rule parameters overriding {@link DEFAULT_TRANSFER_RULES} (e.g. another pooled-fund rate). */
  readonly rules?: Partial<TransferRulesConfig>;
}

function asCase(record: Readonly<Record<string, unknown>>): StoredCase {
  return record as unknown as StoredCase;
}

/** Where the case machine lives and how shared cases are checked before a handler runs. */
const transferCaseBinding: MachineBinding<PensionTransferStore, typeof problemTypes> = {
  collection: 'cases',
  idParam: 'contactLetterNo',
  stateField: 'status',
  // Both agencies of a case may act on it; any other agency gets 404 like an unknown number.
  visibleTo: (record, clientId) => roleOf(asCase(record), clientId) !== undefined,
  allowedActions: (record, clientId) => {
    const c = asCase(record);
    const role = roleOf(c, clientId);
    return role === undefined ? [] : actionsFor(c.status, role);
  },
  // Closed cases first, then the party's role, then a mismatch blocking completion; the generic state
  // check comes after.
  refuse: ({ record, state, clientId, transition }) => {
    const c = asCase(record);
    const role = roleOf(c, clientId);
    if (role === undefined) return { code: 'NOT_FOUND' };
    const allowedActions = actionsFor(c.status, role);
    if (state === 'completed') {
      return { code: 'CASE_ALREADY_COMPLETED', detail: 'The continuation was already completed.', extras: { currentState: state, allowedActions } };
    }
    if (TERMINAL.includes(c.status)) {
      return { code: 'CASE_CLOSED', detail: `The case was ${state}; no action is allowed.`, extras: { currentState: state, allowedActions } };
    }
    const owner = roleOfAction(transition.action);
    if (owner !== undefined && owner !== 'exchange' && owner !== role) {
      return {
        code: 'WRONG_CASE_ROLE',
        detail: `Only the ${owner === 'newPlace' ? 'new-place' : 'old-place'} agency may perform ${transition.action}.`,
        extras: { callerRole: role, allowedActions },
      };
    }
    if (transition.action === 'completeContinuation' && state === 'amountMismatch') {
      const m = c.documents.arrivalBooking?.matching;
      return {
        code: 'AMOUNT_MISMATCH',
        detail: 'Resolve the difference before completing the continuation.',
        extras: { currentState: state, allowedActions, expectedFen: m?.expectedFen ?? 0, arrivedFen: m?.arrivedFen ?? 0, differenceFen: m?.differenceFen ?? 0 },
      };
    }
    return undefined;
  },
  // recordFundArrival moves on to amountMismatch in the same step when the amount differs.
  automatic: { fundsReceived: ['amountMismatch'] },
};

/**
 * The pension-transfer exchange under `options.rules` (the 12 % pooled-fund rate and the other unverified
 * rules are configuration).
 *
 * @example
 * const mock = createMock({ exchanges: [createPensionTransferExchange({ rules: { pooledRateBasisPoints: 1000 } })] });
 */
export function createPensionTransferExchange(options: PensionTransferExchangeOptions = {}): MockExchange<'pension-transfer', PensionTransferStore> {
  const rules: TransferRulesConfig = { ...DEFAULT_TRANSFER_RULES, ...options.rules };
  return defineExchange({
    name: 'pension-transfer',
    basePath: PENSION_TRANSFER_BASE_PATH,
    specVersion: exchange.specVersion,
    operations,
    problems: problemTypes,
    store: () => createStore(rules),
    seed: (store, context) => {
      store.agencies.push(...context.clients);
      seedWorkers(store, context);
    },
    machines: {
      transferCase: transferCaseBinding,
    },
    handlers: createHandlers(),
  });
}

/** The pension-transfer exchange with the default rules (12 % pooled-fund rate, 15 working days per hop). */
export const pensionTransfer = createPensionTransferExchange();
