// Reconciliation detail (对明细账, 3202) at 10k, 100k and 1M settlements, streamed through the SDK and the mock:
// the hospital's rows come from a replayable generator (never an array), the SDK digests them, then streams them
// (NDJSON, 64 KiB chunks) to the mock, which validates and merge-joins them row by row against the platform's
// rows (a synthetic day, generated on demand) and answers the differences. Each size runs in its own process so
// that its peak RSS is its own. Run: `tsx --conditions=@zhongyuan/source bench/reconciliation.bench.ts [sizes…]`.
// In-process, auth off: with auth on, the mock's request verifier reads the whole body to check its digest
// (docs/decisions/0008-ndjson-streams.md). Each child runs with its V8 heap capped (`--max-old-space-size=40
// --max-semi-space-size=2`): finishing a million rows under that cap is the proof that memory does not grow with
// rows (without it V8 grows the heap lazily, to about 190 MB at 1M); `--no-heap-cap` turns the cap off.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createMedicalSettlementClient } from '@zhongyuan/sdk/medical-settlement';
import { createMock, testClient } from '../src/core/index.js';
import { createMedicalSettlementExchange, syntheticRow, type DetailRow, type SyntheticDay } from '../src/exchanges/medical-settlement/index.js';

const FACILITY = 'H41010500017';
const DAY = '2026-11-02';

interface Figures {
  readonly rows: number;
  readonly seconds: number;
  readonly rowsPerSecond: number;
  readonly peakRssMb: number;
  /** RSS just before the detail comparison (runtime, SDK, mock and its seed data loaded). */
  readonly baselineRssMb: number;
  readonly differences: number;
}

async function measure(count: number): Promise<Figures> {
  let peak = process.memoryUsage().rss;
  const sample = (): void => {
    const rss = process.memoryUsage().rss;
    if (rss > peak) peak = rss;
  };
  const timer = setInterval(sample, 20);
  const owner = testClient('郑州').id;
  const day: SyntheticDay = { owner, day: DAY, insuranceType: '310', clearingType: '11', settlementAgency: '371799', count };
  const mock = createMock({ exchanges: [createMedicalSettlementExchange({ syntheticDays: [day] })], auth: false, clock: { start: new Date('2026-11-02T10:00:00Z'), frozen: true }, logCapacity: 10 });
  // `mock.handle` serves a request through the mock's own route table (what the HTTP adapter calls), so the
  // streamed request body is read once, not teed by MSW's request cloning.
  const client = createMedicalSettlementClient({
    baseUrl: 'https://exchange.zhongyuan.test/medical-settlement/v1',
    fetch: (input, init) => mock.handle(input instanceof Request && init === undefined ? input : new Request(input, init)),
    timeout: 600_000,
    attemptTimeout: 600_000,
    retry: { limit: 0 },
  });
  // The hospital's ledger: every platform row, one in 100,000 with another amount, the last one missing.
  const local = (i: number): DetailRow | undefined => {
    if (i === count - 1) return undefined;
    const r = syntheticRow(day, i);
    return i % 100_000 === 7 ? { ...r, medicalFeeTotalFen: r.medicalFeeTotalFen + 1 } : r;
  };
  const rows = {
    *[Symbol.iterator](): Iterator<DetailRow> {
      for (let i = 0; i < count; i++) {
        const r = local(i);
        if (r !== undefined) yield r;
        if ((i & 0x3fff) === 0) sample();
      }
    },
  };
  const totals = { medicalFeeTotalFen: 0, fundPaySumFen: 0, accountPayFen: 0, settlementCount: 0 };
  for (const r of rows) {
    totals.medicalFeeTotalFen += r.medicalFeeTotalFen;
    totals.fundPaySumFen += r.fundPaySumFen;
    totals.accountPayFen += r.accountPayFen;
    totals.settlementCount += 1;
  }
  const envelope = (n: number) => ({ messageId: `${FACILITY}20261102180000${String(n).padStart(4, '0')}`, facilityCode: FACILITY, treatmentRegion: '410105', operator: { operatorId: 'BENCH', operatorType: 'clerk' as const } });
  const run = await client.reconcileTotals({
    body: { envelope: envelope(1), insuranceType: '310', clearingType: '11', settlementAgency: '371799', statementFrom: DAY, statementTo: DAY, includesRefunds: false, totals },
  });
  const baseline = process.memoryUsage().rss;
  peak = baseline;
  const started = performance.now();
  let differences = 0;
  let summary: unknown;
  for await (const line of await client.compareReconciliationDetail({ reconciliationId: run.reconciliationId, body: rows })) {
    if (line.kind === 'summary') summary = line;
    else differences += 1;
  }
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  sample();
  const s = summary as { localRows: number; matchedRows: number } | undefined;
  if (s === undefined || s.localRows !== count - 1) throw new Error('the detail comparison did not cover every row');
  return { rows: count, seconds, rowsPerSecond: Math.round(count / seconds), peakRssMb: Math.round(peak / 1048576), baselineRssMb: Math.round(baseline / 1048576), differences };
}

const self = fileURLToPath(import.meta.url);
const only = process.env['RECONCILIATION_BENCH_SIZE'];
if (only !== undefined) {
  const figures = await measure(Number(only));
  process.stdout.write(`${JSON.stringify(figures)}\n`);
} else {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const heapCap = process.argv.includes('--no-heap-cap') ? [] : ['--max-old-space-size=40', '--max-semi-space-size=2'];
  const results: Figures[] = [];
  for (const size of sizes.length > 0 ? sizes : [10_000, 100_000, 1_000_000]) {
    const child = spawnSync(process.execPath, [...heapCap, ...process.execArgv, self], {
      env: { ...process.env, RECONCILIATION_BENCH_SIZE: String(size) },
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    if (child.status !== 0) {
      process.stderr.write(child.stderr);
      process.exit(1);
    }
    results.push(JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Figures);
  }
  console.log(`reconciliation detail (3202), streamed through the SDK and the mock, in-process, one process per size${heapCap.length > 0 ? `, ${heapCap.join(' ')}` : ''}`);
  console.log('rows        seconds   rows/s     peak RSS   (before)   differences');
  for (const r of results) {
    console.log(
      `${String(r.rows).padEnd(11)} ${r.seconds.toFixed(2).padStart(7)}   ${String(r.rowsPerSecond).padStart(8)}   ${String(r.peakRssMb).padStart(5)} MB   ${String(r.baselineRssMb).padStart(5)} MB   ${r.differences}`,
    );
  }
  const [first, last] = [results[0]!, results.at(-1)!];
  console.log(`time per row, largest vs smallest: ${((last.seconds / last.rows) / (first.seconds / first.rows)).toFixed(2)}×`);
}
