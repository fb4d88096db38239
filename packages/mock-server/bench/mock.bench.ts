// Requests per second for the same operation (getEntry) of the same spec (the fixture exchange), at 1 and 16
// connections, 127.0.0.1 only, bounded in time: a bare node:http JSON server, our HTTP mock with auth off and
// on, and Prism (static mode) serving the bundled spec. Run: `pnpm --filter @zhongyuan/mock-server bench`
// (or `tsx --conditions=@zhongyuan/source bench/mock.bench.ts [--duration 5]`).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
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
const DURATION = durationArg > 0 ? Number(process.argv[durationArg + 1]) : 5;
const WARMUP = 2;
const ENTRY = '/entries/ent_SEED0000000000000000000000';
const PATH = `/ledger-fixture/v1${ENTRY}`;
const client = testClient('410100');
const CLIENT_HEADER = client.id;

interface Started {
  readonly child: ChildProcess;
  readonly origin: string;
}

function start(command: string, args: string[], ready: RegExp): Promise<Started> {
  const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let out: string | null = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready: ${command} ${args.join(' ')}\n${out}`)), 60_000);
    const onData = (d: Buffer): void => {
      if (out === null) return; // after start-up the output is ignored (Prism logs every request)
      out += String(d);
      const m = ready.exec(out);
      if (m !== null) {
        clearTimeout(timer);
        out = null;
        resolve({ child, origin: m[1]! });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`exited ${String(code)}: ${out ?? ''}`)));
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
  tokens?: string[],
  path = PATH,
): Promise<Row> {
  let next = 0;
  const request = {
    method: 'GET',
    path,
    headers,
    ...(tokens !== undefined
      ? { setupRequest: (r: { headers?: Record<string, string> }) => ({ ...r, headers: { ...r.headers, authorization: tokens[next++ % tokens.length]! } }) }
      : {}),
  };
  await autocannon({ url: origin, connections, duration: WARMUP, requests: [request] });
  const result = await autocannon({ url: origin, connections, duration: DURATION, requests: [request] });
  return { target, connections, rps: result.requests.average, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors };
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  const tsx = bin('tsx');
  const serve = (kind: string, port: number) =>
    start(tsx, ['--conditions=@zhongyuan/source', join(here, 'bench-server.ts'), kind, String(port)], /ready (http:\/\/\S+)/);

  for (const [kind, label] of [['bare', 'bare node:http'], ['mock-auth-off', 'mock, auth off']] as const) {
    const s = await serve(kind, 4701);
    try {
      for (const c of [1, 16]) rows.push(await load(label, s.origin, c, { 'x-client-id': CLIENT_HEADER }));
    } finally {
      await stop(s);
    }
  }

  const on = await serve('mock-auth-on', 4702);
  try {
    for (const c of [1, 16]) {
      // Enough fresh tokens for warm-up and run at a generous rate; minted just before use (lifetime 60 s).
      const tokens = await tokenPool(on.origin, (WARMUP + DURATION) * 12_000);
      rows.push(await load('mock, auth on (ES256)', on.origin, c, {}, tokens));
    }
  } finally {
    await stop(on);
  }

  const dir = mkdtempSync(join(tmpdir(), 'zy-bench-'));
  const specFile = join(dir, 'fixture.json');
  const bundled = bundleSpec(join(root, 'tests/fixtures/exchange/openapi.yaml'), root);
  writeFileSync(specFile, JSON.stringify(dereference(bundled.document, bundled.file)));
  const prism = await start(bin('prism'), ['mock', specFile, '-h', '127.0.0.1', '-p', '4703'], /Prism is listening on (http:\/\/127\.0\.0\.1:\d+)/);
  try {
    for (const c of [1, 16]) {
      // Prism serves the paths without the server URL's base path.
      rows.push(await load('Prism 5.14.2 (static)', prism.origin, c, { authorization: 'Bearer x', 'x-client-id': CLIENT_HEADER }, undefined, ENTRY));
    }
  } finally {
    await stop(prism);
  }

  console.log(`\ngetEntry, ${DURATION} s per run after ${WARMUP} s warm-up, 127.0.0.1, Node ${process.version}\n`);
  console.log('target                     conns      req/s    p99 ms   non-2xx  errors');
  for (const r of rows) {
    console.log(
      `${r.target.padEnd(26)} ${String(r.connections).padStart(5)} ${r.rps.toFixed(0).padStart(10)} ${String(r.p99).padStart(9)} ${String(r.non2xx).padStart(9)} ${String(r.errors).padStart(7)}`,
    );
  }
  const failing = rows.filter((r) => r.non2xx > 0 || r.errors > 0);
  if (failing.length > 0) {
    // A run that answered errors measured the wrong thing: no ratio is printed from it.
    console.error(`\nnot comparable: ${failing.map((r) => `${r.target} (${r.connections} conn)`).join(', ')} answered non-2xx or failed`);
    process.exitCode = 1;
    return;
  }
  const rps = (t: string, c: number) => rows.find((r) => r.target.startsWith(t) && r.connections === c)?.rps ?? Number.NaN;
  console.log('');
  for (const c of [1, 16]) {
    const prismRps = rps('Prism', c);
    console.log(
      `${String(c).padStart(2)} conn: auth off / Prism = ${(rps('mock, auth off', c) / prismRps).toFixed(2)}× (target ≥ 3×), ` +
        `auth on / Prism = ${(rps('mock, auth on', c) / prismRps).toFixed(2)}× (target ≥ 1.5×), ` +
        `bare / auth off = ${(rps('bare', c) / rps('mock, auth off', c)).toFixed(2)}×`,
    );
  }
}

await main();
