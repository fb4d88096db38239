// Builds the fixture client the way a generated `createXClient` does: one call of `createClient`.
import { createClient, type ClientOptions } from '@zhongyuan/sdk';
import { problems, table, type operations } from './contract.js';
import type { TestServer } from './test-fetch.js';

/** Fast, deterministic defaults for tests: no jitter, short back-off, strict validation. */
export function makeClient(server: Pick<TestServer, 'fetch'>, options: Partial<ClientOptions> = {}) {
  return createClient<operations, typeof table, typeof problems>(table, {
    baseUrl: 'https://exchange.test/v1',
    fetch: server.fetch,
    validate: 'strict',
    retry: { baseDelay: 5, maxDelay: 20, jitter: 0 },
    ...options,
    problems,
  });
}

export const CITIZEN_ID = '11010519491231002X';
