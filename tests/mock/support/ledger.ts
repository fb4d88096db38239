// Builds the fixture exchange's mock and SDK clients for the cross-package mock tests.
import { createClient, type ClientOptions } from '@zhongyuan/sdk';
import { createMock, testClientAuth, type CreateMockOptions, type MockExchange } from '@zhongyuan/mock-server';
import { operations } from '../../fixtures/exchange/generated/operations.gen.js';
import { problemTypes } from '../../fixtures/exchange/generated/problems.gen.js';
import type { operations as Ops } from '../../fixtures/exchange/generated/types.gen.js';
import { LEDGER_BASE_PATH, LEDGER_BASE_URL, ledger } from '../../fixtures/exchange/mock.js';

export { LEDGER_BASE_PATH, LEDGER_BASE_URL, ledger };

/** A fixed start for reproducible timestamps. */
export const START = new Date('2026-11-02T01:00:00Z');

/** A mock of the fixture exchange with a frozen clock. */
export function ledgerMock(options: Partial<CreateMockOptions<readonly [typeof ledger]>> = {}) {
  return createMock({
    exchanges: [ledger] as const,
    seed: 42,
    clock: { start: START, frozen: true },
    onContractViolation: () => undefined,
    ...options,
  });
}

/** An SDK client of the fixture exchange. */
export function ledgerClient(options: Partial<ClientOptions> & Pick<ClientOptions, 'fetch'>) {
  return createClient<Ops, typeof operations, typeof problemTypes>(operations, {
    baseUrl: LEDGER_BASE_URL,
    validate: 'strict',
    retry: { baseDelay: 5, maxDelay: 20, jitter: 0 },
    ...options,
    problems: problemTypes,
  });
}

/** A signed SDK client acting as `city`'s test client. */
export async function signedLedgerClient(city: string, options: Partial<ClientOptions> & Pick<ClientOptions, 'fetch'>) {
  return ledgerClient({ auth: await testClientAuth(city), ...options });
}

/** A valid new entry. */
export const NEW_ENTRY = {
  businessRef: 'ZZ-2026-000123',
  person: { citizenId: '410105198001011239', name: '张三' },
  amountFen: 1234567,
  payerUscc: '91410100MA3X000109',
  regionCode: '410100',
} as const;

export type LedgerExchange = typeof ledger extends MockExchange<infer N, infer S> ? MockExchange<N, S> : never;
