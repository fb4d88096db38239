/**
 * Generate a signing key for an agency's client.
 *
 *   pnpm exec tsx scripts/keys/generate.ts --alg ES256|EdDSA|SM2 --client ZY/GOV/<uscc>/<region>/<subsystem> --out <dir>
 *
 * Writes `<dir>/<kid>.private.jwk.json` (mode 0600, never overwritten) and adds the public key to
 * `<dir>/jwks.json` (created if missing), which is what the exchange registers or fetches. Adding to an existing
 * JWKS is the "publish" step of a key rotation; remove the old key from it later to retire it.
 */
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateSigningKeyPair, isClientIdentity, type SignatureAlgorithm } from '../../packages/sdk/src/auth/index.js';

const ALGS: Record<string, SignatureAlgorithm> = { ES256: 'ES256', EdDSA: 'EdDSA', SM2: 'SM2SM3', SM2SM3: 'SM2SM3' };

function fail(message: string): never {
  process.stderr.write(`${message}\nusage: generate.ts --alg ES256|EdDSA|SM2 --client ZY/GOV/<uscc>/<region>/<subsystem> --out <dir>\n`);
  process.exit(2);
}

const { values } = parseArgs({
  options: { alg: { type: 'string' }, client: { type: 'string' }, out: { type: 'string' } },
  strict: true,
});
const alg = ALGS[values.alg ?? ''];
if (alg === undefined) fail('--alg must be ES256, EdDSA or SM2');
if (values.client === undefined || !isClientIdentity(values.client)) fail('--client must be a canonical identity');
if (values.out === undefined) fail('--out is required');

const pair = await generateSigningKeyPair(alg);
await mkdir(values.out, { recursive: true });
const privatePath = join(values.out, `${pair.kid}.private.jwk.json`);
await writeFile(privatePath, JSON.stringify({ ...pair.privateJwk, client: values.client }, null, 2) + '\n', {
  mode: 0o600,
  flag: 'wx',
});
await chmod(privatePath, 0o600);

const jwksPath = join(values.out, 'jwks.json');
let keys: unknown[] = [];
try {
  const existing = JSON.parse(await readFile(jwksPath, 'utf8')) as { keys?: unknown };
  if (Array.isArray(existing.keys)) keys = existing.keys;
} catch {
  // no JWKS yet
}
keys.push(pair.publicJwk);
await writeFile(jwksPath, JSON.stringify({ keys }, null, 2) + '\n', { mode: 0o644 });

process.stdout.write(`client ${values.client}\nalg    ${alg}\nkid    ${pair.kid}\nprivate key → ${privatePath} (0600)\npublic JWKS → ${jwksPath} (${keys.length} key(s))\n`);
