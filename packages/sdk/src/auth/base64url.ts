/**
 * Canonical base64url (RFC 4648 §5, no padding) for token segments. Decoding is strict: only the URL-safe
 * alphabet, no padding, no length ≡ 1 (mod 4), and the unused low bits of the last character must be zero, so
 * every byte string has exactly one accepted encoding and a token cannot be altered without changing its bytes.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const DECODE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

/** Encode bytes as unpadded base64url. */
export function encodeBase64Url(bytes: Uint8Array): string {
  return encodeWith(ALPHABET, bytes);
}

const STANDARD_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 of `bytes` in `alphabet`, unpadded. */
function encodeWith(alphabet: string, bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += alphabet[n >>> 18]! + alphabet[(n >>> 12) & 63]! + alphabet[(n >>> 6) & 63]! + alphabet[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += alphabet[n >>> 18]! + alphabet[(n >>> 12) & 63]!;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += alphabet[n >>> 18]! + alphabet[(n >>> 12) & 63]! + alphabet[(n >>> 6) & 63]!;
  }
  return out;
}

/** Encode a string's UTF-8 bytes as unpadded base64url. */
export function encodeBase64UrlText(text: string): string {
  return encodeBase64Url(new TextEncoder().encode(text));
}

/**
 * Decode canonical unpadded base64url, or return `undefined` for anything else (wrong alphabet, padding,
 * impossible length, non-zero trailing bits, or more than `maxBytes` decoded bytes).
 */
export function decodeBase64Url(text: string, maxBytes = Number.POSITIVE_INFINITY): Uint8Array | undefined {
  const length = decodedLength(text, maxBytes);
  if (length < 0) return undefined;
  const out = new Uint8Array(length);
  return decodeInto(text, out) ? out : undefined;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
// Token segments are decoded here and then straight to text: allocating a fresh buffer of a few hundred bytes
// costs more than decoding it. Decoding and reading back happen in one synchronous step, so one buffer serves.
let scratch = new Uint8Array(1024);

/**
 * Decode canonical unpadded base64url (as {@link decodeBase64Url} accepts it) whose bytes are UTF-8 text, and
 * return that text: `undefined` when the encoding is not canonical or the bytes exceed `maxBytes`, `null` when
 * the bytes are not well-formed UTF-8.
 */
export function decodeBase64UrlText(text: string, maxBytes = Number.POSITIVE_INFINITY): string | null | undefined {
  const length = decodedLength(text, maxBytes);
  if (length < 0 || !isCanonicalBase64Url(text)) return undefined;
  // The platform's decoder for the common case: with the alphabet, length and trailing bits checked above it
  // decodes exactly as decodeInto does, and ASCII bytes are their own UTF-8 text.
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  if (!NON_ASCII.test(binary)) return binary;
  if (length > scratch.length) scratch = new Uint8Array(Math.max(length, scratch.length * 2));
  const view = scratch.subarray(0, length);
  decodeInto(text, view); // cannot fail: the text is canonical
  try {
    return utf8.decode(view);
  } catch {
    return null;
  }
}

/** True when `text` is canonical unpadded base64url: exactly what {@link decodeBase64Url} accepts, without decoding. */
export function isCanonicalBase64Url(text: string): boolean {
  return text.length % 4 !== 1 && URL_ALPHABET_ONLY.test(text) && canonicalTail(text);
}

const URL_ALPHABET_ONLY = /^[A-Za-z0-9_-]*$/;
// atob gives one character per byte; one above U+007F means the bytes are not ASCII.
const NON_ASCII = /[\u0080-\uffff]/;

/** False when the last character of `text` carries bits beyond the encoded bytes (a non-canonical encoding). */
function canonicalTail(text: string): boolean {
  const rest = text.length % 4;
  if (rest === 0) return true;
  const last = DECODE[text.charCodeAt(text.length - 1)]!;
  return (last & (rest === 2 ? 15 : 3)) === 0;
}

/** Bytes that `text` decodes to, or -1 for an impossible length or more than `maxBytes`. */
function decodedLength(text: string, maxBytes: number): number {
  const len = text.length;
  if (len % 4 === 1) return -1;
  const length = Math.floor((len * 3) / 4);
  return length > maxBytes ? -1 : length;
}

/** Decode `text` into `out` (exactly its decoded length); false for any non-canonical input. */
function decodeInto(text: string, out: Uint8Array): boolean {
  const len = text.length;
  let o = 0;
  let i = 0;
  for (; i + 3 < len; i += 4) {
    const a = sextet(text, i), b = sextet(text, i + 1), c = sextet(text, i + 2), d = sextet(text, i + 3);
    if ((a | b | c | d) < 0) return false;
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    out[o++] = n >>> 16;
    out[o++] = (n >>> 8) & 255;
    out[o++] = n & 255;
  }
  const rest = len - i;
  if (rest === 2) {
    const a = sextet(text, i), b = sextet(text, i + 1);
    if ((a | b) < 0 || (b & 15) !== 0) return false;
    out[o] = (a << 2) | (b >>> 4);
  } else if (rest === 3) {
    const a = sextet(text, i), b = sextet(text, i + 1), c = sextet(text, i + 2);
    if ((a | b | c) < 0 || (c & 3) !== 0) return false;
    const n = (a << 18) | (b << 12) | (c << 6);
    out[o] = n >>> 16;
    out[o + 1] = (n >>> 8) & 255;
  }
  return true;
}

function sextet(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code < 128 ? DECODE[code]! : -1;
}

/** Standard base64 (with padding) of bytes, as used inside RFC 9530 `Content-Digest` values. */
export function encodeBase64(bytes: Uint8Array): string {
  const rest = bytes.length % 3;
  return encodeWith(STANDARD_ALPHABET, bytes) + (rest === 1 ? '==' : rest === 2 ? '=' : '');
}
