/**
 * Runtime overhead benchmark: time per sequential call against a loopback node:http JSON server, for raw
 * `fetch`, bare ky, and the SDK (strict response validation, no signing). Prints medians and ratios to bare ky.
 *
 * Method: many rounds; in every round each subject makes the same number of calls, in blocks of a few calls, the
 * subjects taking turns block by block in a rotated order. The ratio to bare ky is taken within the round, so the
 * load of a shared machine (which swings within a fraction of a second) weighs on both sides of a ratio alike;
 * deferred costs such as garbage collection fall, on average, on the subject whose allocations trigger them. The
 * figure reported is the median of the per-round ratios, with its interquartile range. CPU time per call (client
 * and server share the process) is printed beside wall time.
 *
 * By default the SDK is loaded from its built `dist/` (what users run; `pnpm bench runtime` builds it first);
 * `--source` loads the TypeScript source instead. `--in-memory` gives every subject a `fetch` that answers from
 * memory, so that only client code is measured (no socket, no server work).
 *
 * `--diagnostics` adds two subjects that help explain the difference: bare ky sending the SDK's headers, and the SDK
 * with response validation off. They are off by default because subjects share one process: ky called with a
 * `headers` option, or the SDK's other validation mode, changes how ky's and undici's code is optimised for every
 * subject, and measurably raised the SDK's ratio to bare ky (docs/benchmarks.md). The default run measures exactly
 * raw `fetch`, bare ky and the SDK with strict validation.
 *
 * Run: `pnpm bench runtime` or `tsx packages/sdk/bench/runtime.bench.ts [--calls 100] [--rounds 120] [--block 10] [--source] [--in-memory] [--server-process] [--diagnostics]`
 *
 * @module
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import ky from 'ky';
import { z } from 'zod';
import type * as Sdk from '../src/index.js';
import type { OperationTable } from '../src/index.js';

const argument = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const CALLS = argument('--calls', 100);
const ROUNDS = argument('--rounds', 120);
const BLOCK = argument('--block', 10);
const WARMUP = 1000;
const fromSource = process.argv.includes('--source');
// A computed specifier: `dist/` exists only after a build, and the benchmark is type-checked before one.
const entry = fromSource ? '../src/index.js' : '../dist/index.js';
const { createClient } = (await import(entry)) as typeof Sdk;

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

// `--in-memory`: every subject's `fetch` answers from memory (no socket, no server), so that only client code runs.
const inMemory = process.argv.includes('--in-memory');
const memoryFetch = (): Promise<Response> =>
  Promise.resolve(new Response(payload, { headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)) } }));
// The server answers the same bytes either in this process or, with `--server-process`, in a child process of its
// own (as a city's server would be: its work then no longer shares the client's thread). The child runs this file
// with `--serve-only`: it starts the server, prints its port and serves until it is stopped.
const serverProcess = process.argv.includes('--server-process');
async function listen(): Promise<{ port: number; stop: () => void }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
    res.end(payload);
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    stop: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}
if (process.argv.includes('--serve-only')) {
  process.stdout.write(`${(await listen()).port}\n`);
  process.on('disconnect', () => process.exit(0));
  await new Promise<never>(() => undefined); // serve until stopped; the benchmark below runs in the parent
}
let port: number;
let stopServer: () => void;
if (serverProcess) {
  const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--serve-only'], {
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  port = await new Promise<number>((resolve) => child.stdout!.once('data', (d: Buffer) => resolve(Number(String(d).trim()))));
  stopServer = () => child.kill();
} else {
  ({ port, stop: stopServer } = await listen());
}
const base = `http://127.0.0.1:${port}`;
const url = `${base}/v1/things/t-1`;

const fetchFunction = inMemory ? memoryFetch : undefined;
const client = createClient<operations, typeof table>(table, {
  baseUrl: `${base}/v1`,
  validate: 'strict',
  ...(fetchFunction === undefined ? {} : { fetch: fetchFunction }),
});
const kyClient = fetchFunction === undefined ? ky : ky.create({ fetch: fetchFunction });
const rawFetch = fetchFunction ?? ((target: string) => fetch(target));
const BASELINE = 'bare ky';
const subjects: Record<string, () => Promise<unknown>> = {
  'raw fetch': async () => (await rawFetch(url)).json(),
  [BASELINE]: () => kyClient.get(url).json(),
  'sdk (strict, no signing)': () => client.getThing({ thingId: 't-1' }),
};
if (process.argv.includes('--diagnostics')) {
  // The headers the SDK puts on the wire for this call (request id and trace context are fresh per call).
  const sameHeaders = (): Record<string, string> => ({
    accept: 'application/json, application/problem+json',
    'user-agent': 'zhongyuan-sdk',
    'x-request-id': crypto.randomUUID(),
    traceparent: `00-${'4bf92f3577b34da6a3ce929d0e0e4736'}-${'00f067aa0ba902b7'}-01`,
  });
  const unvalidated = client.withOptions({ validate: 'off' });
  subjects['bare ky, SDK headers'] = () => kyClient.get(url, { headers: sameHeaders() }).json();
  subjects['sdk (validate off)'] = () => unvalidated.getThing({ thingId: 't-1' });
}
const names = Object.keys(subjects);

interface Sample {
  wall: number;
  cpu: number;
}

// One block: `calls` sequential calls of one subject; wall and CPU time in µs, summed into `into`.
async function block(run: () => Promise<unknown>, calls: number, into: Sample): Promise<void> {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < calls; i++) await run();
  into.wall += (performance.now() - started) * 1000;
  const cpu = process.cpuUsage(cpuBefore);
  into.cpu += cpu.user + cpu.system;
}

const quantile = (values: readonly number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
};

for (const name of names) await block(subjects[name] as () => Promise<unknown>, WARMUP, { wall: 0, cpu: 0 });
const wall: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
const cpu: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
const ratio: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
const cpuRatio: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
for (let r = 0; r < ROUNDS; r++) {
  const measured: Record<string, Sample> = Object.fromEntries(names.map((n) => [n, { wall: 0, cpu: 0 }]));
  for (let b = 0; b < CALLS / BLOCK; b++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(k + b + r) % names.length] as string;
      await block(subjects[name] as () => Promise<unknown>, BLOCK, measured[name] as Sample);
    }
  }
  const baseline = measured[BASELINE] as Sample;
  for (const name of names) {
    const m = measured[name] as Sample;
    wall[name]?.push(m.wall / CALLS);
    cpu[name]?.push(m.cpu / CALLS);
    ratio[name]?.push(m.wall / baseline.wall);
    cpuRatio[name]?.push(m.cpu / baseline.cpu);
  }
}

console.log(
  `node ${process.version}, SDK from ${fromSource ? 'source' : 'dist'}, ${inMemory ? 'in-memory fetch (no sockets)' : serverProcess ? 'loopback node:http in its own process' : 'loopback node:http in this process'}; ${ROUNDS} rounds × ${CALLS} sequential calls per subject ` +
    `in blocks of ${BLOCK} (subjects take turns block by block, rotated; after ${WARMUP} warm-up calls each)`,
);
console.log('per-round ratio to bare ky: median [interquartile range]; µs per call: median of rounds');
console.log('least-contended rounds: each subject\'s fastest tenth of rounds (10th percentile of µs per call), and its ratio');
console.log(
  `${''.padEnd(26)} ${'wall µs'.padStart(8)}  ${'wall vs ky'.padEnd(22)} ${'cpu µs'.padStart(8)}  ${'cpu vs ky'.padEnd(22)} ` +
    `${'p10 µs'.padStart(7)}  p10 vs ky`,
);
const show = (values: readonly number[]): string =>
  `×${quantile(values, 0.5).toFixed(3)} [${quantile(values, 0.25).toFixed(2)}–${quantile(values, 0.75).toFixed(2)}]`;
const fastBaseline = quantile(wall[BASELINE] ?? [], 0.1);
for (const name of names) {
  const fast = quantile(wall[name] ?? [], 0.1);
  console.log(
    `${name.padEnd(26)} ${quantile(wall[name] ?? [], 0.5).toFixed(1).padStart(8)}  ${show(ratio[name] ?? []).padEnd(22)} ` +
      `${quantile(cpu[name] ?? [], 0.5).toFixed(1).padStart(8)}  ${show(cpuRatio[name] ?? []).padEnd(22)} ` +
      `${fast.toFixed(1).padStart(7)}  ×${(fast / fastBaseline).toFixed(3)}`,
  );
}
stopServer();
