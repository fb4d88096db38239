/**
 * A strict JSON reader for request bodies (RFC 8259 grammar). Beyond `JSON.parse` it refuses duplicate member
 * names, the prototype-pollution names `__proto__`, `constructor` and `prototype`, nesting deeper than a limit
 * and lone surrogates, and it reports integers beyond `Number.MAX_SAFE_INTEGER` and integral values written with
 * a fraction or exponent (`12.0`, `1e3`), which amounts in fen must not use. Refusals name a pointer and a code,
 * never the text.
 */
import { escapeToken } from './json-pointer.js';

/** Why a body was refused outright. */
export type StrictJsonErrorCode = 'INVALID_JSON' | 'DUPLICATE_KEY' | 'FORBIDDEN_KEY' | 'TOO_DEEP';

/** A number literal the schema check alone would not catch. */
export interface NumberIssue {
  readonly pointer: string;
  /** `UNSAFE_INTEGER`: beyond ±(2^53 − 1); `NUMBER_FORM`: an integral value written with `.` or an exponent. */
  readonly code: 'UNSAFE_INTEGER' | 'NUMBER_FORM';
}

/** Outcome of {@link readStrictJson}. */
export type StrictJsonResult =
  | { readonly ok: true; readonly value: unknown; readonly numberIssues: readonly NumberIssue[] }
  | { readonly ok: false; readonly code: StrictJsonErrorCode; readonly pointer: string };

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

class Refusal {
  constructor(
    readonly code: StrictJsonErrorCode,
    readonly pointer: string,
  ) {}
}

/** Parse `text` strictly with nesting at most `maxDepth` (the top-level value is depth 1). Never throws. */
export function readStrictJson(text: string, maxDepth: number): StrictJsonResult {
  let pos = 0;
  const numberIssues: NumberIssue[] = [];
  const fail = (code: StrictJsonErrorCode, pointer: string): never => {
    throw new Refusal(code, pointer);
  };
  const ws = (): void => {
    for (;;) {
      const c = text.charCodeAt(pos);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) pos++;
      else return;
    }
  };
  const str = (pointer: string): string => {
    pos++;
    let out = '';
    let start = pos;
    for (;;) {
      if (pos >= text.length) fail('INVALID_JSON', pointer);
      const c = text.charCodeAt(pos);
      if (c === 0x22) break;
      if (c < 0x20) fail('INVALID_JSON', pointer);
      if (c === 0x5c) {
        out += text.slice(start, pos);
        const e = text.charAt(pos + 1);
        pos += 2;
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e === 'u') {
          const hex = text.slice(pos, pos + 4);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('INVALID_JSON', pointer);
          out += String.fromCharCode(parseInt(hex, 16));
          pos += 4;
        } else if (Object.hasOwn(simple, e)) {
          out += simple[e];
        } else {
          fail('INVALID_JSON', pointer);
        }
        start = pos;
      } else {
        pos++;
      }
    }
    out += text.slice(start, pos);
    pos++;
    if (LONE_SURROGATE.test(out)) fail('INVALID_JSON', pointer);
    return out;
  };
  const value = (pointer: string, depth: number): unknown => {
    ws();
    const c = text.charAt(pos);
    if (c === '{' || c === '[') {
      if (depth > maxDepth) fail('TOO_DEEP', pointer);
      pos++;
      ws();
      if (c === '[') {
        const arr: unknown[] = [];
        if (text.charAt(pos) === ']') {
          pos++;
          return arr;
        }
        for (;;) {
          arr.push(value(`${pointer}/${arr.length}`, depth + 1));
          ws();
          const d = text.charAt(pos++);
          if (d === ']') return arr;
          if (d !== ',') fail('INVALID_JSON', pointer);
        }
      }
      const obj: Record<string, unknown> = {};
      if (text.charAt(pos) === '}') {
        pos++;
        return obj;
      }
      for (;;) {
        ws();
        if (text.charAt(pos) !== '"') fail('INVALID_JSON', pointer);
        const key = str(pointer);
        const child = `${pointer}/${escapeToken(key)}`;
        if (FORBIDDEN.has(key)) fail('FORBIDDEN_KEY', child);
        if (Object.hasOwn(obj, key)) fail('DUPLICATE_KEY', child);
        ws();
        if (text.charAt(pos++) !== ':') fail('INVALID_JSON', child);
        obj[key] = value(child, depth + 1);
        ws();
        const d = text.charAt(pos++);
        if (d === '}') return obj;
        if (d !== ',') fail('INVALID_JSON', pointer);
      }
    }
    if (c === '"') return str(pointer);
    for (const [word, v] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, pos)) {
        pos += word.length;
        return v;
      }
    }
    NUMBER.lastIndex = pos;
    const m = NUMBER.exec(text);
    if (m === null) return fail('INVALID_JSON', pointer);
    pos += m[0].length;
    const n = Number(m[0]);
    if (!Number.isFinite(n)) fail('INVALID_JSON', pointer);
    const integral = /^-?[0-9]+$/.test(m[0]);
    if (integral && !Number.isSafeInteger(n)) numberIssues.push({ pointer, code: 'UNSAFE_INTEGER' });
    else if (!integral && Number.isInteger(n)) {
      numberIssues.push({ pointer, code: Number.isSafeInteger(n) ? 'NUMBER_FORM' : 'UNSAFE_INTEGER' });
    }
    return n;
  };
  try {
    const result = value('', 1);
    ws();
    if (pos !== text.length) return { ok: false, code: 'INVALID_JSON', pointer: '' };
    return { ok: true, value: result, numberIssues };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, code: error.code, pointer: error.pointer };
    return { ok: false, code: 'INVALID_JSON', pointer: '' };
  }
}
