// The one redaction function: everything the SDK logs or puts into an error message goes through it.
import { matchesAny, segments } from './json-pointer.js';

const REDACTED = '[REDACTED]';

// Keys whose values are credentials wherever they appear (headers, fields, bodies).
const SECRET_KEY = /authorization|cookie|token|secret|password|passwd|signature|api[-_]?key|dpop|jwt/i;

// 18-character citizen-ID shape: 6-digit region, 8-digit birth date, 3-digit sequence, check character.
const CITIZEN_ID = /(?<![0-9A-Za-z])(\d{6})\d{8}(\d{3}[\dXx])(?![0-9A-Za-z])/g;

// C0 and C1 controls, DEL, and the Unicode line/paragraph separators and bidi controls.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Masks citizen-ID shaped substrings (region prefix and last four kept) and escapes control characters. */
export function redactText(text: string): string {
  return text
    .replace(CITIZEN_ID, (_m, head: string, tail: string) => `${head}********${tail}`)
    .replace(CONTROL, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Pre-split pii pointer patterns, so redaction does not re-parse them on every call. */
export type PiiPatterns = readonly (readonly string[])[];

/** Splits pointer patterns once. */
export function piiPatterns(pointers: readonly string[], prefix = ''): PiiPatterns {
  return pointers.map((p) => segments(prefix + p));
}

/**
 * Returns a copy of `value` that is safe to log: `x-pii` fields (by pointer) and credential-named keys replaced,
 * strings masked and escaped, `Headers` turned into a plain object first. Depth and size are bounded.
 */
export function redact(value: unknown, pii: PiiPatterns = []): unknown {
  return walk(value, pii, [], 0);
}

function walk(value: unknown, pii: PiiPatterns, path: string[], depth: number): unknown {
  if (path.length > 0 && pii.length > 0 && matchesAny(path, pii)) return REDACTED;
  if (typeof value === 'string') return redactText(value);
  if (typeof value !== 'object' || value === null) return value;
  if (depth > 12) return '[…]';
  if (value instanceof Headers) {
    const plain: Record<string, string> = {};
    value.forEach((v, k) => {
      plain[k] = v;
    });
    return walk(plain, pii, path, depth);
  }
  if (value instanceof Error) return { name: value.name, message: redactText(value.message) };
  if (Array.isArray(value)) {
    return value.slice(0, 100).map((item, index) => walk(item, pii, [...path, String(index)], depth + 1));
  }
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const safeKey = redactText(key);
    out[safeKey] = SECRET_KEY.test(key) ? REDACTED : walk(item, pii, [...path, key], depth + 1);
  }
  return out;
}
