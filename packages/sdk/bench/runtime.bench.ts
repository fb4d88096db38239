/**
 * Runtime overhead benchmark: time per sequential call against a loopback node:http JSON server, for raw
 * `fetch`, bare ky, and the SDK (strict response validation, no signing). Prints medians and ratios to ky.
 *
 * Run: `pnpm exec tsx packages/sdk/bench/runtime.bench.ts [calls-per-round] [rounds]`
 *
 * @module
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import ky from 'ky';
import { z } from 'zod';
import { createClient, type OperationTable } from '../src/index.js';

const CALLS = Number(process.argv[2] ?? 2000);
const ROUNDS = Number(process.argv[3] ?? 7);
const WARMUP = 500;

const thing = { id: 't-1', name: 'Widget', status: 'active', amountFen: 1250, city: '410100', tags: ['a', 'b'] };
const payload = JSON.stringify(thing);

interface operations {
  getThing: {
    parameters: { query?: { verbose?: boolean }; header?: never; path: { thingId: string }; cookie?: never };
    requestBody?: never;
    responses: { 200: { headers: { [name: string]: unknown }; content: { 'application/json': typeof thing } } };
  };
}

const table = {
  getThing: {
    operationId: 'getThing',
    method: 'GET',
    path: '/things/{thingId}',
    summary: 'Read a thing',
    summaryZh: '读取',
    parameters: [
      { name: 'thingId', in: 'path', required: true, pii: false },
      { name: 'verbose', in: 'query', required: false, pii: false },
    ],
    requestBody: undefined,
    paramsSchema: z.strictObject({ thingId: z.string().min(1), verbose: z.boolean().optional() }),
    responses: {
      '200': {
        contentType: 'application/json',
        schema: z.strictObject({
          id: z.string(),
          name: z.string(),
          status: z.enum(['active', 'closed']),
          amountFen: z.number().int(),
          city: z.string().regex(/^\d{6}$/),
          tags: z.array(z.string()),
        }),
      },
    },
    idempotency: 'none',
    problemTypes: [],
    pagination: undefined,
    transition: undefined,
    requestPii: [],
    responsePii: [],
  },
} as const satisfies OperationTable;

const server = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
  res.end(payload);
});
server.keepAliveTimeout = 60_000;
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as AddressInfo;
const base = `http://127.0.0.1:${port}`;
const url = `${base}/v1/things/t-1`;

const client = createClient<operations, typeof table>(table, { baseUrl: `${base}/v1`, validate: 'strict' });
const unvalidated = client.withOptions({ validate: 'off' });

const subjects: Record<string, () => Promise<unknown>> = {
  'raw fetch': async () => (await fetch(url)).json(),
  'bare ky': () => ky.get(url).json(),
  'sdk (strict, no signing)': () => client.getThing({ thingId: 't-1' }),
  'sdk (validate off)': () => unvalidated.getThing({ thingId: 't-1' }),
};

async function round(run: () => Promise<unknown>, calls: number): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < calls; i++) await run();
  return ((performance.now() - started) * 1000) / calls; // µs per call
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

const results: Record<string, number[]> = {};
for (const [name, run] of Object.entries(subjects)) {
  await round(run, WARMUP);
  results[name] = [];
}
// Interleave rounds so drift in machine load affects every subject alike.
for (let r = 0; r < ROUNDS; r++) {
  for (const [name, run] of Object.entries(subjects)) results[name]?.push(await round(run, CALLS));
}

const kyMedian = median(results['bare ky'] ?? []);
const kyBest = Math.min(...(results['bare ky'] ?? []));
console.log(`node ${process.version}, ${CALLS} sequential calls × ${ROUNDS} rounds (after ${WARMUP} warm-up), µs/call`);
console.log(`${''.padEnd(26)} ${'median'.padStart(8)}  ${'vs ky'.padStart(7)}   ${'best'.padStart(8)}  ${'vs ky'.padStart(7)}`);
for (const [name, values] of Object.entries(results)) {
  const m = median(values);
  const b = Math.min(...values);
  console.log(
    `${name.padEnd(26)} ${m.toFixed(1).padStart(8)}  ×${(m / kyMedian).toFixed(3)}   ${b.toFixed(1).padStart(8)}  ×${(b / kyBest).toFixed(3)}`,
  );
}
server.closeAllConnections();
server.close();
