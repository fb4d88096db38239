// Randomness from the web `crypto` global (no Node built-ins in the SDK).

/** A random RFC 4122 version-4 UUID. */
export function randomUuid(): string {
  return crypto.randomUUID();
}

const HEX: readonly string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

// Trace and span ids are drawn from a pool refilled 4 KiB at a time: one `getRandomValues` per ~170 attempts
// instead of one per attempt (it showed up in the per-call profile).
const POOL_SIZE = 4096;
let pool = new Uint8Array(0);
let offset = 0;

/** `bytes` random bytes as lower-case hex, never all zero (W3C trace context forbids all-zero ids). */
export function randomHex(bytes: number): string {
  if (offset + bytes > pool.length) {
    pool = crypto.getRandomValues(new Uint8Array(POOL_SIZE));
    offset = 0;
  }
  let out = '';
  let zero = true;
  for (let i = offset; i < offset + bytes; i++) {
    const b = pool[i] as number;
    if (b !== 0) zero = false;
    out += HEX[b];
  }
  offset += bytes;
  return zero ? out.slice(0, -2) + '01' : out;
}
