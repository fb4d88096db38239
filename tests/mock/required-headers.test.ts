// The response headers the specs require, and where the mock produces them: `X-Request-Id` on every answer (the
// pipeline), `Location` on every 201 (the handlers), `Retry-After` on 429 and 503 (injected faults, the verifier's
// 503). An injected 429 or 503 carries `Retry-After` even when the scenario names no value.
import { describe, expect, it } from 'vitest';
import type { OperationTable } from '@zhongyuan/sdk';
import { defineScenario, type Fault } from '@zhongyuan/mock-server';
import { exchanges } from '@zhongyuan/mock-server/exchanges';
import { operations as fixtureOperations } from '../fixtures/exchange/generated/operations.gen.js';
import { LEDGER_BASE_URL, ledgerMock } from './support/ledger.js';

/** The statuses on which the mock produces each header it knows; `'*'` for every status. */
const PRODUCED: Readonly<Record<string, readonly string[]>> = {
  'x-request-id': ['*'],
  location: ['201'],
  'retry-after': ['429', '503'],
};

describe('required response headers of the built-in exchanges and the fixture exchange', () => {
  const tables: ReadonlyArray<{ readonly name: string; readonly operations: OperationTable }> = [
    ...exchanges.map((x) => ({ name: x.name, operations: x.definition.operations })),
    { name: 'fixture', operations: fixtureOperations },
  ];

  it('are all headers the mock produces, on the statuses it produces them on', () => {
    const unknown: string[] = [];
    for (const { name, operations } of tables) {
      for (const op of Object.values(operations)) {
        for (const [status, response] of Object.entries(op.responses)) {
          for (const header of response.requiredHeaders ?? []) {
            const on = PRODUCED[header] ?? [];
            if (!on.includes('*') && !on.includes(status)) unknown.push(`${name} ${op.operationId} ${status} ${header}`);
          }
        }
      }
    }
    expect(unknown).toEqual([]);
  });

  it('include Location on every 201', () => {
    const without = tables.flatMap(({ name, operations }) =>
      Object.values(operations)
        .filter((op) => op.responses['201'] !== undefined && !(op.responses['201'].requiredHeaders ?? []).includes('location'))
        .map((op) => `${name} ${op.operationId}`),
    );
    expect(without).toEqual([]);
  });
});

describe('Retry-After on injected failures', () => {
  const SEEDED = `${LEDGER_BASE_URL}/entries/ent_SEED0000000000000000000000`;
  const answerWith = async (fault: Fault) => {
    const mock = ledgerMock({ auth: false });
    mock.use(defineScenario({ name: 'injected', faults: { getEntry: [fault] } }));
    return mock.fetch(SEEDED);
  };

  it('a 503 or 429 without a configured value carries Retry-After: 0', async () => {
    for (const status of [503, 429] as const) {
      const response = await answerWith({ kind: 'error', status });
      expect([response.status, response.headers.get('retry-after')]).toEqual([status, '0']);
    }
  });

  it('a configured value is sent as given', async () => {
    const response = await answerWith({ kind: 'error', status: 429, retryAfter: 7 });
    expect(response.headers.get('retry-after')).toBe('7');
  });

  it('a 500 carries none, the spec requiring none', async () => {
    const response = await answerWith({ kind: 'error', status: 500 });
    expect([response.status, response.headers.get('retry-after')]).toEqual([500, null]);
  });

  it('commit-then-fail with 503 carries Retry-After: 0; with 500, none', async () => {
    const unavailable = await answerWith({ kind: 'commit-then-fail', status: 503 });
    expect([unavailable.status, unavailable.headers.get('retry-after')]).toEqual([503, '0']);
    const failed = await answerWith({ kind: 'commit-then-fail', status: 500 });
    expect([failed.status, failed.headers.get('retry-after')]).toEqual([500, null]);
  });
});
