// Requests per second for the same operation (getEntry) of the same spec (the fixture exchange), at 1 and 16
// connections, 127.0.0.1 only, bounded in time: a bare node:http JSON server, our HTTP mock with auth off and
// on, and Prism (static mode) serving the bundled spec, measured in turns over several rounds.
// Run: `pnpm bench mock` (or `tsx --conditions=@zhongyuan/source bench/mock.bench.ts [--duration 4] [--repeats 3]`).
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { createSigningAuth } from '@zhongyuan/sdk/auth';
import { bundleSpec, dereference } from '../../codegen/src/index.js';
import { testClient, testClientKeys } from '../src/core/index.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '../../..');
const bin = (name: string): string => join(here, '../node_modules/.bin', name);
const durationArg = process.argv.indexOf('--duration');
const DURATION = durationArg > 0 ? Number(process.argv[durationArg + 1]) : 4;
const WARMUP = 2;
const repeatsArg = process.argv.indexOf('--repeats');
const REPEATS = repeatsArg > 0 ? Number(process.argv[repeatsArg + 1]) : 3;
const ENTRY = '/entries/ent_SEED0000000000000000000000';
const PATH = `/ledger-fixture/v1${ENTRY}`;
const client = testClient('410100');
const CLIENT_HEADER = client.id;

interface Started {
  readonly child: ChildProcess;
  readonly origin: string;
}

// Each server writes its output to a file, never to a pipe the benchmark would have to drain while it is also
// the load generator (Prism logs every request).
function start(command: string, args: string[], ready: RegExp, logFile: string): Promise<Started> {
  const log = openSync(logFile, 'w');
  const child = spawn(command, args, { cwd: root, stdio: ['ignore', log, log] });
  closeSync(log);
  return new Promise((resolve, reject) => {
    const check = setInterval(() => {
      const m = ready.exec(readFileSync(logFile, 'utf8'));
      if (m === null) return;
      settle();
      resolve({ child, origin: m[1]! });
    }, 50);
    const timer = setTimeout(() => {
      settle();
      reject(new Error(`not ready: ${command} ${args.join(' ')}\n${readFileSync(logFile, 'utf8')}`));
    }, 60_000);
    const onExit = (code: number | null): void => {
      settle();
      reject(new Error(`exited ${String(code)}: ${readFileSync(logFile, 'utf8')}`));
    };
    const settle = (): void => {
      clearInterval(check);
      clearTimeout(timer);
      child.off('exit', onExit);
    };
    child.on('exit', onExit);
  });
}

function stop(s: Started): Promise<void> {
  return new Promise((resolve) => {
    if (s.child.exitCode !== null) return resolve();
    s.child.once('exit', () => resolve());
    s.child.kill('SIGTERM');
    setTimeout(() => s.child.kill('SIGKILL'), 3000).unref();
  });
}

/** Pre-minted tokens: each request carries a fresh one (the verifier refuses replays). */
async function tokenPool(origin: string, count: number): Promise<string[]> {
  const keys = await testClientKeys(client);
  const auth = createSigningAuth({ signer: keys.signer, client: client.id, audience: 'https://exchange.zhongyuan.test', lifetimeSeconds: 60 });
  const url = new URL(PATH, origin);
  const tokens: string[] = [];
  for (let i = 0; i < count; i++) tokens.push(`ZY-JWS ${(await auth.mint({ method: 'GET', url, body: undefined })).token}`);
  return tokens;
}

interface Row {
  readonly target: string;
  readonly connections: number;
  readonly rps: number;
  readonly p99: number;
  readonly non2xx: number;
  readonly errors: number;
}

async function load(
  target: string,
  origin: string,
  connections: number,
  headers: Record<string, string>,
  tokens: readonly string[],
  path = PATH,
  warmup = false,
): Promise<Row> {
  let next = 0;
  const request = {
    method: 'GET',
    path,
    headers,
    setupRequest: (r: { headers?: Record<string, string> }) => ({ ...r, headers: { ...r.headers, authorization: tokens[next++ % tokens.length]! } }),
  };
  const result = await autocannon({ url: origin, connections, duration: warmup ? WARMUP : DURATION, requests: [request] });
  return { target, connections, rps: result.requests.average, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors };
}

interface Target {
  readonly label: string;
  run(connections: number, warmup?: boolean): Promise<Row>;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

async function main(): Promise<void> {
  const tsx = bin('tsx');
  const dir = mkdtempSync(join(tmpdir(), 'zy-bench-'));
  const serve = (kind: string, port: number) =>
    start(tsx, [join(here, 'bench-server.ts'), kind, String(port)], /ready (http:\/\/\S+)/, join(dir, `${kind}.log`));
  const specFile = join(dir, 'fixture.json');
  const bundled = bundleSpec(join(root, 'tests/fixtures/exchange/openapi.yaml'), root);
  writeFileSync(specFile, JSON.stringify(dereference(bundled.document, bundled.file)));

  // Every server runs (idle unless loaded) for the whole benchmark, each in its own process, so that the targets
  // can be measured in turns: REPEATS rounds, each measuring every target once in a rotated order. Ratios are taken
  // within a round (the machine's load drifts between rounds) and the median round is reported.
  const servers: Started[] = [];
  try {
    const bare = await serve('bare', 4701);
    servers.push(bare);
    const off = await serve('mock-auth-off', 4702);
    servers.push(off);
    const on = await serve('mock-auth-on', 4703);
    servers.push(on);
    const prism = await start(
      bin('prism'),
      ['mock', specFile, '-h', '127.0.0.1', '-p', '4704'],
      /Prism is listening on (http:\/\/127\.0\.0\.1:\d+)/,
      join(dir, 'prism.log'),
    );
    servers.push(prism);
    // Every target gets the same requests from the same client code: an `Authorization` header set per request
    // (autocannon rebuilds each request for that), of the same length. Only the mock with auth on gets real
    // tokens; the others get a placeholder it would refuse, which they do not check.
    const minted = await tokenPool(on.origin, 1);
    const placeholder = [`ZY-JWS ${'x'.repeat(minted[0]!.length - 'ZY-JWS '.length)}`];
    const targets: Target[] = [
      { label: 'bare node:http', run: (c, w) => load('bare node:http', bare.origin, c, { 'x-client-id': CLIENT_HEADER }, placeholder, PATH, w) },
      { label: 'mock, auth off', run: (c, w) => load('mock, auth off', off.origin, c, { 'x-client-id': CLIENT_HEADER }, placeholder, PATH, w) },
      {
        label: 'mock, auth on (ES256)',
        // Enough fresh tokens for the run at a generous rate, minted just before it (lifetime 60 s).
        run: async (c, w) => load('mock, auth on (ES256)', on.origin, c, {}, await tokenPool(on.origin, (w ? WARMUP : DURATION) * 6_000), PATH, w),
      },
      {
        label: 'Prism 5.14.2 (static)',
        // Prism serves the paths without the server URL's base path.
        run: (c, w) => load('Prism 5.14.2 (static)', prism.origin, c, { 'x-client-id': CLIENT_HEADER }, placeholder, ENTRY, w),
      },
    ];
    for (const t of targets) await t.run(16, true);

    const rounds: Row[][] = [];
    for (let round = 0; round < REPEATS; round++) {
      const rows: Row[] = [];
      for (const c of [1, 16]) {
        for (let i = 0; i < targets.length; i++) rows.push(await targets[(i + round) % targets.length]!.run(c));
      }
      rounds.push(rows);
    }
    report(targets.map((t) => t.label), rounds);
  } finally {
    for (const s of servers) await stop(s);
    rmSync(dir, { recursive: true, force: true });
  }
}

function report(labels: readonly string[], rounds: readonly (readonly Row[])[]): void {
  console.log(`\ngetEntry, 127.0.0.1, Node ${process.version}; ${rounds.length} rounds, each target ${DURATION} s per round (after one ${WARMUP} s warm-up)\n`);
  console.log('target                     conns   median req/s   req/s per round        p99 ms   non-2xx  errors');
  for (const c of [1, 16]) {
    for (const label of labels) {
      const runs = rounds.map((rows) => rows.find((r) => r.target === label && r.connections === c)!);
      console.log(
        `${label.padEnd(26)} ${String(c).padStart(5)} ${median(runs.map((r) => r.rps)).toFixed(0).padStart(14)}   ` +
          `${runs.map((r) => r.rps.toFixed(0)).join(' / ').padEnd(22)} ${String(Math.max(...runs.map((r) => r.p99))).padStart(6)} ` +
          `${String(runs.reduce((n, r) => n + r.non2xx, 0)).padStart(9)} ${String(runs.reduce((n, r) => n + r.errors, 0)).padStart(7)}`,
      );
    }
  }
  const failing = rounds.flat().filter((r) => r.non2xx > 0 || r.errors > 0);
  if (failing.length > 0) {
    // A run that answered errors measured the wrong thing: no ratio is printed from it.
    console.error(`\nnot comparable: ${[...new Set(failing.map((r) => `${r.target} (${r.connections} conn)`))].join(', ')} answered non-2xx or failed`);
    process.exitCode = 1;
    return;
  }
  const ratio = (a: string, b: string, c: number): string => {
    const perRound = rounds.map((rows) => {
      const rps = (t: string) => rows.find((r) => r.target.startsWith(t) && r.connections === c)?.rps ?? Number.NaN;
      return rps(a) / rps(b);
    });
    return `${median(perRound).toFixed(2)}× [${perRound.map((x) => x.toFixed(2)).join(', ')}]`;
  };
  console.log('\nratios within each round: median [per round]');
  for (const c of [1, 16]) {
    console.log(
      `${String(c).padStart(2)} conn: auth off / Prism = ${ratio('mock, auth off', 'Prism', c)} (target ≥ 3×), ` +
        `auth on / Prism = ${ratio('mock, auth on', 'Prism', c)} (target ≥ 1.5×), bare / auth off = ${ratio('bare', 'mock, auth off', c)}`,
    );
  }
}

await main();
