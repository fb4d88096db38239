/**
 * `@zhongyuan/sdk/medical-settlement`: the client of the Cross-province medical-insurance direct settlement (基本医保跨省异地就医直接结算) exchange, generated from
 * `specs/medical-settlement/openapi.yaml`, with its operation table, problem registry, types and zod schemas.
 *
 * @module
 */
export { createMedicalSettlementClient, type MedicalSettlementClient } from './generated/client.gen.js';
export { exchange, operations, type OperationId } from './generated/operations.gen.js';
export { problemTypes, type ProblemCode } from './generated/problems.gen.js';
export type { components, operations as Operations } from './generated/types.gen.js';
export * as schemas from './generated/zod.gen.js';
export { createMessageIdGenerator, parseMessageId, type MessageIdGenerator, type MessageIdGeneratorOptions, type ParsedMessageId } from './message-id.js';
export { InMemoryMessageLedger, type LedgerAmounts, type LedgerEntry, type LedgerState, type MessageLedger } from './message-ledger.js';
export { isUncertain, settle, type ReversalRecord, type SettleInput, type SettleOptions, type SettleResult } from './settle.js';
