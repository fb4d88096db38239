/**
 * Verification throughput: bare jose `compactVerify` against the full `verifyRequest` pipeline (strict parse,
 * header policy, key lookup, signature via jose, claims, binding with body digest, in-memory replay check), for
 * ES256 and EdDSA; plus SM2-with-SM3 sign and verify rates.
 *
 *   pnpm exec tsx packages/sdk/bench/auth.bench.ts
 *
 * Tokens and `Request` objects are prepared before timing (each needs a fresh `jti`); reading the body, the
 * digest and everything else `verifyRequest` does is inside the timed loop.
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
const N = Number(process.env['BENCH_N'] ?? 4000);
const ROUNDS = 3;
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

console.log(`node ${process.version}, ${N} verifications per round, best of ${ROUNDS} rounds, load average ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
for (const alg of ['ES256', 'EdDSA'] as const) {
  const cryptoKey = await importJWK((await deriveTestKeys('bench', CLIENT, alg)).publicJwk, alg);
  let bestBare = 0;
  let bestFull = 0;
  let bestBareCpu = 0;
  let bestFullCpu = 0;
  for (let round = 0; round < ROUNDS + 1; round++) {
    const { key, items } = await prepare(alg, N);
    const policy: VerifyRequestPolicy = {
      audience: ORIGIN,
      externalBaseUrl: ORIGIN,
      keys: createKeyRegistry({ clients: { [CLIENT]: { jwks: key.jwks } } }),
      replayStore: createMemoryReplayStore({ now: () => NOW, maxEntries: 1_000_000 }),
      now: () => NOW,
    };
    const bare = await rate('bare', N, (i) => compactVerify(items[i]!.token, cryptoKey, { algorithms: [alg] }));
    const bareCpu = lastCpuRate;
    const full = await rate('full', N, async (i) => {
      const r = await verifyRequest(items[i]!.request, policy);
      if (!r.ok) throw new Error('benchmark token rejected');
    });
    const fullCpu = lastCpuRate;
    if (round === 0) continue; // warm-up
    bestBare = Math.max(bestBare, bare);
    bestFull = Math.max(bestFull, full);
    bestBareCpu = Math.max(bestBareCpu, bareCpu);
    bestFullCpu = Math.max(bestFullCpu, fullCpu);
  }
  console.log(
    `${alg.padEnd(6)} wall: jose compactVerify ${fmt(bestBare)}/s   verifyRequest ${fmt(bestFull)}/s   ratio ${(bestFull / bestBare).toFixed(2)}\n` +
      `       cpu:  jose compactVerify ${fmt(bestBareCpu)}/s   verifyRequest ${fmt(bestFullCpu)}/s   ratio ${(bestFullCpu / bestBareCpu).toFixed(2)}  (per process-CPU second)`,
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
