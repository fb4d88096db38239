// Counting state changes in the fixture exchange's store.
import type { ledgerMock } from './ledger.js';

/** How many entries carry `businessRef` (created state changes). */
export function entriesWithRef(mock: ReturnType<typeof ledgerMock>, businessRef: string): number {
  return mock.state('fixture').entries.list().filter((e) => e.businessRef === businessRef).length;
}

/** How many requests reached `operationId` (every attempt, whatever its outcome). */
export function attempts(mock: ReturnType<typeof ledgerMock>, operationId: string): number {
  return mock.requests().filter((r) => r.operationId === operationId).length;
}
