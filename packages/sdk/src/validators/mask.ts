/**
 * Masking of citizen IDs for logs.
 *
 * @module
 */

const ID_SHAPE = /^(?:[0-9]{17}[0-9Xx]|[0-9]{15})$/u;
/** Longest mask produced for a string that does not look like an ID, so huge inputs give short output. */
const MAX_MASK_LENGTH = 18;

/**
 * Masks a citizen ID for logs, keeping at most the six-digit address code and the last four characters:
 * `410105198001011239` → `410105********1239`. Works on the ID's shape, not its validity, so mistyped IDs are
 * masked too (18 characters with a final digit or `X`/`x`, or 15 digits).
 *
 * Anything else is masked completely: a string becomes `*` repeated (at most 18 times, so the length of a
 * long value is not revealed), and a non-string becomes `[redacted]`. Nothing of the input is kept.
 *
 * @example
 * ```ts
 * maskCitizenId('410105198001011239'); // '410105********1239'
 * maskCitizenId('410105800101123');    // '410105*****1123'
 * maskCitizenId('张三');                // '**'
 * maskCitizenId(undefined);            // '[redacted]'
 * ```
 */
export function maskCitizenId(value: unknown): string {
  if (typeof value !== 'string') return '[redacted]';
  if (ID_SHAPE.test(value)) return value.slice(0, 6) + '*'.repeat(value.length - 10) + value.slice(-4);
  return '*'.repeat(Math.min(value.length, MAX_MASK_LENGTH));
}
