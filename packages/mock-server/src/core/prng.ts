/**
 * The mock's seeded randomness: every random choice of the mock (ids, latency, seed data) comes from one of these,
 * so a run is reproducible from its seed. The generator is the validators' mulberry32 (`createSeededRandom`, also
 * behind the synthetic identifiers); this module adds string seeds and helpers.
 */
import { createSeededRandom } from '@zhongyuan/sdk/validators';

/** Returns numbers in `[0, 1)`. */
export type Random = () => number;

/** Hash a string or number seed to 32 bits (FNV-1a over the decimal/text form). */
export function seedToInt(seed: number | string): number {
  const text = String(seed);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A seeded generator of numbers in `[0, 1)`.
 *
 * @example
 * const random = createRandom(42);
 * random(); // same value on every machine
 */
export function createRandom(seed: number | string): Random {
  return createSeededRandom(seedToInt(seed));
}

/** An integer in `[min, max]` drawn from `random`. */
export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A ULID (26 Crockford base-32 characters) from a time and a seeded generator: sortable and reproducible. */
export function seededUlid(time: number, random: Random): string {
  let t = Math.max(0, Math.floor(time));
  let head = '';
  for (let i = 0; i < 10; i++) {
    head = CROCKFORD.charAt(t % 32) + head;
    t = Math.floor(t / 32);
  }
  let tail = '';
  for (let i = 0; i < 16; i++) tail += CROCKFORD.charAt(Math.floor(random() * 32));
  return head + tail;
}
