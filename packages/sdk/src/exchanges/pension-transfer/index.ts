/**
 * `@zhongyuan/sdk/pension-transfer`: the client of the Pension-insurance transfer and continuation (养老保险关系转移接续) exchange, generated from
 * `specs/pension-transfer/openapi.yaml`, with its operation table, problem registry, types and zod schemas.
 *
 * @module
 */
export { createPensionTransferClient, type PensionTransferClient } from './generated/client.gen.js';
export { exchange, operations, type OperationId } from './generated/operations.gen.js';
export { problemTypes, type ProblemCode } from './generated/problems.gen.js';
export type { components, operations as Operations } from './generated/types.gen.js';
export * as schemas from './generated/zod.gen.js';
export { MemoryCursorStore, type CursorStore, type InboxPosition } from './cursor-store.js';
export { followInbox, type FollowInboxOptions, type InboxEvent, type InboxEventPage, type InboxSource } from './follow-inbox.js';
