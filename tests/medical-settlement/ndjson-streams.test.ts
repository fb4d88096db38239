// NDJSON through the SDK (x-stream): a replayable row source is digested first and sent as a stream whose
// signed Content-Digest the mock verifies; a one-shot generator is encoded once; invalid rows never leave; the
// answer is read row by row and checked against the row schema.
import { describe, expect, it } from 'vitest';
import { createMock, testClientAuth } from '@zhongyuan/mock-server';
import { isRequestValidationError } from '@zhongyuan/sdk';
import { createMedicalSettlementClient } from '@zhongyuan/sdk/medical-settlement';
import { createMedicalSettlementExchange, syntheticRow, type DetailRow, type SyntheticDay } from '@zhongyuan/mock-server/medical-settlement';
import { testClient } from '@zhongyuan/mock-server';
import { BASE_URL, collect, failure, FACILITY, START, TODAY, TREATMENT } from './support/world.js';

const zhengzhou = testClient('郑州');
const day: SyntheticDay = { owner: zhengzhou.id, day: TODAY, insuranceType: '310', clearingType: '11', settlementAgency: '371799', count: 2_000 };

/** The hospital's rows: the platform's, but row 10 with another amount and row 20 missing. */
function localRows(): DetailRow[] {
  const rows: DetailRow[] = [];
  for (let i = 0; i < day.count; i++) {
    if (i === 20) continue;
    const r = syntheticRow(day, i);
    rows.push(i === 10 ? { ...r, medicalFeeTotalFen: r.medicalFeeTotalFen + 1 } : r);
  }
  return rows;
}

async function setup(auth: boolean) {
  const mock = createMock({ exchanges: [createMedicalSettlementExchange({ syntheticDays: [day] })], seed: 1, clock: { start: START, frozen: true }, ...(auth ? {} : { auth: false }) });
  const client = createMedicalSettlementClient({ baseUrl: BASE_URL, fetch: mock.fetch, retry: { limit: 0 }, ...(auth ? { auth: await testClientAuth('郑州') } : {}) });
  const rows = localRows();
  const totals = {
    medicalFeeTotalFen: rows.reduce((s, r) => s + r.medicalFeeTotalFen, 0),
    fundPaySumFen: rows.reduce((s, r) => s + r.fundPaySumFen, 0),
    accountPayFen: rows.reduce((s, r) => s + r.accountPayFen, 0),
    settlementCount: rows.length,
  };
  let seq = 0;
  const envelope = () => ({ messageId: `${FACILITY}20261102090000${String(++seq).padStart(4, '0')}`, facilityCode: FACILITY, treatmentRegion: TREATMENT, operator: { operatorId: 'C1', operatorType: 'clerk' as const } });
  const run = await client.reconcileTotals({
    body: { envelope: envelope(), insuranceType: '310', clearingType: '11', settlementAgency: '371799', statementFrom: TODAY, statementTo: TODAY, includesRefunds: false, totals },
  });
  expect(run.totalsResult).toBe('unbalanced');
  return { mock, client, rows, run };
}

const expectedDifferences = (lines: Array<{ kind: string }>) => {
  expect(lines.map((l) => l.kind)).toEqual(['amountMismatch', 'remoteOnly', 'summary']);
  expect(lines.at(-1)).toEqual({ kind: 'summary', localRows: 1_999, remoteRows: 2_000, matchedRows: 1_998, localOnly: 0, remoteOnly: 1, amountMismatch: 1 });
};

describe('NDJSON streams through the SDK', () => {
  it('signs a streamed upload by its precomputed digest; the mock verifies it (auth on)', async () => {
    const { client, rows, run, mock } = await setup(true);
    expectedDifferences(await collect(await client.compareReconciliationDetail({ reconciliationId: run.reconciliationId, body: rows })));
    expect(mock.requests().at(-1)?.status).toBe(200);
  });

  it('streams a replayable source row by row to the mock (auth off)', async () => {
    const { client, rows, run } = await setup(false);
    const replayable = { [Symbol.asyncIterator]: async function* () { for (const r of rows) yield await Promise.resolve(r); } };
    expectedDifferences(await collect(await client.compareReconciliationDetail({ reconciliationId: run.reconciliationId, body: replayable })));
  });

  it('encodes a one-shot generator once', async () => {
    const { client, rows, run } = await setup(true);
    function* once() {
      yield* rows;
    }
    expectedDifferences(await collect(await client.compareReconciliationDetail({ reconciliationId: run.reconciliationId, body: once() })));
  });

  it('refuses an invalid row before anything is sent, pointing at its line', async () => {
    const { client, rows, run, mock } = await setup(false);
    const sent = mock.requests().length;
    const bad = rows.map((r, i) => (i === 3 ? { ...r, accountPayFen: 0.5 } : r));
    const error = await failure(client.compareReconciliationDetail({ reconciliationId: run.reconciliationId, body: bad }));
    expect(isRequestValidationError(error) && error.issues.map((i) => i.pointer)).toEqual(['/body/3/accountPayFen']);
    expect(mock.requests().length).toBe(sent);
  });

  it('refuses rows out of order at the mock, and nothing is recorded', async () => {
    const { client, rows, run, mock } = await setup(false);
    const swapped = [rows[1]!, rows[0]!, ...rows.slice(2)];
    const before = JSON.stringify(mock.dump());
    const error = await failure(client.compareReconciliationDetail({ reconciliationId: run.reconciliationId, body: swapped }).then(collect));
    expect(error).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect(JSON.stringify(mock.dump())).toBe(before);
  });
});
