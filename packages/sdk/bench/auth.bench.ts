/**
 * Verification throughput: bare jose `compactVerify` against the full `verifyRequest` pipeline (strict parse,
 * header policy, key lookup, signature via jose, claims, binding with body digest, in-memory replay check), for
 * ES256 and EdDSA; plus SM2-with-SM3 sign and verify rates.
 *
 *   pnpm exec tsx packages/sdk/bench/auth.bench.ts
 *
 * Tokens and `Request` objects are prepared before timing (each needs a fresh `jti`); reading the body, the
 * digest and everything else `verifyRequest` does is inside the timed loop. `BENCH_N` sets the verifications
 * per subject and algorithm (default 6000).
 */
import { compactVerify, importJWK } from 'jose';
import {
  createKeyRegistry,
  createMemoryReplayStore,
  createSigningAuth,
  createSm2Verifier,
  deriveTestKeys,
  type Sm2PublicJwk,
  verifyRequest,
  type VerifyRequestPolicy,
} from '../src/auth/index.js';

const CLIENT = 'ZY-TEST/GOV/11410000005184441Q/410000/settlement';
const ORIGIN = 'https://exchange.zhongyuan.example';
const N = Number(process.env['BENCH_N'] ?? 6000);
const NOW = 1_800_000_000_000;
const body = new TextEncoder().encode(JSON.stringify({ settlementId: 'S-2026-000001', amountFen: 1234567, city: '410100' }));

async function prepare(alg: 'ES256' | 'EdDSA', count: number) {
  const key = await deriveTestKeys('bench', CLIENT, alg);
  const auth = createSigningAuth({ signer: key.signer, client: CLIENT, audience: ORIGIN, now: () => NOW });
  const url = new URL('/v1/medical-settlements?city=410100', ORIGIN);
  const items: { token: string; request: Request }[] = [];
  for (let i = 0; i < count; i++) {
    const headers = new Headers({ 'content-type': 'application/json' });
    await auth.apply({ method: 'POST', url, headers, body, operationId: 'createSettlement', attempt: 1 });
    items.push({ token: headers.get('authorization')!.slice(7), request: new Request(url, { method: 'POST', headers, body }) });
  }
  return { key, items };
}

let lastCpuRate = 0;

/** Operations per wall-clock second, one at a time; also records operations per process-CPU second. */
async function rate(_label: string, count: number, run: (i: number) => Promise<unknown>): Promise<number> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (let i = 0; i < count; i++) await run(i);
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  lastCpuRate = count / ((used.user + used.system) / 1e6);
  return count / seconds;
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US').padStart(9);
const quantile = (values: readonly number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
};

// Blocks of BLOCK verifications alternate between bare jose and verifyRequest (which one goes first alternates
// too); the ratio is taken within each pair of neighbouring blocks, so the drifting load of a shared machine
// affects both sides alike. Reported: the median of the per-pair ratios with its interquartile range, and the
// rates from the medians of the blocks.
const BLOCK = 100;
const PAIRS = Math.max(10, Math.floor(N / BLOCK));
console.log(
  `node ${process.version}, ${PAIRS} pairs of blocks of ${BLOCK} verifications each (after one warm-up pair), ` +
    `load average ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}\n`,
);
for (const alg of (process.env['BENCH_ALGS'] ?? 'ES256,EdDSA').split(',') as ('ES256' | 'EdDSA')[]) {
  const cryptoKey = await importJWK((await deriveTestKeys('bench', CLIENT, alg)).publicJwk, alg);
  const { key, items } = await prepare(alg, (PAIRS + 1) * BLOCK);
  const policy: VerifyRequestPolicy = {
    audience: ORIGIN,
    externalBaseUrl: ORIGIN,
    keys: createKeyRegistry({ clients: { [CLIENT]: { jwks: key.jwks } } }),
    replayStore: createMemoryReplayStore({ now: () => NOW, maxEntries: 1_000_000 }),
    now: () => NOW,
  };
  const bareBlock = (offset: number): Promise<number> =>
    rate('bare', BLOCK, (i) => compactVerify(items[offset + i]!.token, cryptoKey, { algorithms: [alg] }));
  const fullBlock = (offset: number): Promise<number> =>
    rate('full', BLOCK, async (i) => {
      const r = await verifyRequest(items[offset + i]!.request, policy);
      if (!r.ok) throw new Error('benchmark token rejected');
    });
  const bare: number[] = [];
  const full: number[] = [];
  const bareCpu: number[] = [];
  const fullCpu: number[] = [];
  const ratio: number[] = [];
  const cpuRatio: number[] = [];
  for (let pair = 0; pair <= PAIRS; pair++) {
    const offset = pair * BLOCK;
    let b: number;
    let f: number;
    let bc: number;
    let fc: number;
    if (pair % 2 === 0) {
      b = await bareBlock(offset);
      bc = lastCpuRate;
      f = await fullBlock(offset);
      fc = lastCpuRate;
    } else {
      f = await fullBlock(offset);
      fc = lastCpuRate;
      b = await bareBlock(offset);
      bc = lastCpuRate;
    }
    if (pair === 0) continue; // warm-up
    bare.push(b);
    full.push(f);
    bareCpu.push(bc);
    fullCpu.push(fc);
    ratio.push(f / b);
    cpuRatio.push(fc / bc);
  }
  const spread = (values: readonly number[]): string =>
    `${quantile(values, 0.5).toFixed(2)} [${quantile(values, 0.25).toFixed(2)}–${quantile(values, 0.75).toFixed(2)}]`;
  console.log(
    `${alg.padEnd(6)} wall: jose compactVerify ${fmt(quantile(bare, 0.5))}/s   verifyRequest ${fmt(quantile(full, 0.5))}/s   ratio ${spread(ratio)}\n` +
      `       cpu:  jose compactVerify ${fmt(quantile(bareCpu, 0.5))}/s   verifyRequest ${fmt(quantile(fullCpu, 0.5))}/s   ratio ${spread(cpuRatio)}  (per process-CPU second)`,
  );
}

const sm2Key = await deriveTestKeys('bench', CLIENT, 'SM2SM3');
const sm2Verifier = createSm2Verifier(sm2Key.publicJwk as unknown as Sm2PublicJwk);
const message = new TextEncoder().encode('e'.repeat(400));
const sig = await sm2Key.signer.sign(message);
const SM2_N = Math.max(200, Math.floor(N / 4));
await rate('warm', 50, () => sm2Key.signer.sign(message));
const signRate = await rate('sign', SM2_N, () => sm2Key.signer.sign(message));
const verifyRate = await rate('verify', SM2_N, () => sm2Verifier.verify(message, sig));
console.log(`SM2SM3 sign ${fmt(signRate)}/s   verify ${fmt(verifyRate)}/s   (sm-crypto-v2, ${SM2_N} ops, 400-byte input)`);
