/**
 * A strict JSON parser for token headers and payloads (RFC 8259 grammar, nothing more). Unlike `JSON.parse` it
 * rejects duplicate member names (where `JSON.parse` keeps the last one), the prototype-pollution names
 * `__proto__`, `constructor` and `prototype`, nesting deeper than a limit, lone surrogates in strings, and
 * non-finite numbers. It never throws: malformed input yields `undefined`.
 */

/** A JSON value as produced by {@link parseStrictJson}. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Limits applied by {@link parseStrictJson}. */
export interface StrictJsonOptions {
  /**
   * Deepest allowed nesting of objects and arrays (the top-level value is depth 1).
   * @default 8
   */
  readonly maxDepth?: number;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

class Reject extends Error {}
const REJECT = new Reject();

// Runs on every request: a small hand-written scanner, no regular expressions on the hot path.
class Parser {
  pos = 0;
  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
  ) {}

  ws(): void {
    const t = this.text;
    let p = this.pos;
    for (;;) {
      const c = t.charCodeAt(p);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) p++;
      else break;
    }
    this.pos = p;
  }

  string(): string {
    const t = this.text;
    let p = this.pos + 1; // after the opening quote
    let out = '';
    let start = p;
    let surrogates = false;
    for (;;) {
      const c = t.charCodeAt(p);
      if (c === 0x22) break;
      if (c !== c || c < 0x20) throw REJECT; // end of input (NaN) or control character
      if (c === 0x5c) {
        out += t.slice(start, p);
        const e = t.charCodeAt(p + 1);
        p += 2;
        switch (e) {
          case 0x22: out += '"'; break;
          case 0x5c: out += '\\'; break;
          case 0x2f: out += '/'; break;
          case 0x62: out += '\b'; break;
          case 0x66: out += '\f'; break;
          case 0x6e: out += '\n'; break;
          case 0x72: out += '\r'; break;
          case 0x74: out += '\t'; break;
          case 0x75: {
            let code = 0;
            for (let i = 0; i < 4; i++) {
              const h = t.charCodeAt(p + i);
              const v = h >= 0x30 && h <= 0x39 ? h - 0x30 : h >= 0x41 && h <= 0x46 ? h - 55 : h >= 0x61 && h <= 0x66 ? h - 87 : -1;
              if (v < 0) throw REJECT;
              code = code * 16 + v;
            }
            if (code >= 0xd800 && code <= 0xdfff) surrogates = true;
            out += String.fromCharCode(code);
            p += 4;
            break;
          }
          default:
            throw REJECT;
        }
        start = p;
        continue;
      }
      if (c >= 0xd800 && c <= 0xdfff) surrogates = true;
      p++;
    }
    out += t.slice(start, p);
    this.pos = p + 1;
    if (surrogates && !wellFormed(out)) throw REJECT;
    return out;
  }

  number(): number {
    const t = this.text;
    const start = this.pos;
    let p = start;
    if (t.charCodeAt(p) === 0x2d) p++;
    const first = t.charCodeAt(p);
    if (first === 0x30) p++;
    else if (first >= 0x31 && first <= 0x39) while (isDigit(t.charCodeAt(p))) p++;
    else throw REJECT;
    if (t.charCodeAt(p) === 0x2e) {
      p++;
      if (!isDigit(t.charCodeAt(p))) throw REJECT;
      while (isDigit(t.charCodeAt(p))) p++;
    }
    const e = t.charCodeAt(p);
    if (e === 0x65 || e === 0x45) {
      p++;
      const sign = t.charCodeAt(p);
      if (sign === 0x2b || sign === 0x2d) p++;
      if (!isDigit(t.charCodeAt(p))) throw REJECT;
      while (isDigit(t.charCodeAt(p))) p++;
    }
    this.pos = p;
    const n = Number(t.slice(start, p));
    if (!Number.isFinite(n)) throw REJECT;
    return n;
  }

  literal(word: string, value: JsonValue): JsonValue {
    if (!this.text.startsWith(word, this.pos)) throw REJECT;
    this.pos += word.length;
    return value;
  }

  value(depth: number): JsonValue {
    this.ws();
    const c = this.text.charCodeAt(this.pos);
    switch (c) {
      case 0x7b: return this.object(depth);
      case 0x5b: return this.array(depth);
      case 0x22: return this.string();
      case 0x74: return this.literal('true', true);
      case 0x66: return this.literal('false', false);
      case 0x6e: return this.literal('null', null);
      default: return this.number();
    }
  }

  object(depth: number): JsonValue {
    if (depth > this.maxDepth) throw REJECT;
    this.pos++;
    const obj: { [key: string]: JsonValue } = {};
    this.ws();
    if (this.text.charCodeAt(this.pos) === 0x7d) {
      this.pos++;
      return obj;
    }
    for (;;) {
      this.ws();
      if (this.text.charCodeAt(this.pos) !== 0x22) throw REJECT;
      const key = this.string();
      if (FORBIDDEN_KEYS.has(key) || Object.prototype.hasOwnProperty.call(obj, key)) throw REJECT;
      this.ws();
      if (this.text.charCodeAt(this.pos) !== 0x3a) throw REJECT;
      this.pos++;
      obj[key] = this.value(depth + 1);
      this.ws();
      const d = this.text.charCodeAt(this.pos++);
      if (d === 0x7d) return obj;
      if (d !== 0x2c) throw REJECT;
    }
  }

  array(depth: number): JsonValue {
    if (depth > this.maxDepth) throw REJECT;
    this.pos++;
    const arr: JsonValue[] = [];
    this.ws();
    if (this.text.charCodeAt(this.pos) === 0x5d) {
      this.pos++;
      return arr;
    }
    for (;;) {
      arr.push(this.value(depth + 1));
      this.ws();
      const d = this.text.charCodeAt(this.pos++);
      if (d === 0x5d) return arr;
      if (d !== 0x2c) throw REJECT;
    }
  }
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function wellFormed(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (!(d >= 0xdc00 && d <= 0xdfff)) return false;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      return false;
    }
  }
  return true;
}

/** Parse `text` strictly, or return `undefined` if it is not acceptable. */
export function parseStrictJson(text: string, options: StrictJsonOptions = {}): JsonValue | undefined {
  const parser = new Parser(text, options.maxDepth ?? 8);
  try {
    const value = parser.value(1);
    parser.ws();
    return parser.pos === text.length ? value : undefined;
  } catch (error) {
    if (error instanceof Reject || error instanceof RangeError) return undefined;
    throw error;
  }
}

/** True for a plain JSON object (not an array, not null). */
export function isJsonObject(value: JsonValue | undefined): value is { [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
