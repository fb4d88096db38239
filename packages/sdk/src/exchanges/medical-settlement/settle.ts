/**
 * `settle`: settle an encounter exactly once (结算，恰好一次). The message id is written to the caller's
 * {@link MessageLedger} before the call is sent; the SDK's own retries reuse it as the `Idempotency-Key`; and when
 * the outcome stays unknown (timeout, connection lost after sending, a 5xx after the exchange may have committed)
 * the call is reversed by its message id (2601) and, once the reversal is definite, settled again under a new
 * message id. The result is always definite.
 *
 * @module
 */
import { isApiError, isSdkError, type RequestOptions } from '../../index.js';
import type { MedicalSettlementClient } from './generated/client.gen.js';
import type { components } from './generated/types.gen.js';
import type { MessageIdGenerator } from './message-id.js';
import type { LedgerEntry, MessageLedger } from './message-ledger.js';

type Schemas = components['schemas'];

/** What to settle. */
export interface SettleInput {
  /** The encounter (`mdtrt_id`). */
  readonly encounterId: string;
  /** The person (`psn_no`), named by a reversal. */
  readonly personNo: string;
  /** The envelope without its message id (the helper draws one per request). */
  readonly envelope: Omit<Schemas['PersonMessageEnvelope'], 'messageId'>;
  readonly insuranceType: string;
  readonly medicalType: string;
  readonly credential: Schemas['Credential'];
  /** Let the personal account pay (个人账户支付). */
  readonly useAccount: boolean;
  readonly invoiceNo?: string;
  /** Interim settlement (中途结算) of an inpatient stay. @default false */
  readonly interim?: boolean;
}

/** Options of {@link settle}. */
export interface SettleOptions {
  /** Where message ids are persisted before sending. */
  readonly ledger: MessageLedger;
  /** Draws the facility's message ids. */
  readonly nextMessageId: MessageIdGenerator;
  /** Settlement attempts, each under a new message id after a definite reversal. @default 3 */
  readonly maxRounds?: number;
  /** Reversal calls per uncertain settlement before giving up (the reversal is idempotent). @default 5 */
  readonly maxReversalCalls?: number;
  /** Options of every call (timeouts, retry policy, signal). */
  readonly requestOptions?: RequestOptions;
  /** The current time for ledger stamps. @default Date.now */
  readonly now?: () => number;
}

/** A reversal the helper made. */
export interface ReversalRecord {
  /** The reversed (or fenced) settlement message id. */
  readonly originalMessageId: string;
  /** The reversal's own message id. */
  readonly messageId: string;
  /** `reversed`: the original had taken effect and is voided; `neverTookEffect`: it never arrived (now fenced). */
  readonly outcome: 'reversed' | 'neverTookEffect';
}

/** The definite result of {@link settle}. */
export type SettleResult =
  | {
      /** Settled on the first message id. */
      readonly status: 'settled';
      readonly settlement: Schemas['Settlement'];
      readonly messageId: string;
      readonly reversals: readonly [];
    }
  | {
      /** An uncertain attempt was reversed by message id, then settled under a new one. */
      readonly status: 'reversed-and-retried';
      readonly settlement: Schemas['Settlement'];
      readonly messageId: string;
      readonly reversals: readonly ReversalRecord[];
    }
  | {
      /** Nothing settled (any uncertain attempt was reversed); `reason` is a problem code or a local reason. */
      readonly status: 'failed';
      readonly reason: string;
      readonly reversals: readonly ReversalRecord[];
      readonly error?: unknown;
    };

/** Whether a failed call may have taken effect (so that only a reversal can make its outcome definite). */
export function isUncertain(error: unknown): boolean {
  if (!isSdkError(error)) return true;
  if (isApiError(error)) {
    if (error.status >= 500) return true;
    // Still running on the exchange, or refused before any effect but reported without a definite answer.
    return error.code === 'REQUEST_IN_PROGRESS' || error.status === 408;
  }
  // A 2xx whose body did not match the spec also took effect.
  return error.code === 'ERR_TIMEOUT' || error.code === 'ERR_CONNECTION' || error.code === 'ERR_RESPONSE_VALIDATION';
}

function codeOf(error: unknown): string {
  return isSdkError(error) ? error.code : 'ERR_UNKNOWN';
}

/**
 * Settle an encounter exactly once.
 *
 * @example
 * const ledger = new InMemoryMessageLedger();
 * const nextMessageId = createMessageIdGenerator({ facilityCode: 'H41010500017' });
 * const result = await settle(client, { encounterId, personNo, envelope, insuranceType: '310', medicalType: '21', credential, useAccount: true }, { ledger, nextMessageId });
 * if (result.status !== 'failed') console.log(result.settlement.amounts.cashPayFen);
 */
export async function settle(client: MedicalSettlementClient, input: SettleInput, options: SettleOptions): Promise<SettleResult> {
  const now = options.now ?? Date.now;
  const stamp = (): string => new Date(now()).toISOString();
  const maxRounds = options.maxRounds ?? 3;
  const reversals: ReversalRecord[] = [];
  const operation = input.interim === true ? 'settleInterim' : 'settle';
  const common = {
    insuranceType: input.insuranceType,
    medicalType: input.medicalType,
    credential: input.credential,
    useAccount: input.useAccount,
  };
  let lastError: unknown;
  for (let round = 1; round <= maxRounds; round++) {
    // 1. Pre-settle (no money moves; safe to repeat) for the totals the settlement must carry.
    let pre: Schemas['PreSettlement'];
    try {
      pre = await client.preSettle(
        { encounterId: input.encounterId, body: { envelope: { ...input.envelope, messageId: options.nextMessageId() }, ...common, interim: input.interim === true } },
        options.requestOptions,
      );
    } catch (error) {
      lastError = error;
      if (isUncertain(error)) continue;
      return { status: 'failed', reason: codeOf(error), reversals, error };
    }
    // 2. Persist the message id, then send.
    const messageId = options.nextMessageId();
    const entry: LedgerEntry = {
      messageId,
      operation,
      encounterId: input.encounterId,
      personNo: input.personNo,
      insuranceType: input.insuranceType,
      state: 'pending',
      updatedAt: stamp(),
    };
    await options.ledger.record(entry);
    const body = {
      envelope: { ...input.envelope, messageId },
      ...common,
      ...(input.invoiceNo !== undefined ? { invoiceNo: input.invoiceNo } : {}),
      medicalFeeTotalFen: pre.amounts.medicalFeeTotalFen,
      fullOwnPayFen: pre.amounts.fullOwnPayFen,
      overLimitSelfPayFen: pre.amounts.overLimitSelfPayFen,
      preSelfPayFen: pre.amounts.preSelfPayFen,
      inPolicyFen: pre.amounts.inPolicyFen,
    };
    const request = { ...options.requestOptions, idempotencyKey: messageId };
    try {
      const settlement =
        operation === 'settle'
          ? await client.settle({ encounterId: input.encounterId, body }, request)
          : await client.settleInterim({ encounterId: input.encounterId, body }, request);
      await options.ledger.update(messageId, {
        state: 'settled',
        settlementId: settlement.settlementId,
        clearingType: settlement.clearingType,
        settlementAgency: settlement.settlementAgency,
        settledOn: beijingDay(settlement.settledAt),
        amounts: {
          medicalFeeTotalFen: settlement.amounts.medicalFeeTotalFen,
          fundPaySumFen: settlement.amounts.fundPaySumFen,
          accountPayFen: settlement.amounts.accountPayFen,
        },
        updatedAt: stamp(),
      });
      return reversals.length === 0
        ? { status: 'settled', settlement, messageId, reversals: [] }
        : { status: 'reversed-and-retried', settlement, messageId, reversals };
    } catch (error) {
      lastError = error;
      if (!isUncertain(error)) {
        await options.ledger.update(messageId, { state: 'failed', reason: codeOf(error), updatedAt: stamp() });
        return { status: 'failed', reason: codeOf(error), reversals, error };
      }
      await options.ledger.update(messageId, { state: 'unknown', reason: codeOf(error), updatedAt: stamp() });
    }
    // 3. The outcome is unknown: reverse by message id until the reversal itself is definite.
    const reversal = await reverse(client, input, messageId, operation, options, stamp);
    if (reversal === undefined) {
      return { status: 'failed', reason: 'REVERSAL_UNRESOLVED', reversals, error: lastError };
    }
    if ('failure' in reversal) return { status: 'failed', reason: reversal.failure, reversals, error: reversal.error };
    reversals.push(reversal);
  }
  return { status: 'failed', reason: 'ROUNDS_EXHAUSTED', reversals, error: lastError };
}

async function reverse(
  client: MedicalSettlementClient,
  input: SettleInput,
  originalMessageId: string,
  originalOperation: 'settle' | 'settleInterim',
  options: SettleOptions,
  stamp: () => string,
): Promise<ReversalRecord | { failure: string; error: unknown } | undefined> {
  const messageId = options.nextMessageId();
  await options.ledger.record({
    messageId,
    operation: 'createReversal',
    encounterId: input.encounterId,
    personNo: input.personNo,
    originalMessageId,
    state: 'pending',
    updatedAt: stamp(),
  });
  const body = { envelope: { ...input.envelope, messageId }, personNo: input.personNo, originalMessageId, originalOperation };
  const calls = options.maxReversalCalls ?? 5;
  for (let call = 1; call <= calls; call++) {
    try {
      await client.createReversal({ body }, { ...options.requestOptions, idempotencyKey: messageId });
      await options.ledger.update(originalMessageId, { state: 'reversed', updatedAt: stamp() });
      await options.ledger.update(messageId, { state: 'settled', updatedAt: stamp() });
      return { originalMessageId, messageId, outcome: 'reversed' };
    } catch (error) {
      const code = codeOf(error);
      if (code === 'UNKNOWN_ORIGINAL_MESSAGE') {
        // Definite: the original never took effect, and the exchange has fenced its message id.
        await options.ledger.update(originalMessageId, { state: 'failed', reason: code, updatedAt: stamp() });
        await options.ledger.update(messageId, { state: 'settled', updatedAt: stamp() });
        return { originalMessageId, messageId, outcome: 'neverTookEffect' };
      }
      if (code === 'SETTLEMENT_ALREADY_REVERSED') {
        await options.ledger.update(originalMessageId, { state: 'reversed', updatedAt: stamp() });
        await options.ledger.update(messageId, { state: 'settled', updatedAt: stamp() });
        return { originalMessageId, messageId, outcome: 'reversed' };
      }
      if (!isUncertain(error)) {
        await options.ledger.update(messageId, { state: 'failed', reason: code, updatedAt: stamp() });
        return { failure: code, error };
      }
    }
  }
  await options.ledger.update(messageId, { state: 'unknown', updatedAt: stamp() });
  return undefined;
}

function beijingDay(rfc3339: string): string {
  return new Date(Date.parse(rfc3339) + 8 * 3600_000).toISOString().slice(0, 10);
}
