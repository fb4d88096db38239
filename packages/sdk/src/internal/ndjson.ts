// NDJSON bodies (one JSON value per line, `\n`-separated, UTF-8): encoding a caller's rows into the exact bytes
// that are signed and sent, and reading a streamed answer back row by row, validated against the row schema.
import type { ZodType } from 'zod';
import type { ValidationMode } from '../core/client-options.js';
import type { ValidationIssue } from '../core/errors.js';
import { toPointer } from './json-pointer.js';
import { formatContentDigest } from '../auth/content-digest.js';
import { Sha256 } from './sha256-stream.js';

/** A source of NDJSON rows: any iterable or async iterable. */
export type RowSource = Iterable<unknown> | AsyncIterable<unknown>;

/** Whether `value` can be read as rows. */
export function isRowSource(value: unknown): value is RowSource {
  if (typeof value !== 'object' || value === null) return false;
  return Symbol.asyncIterator in value || (Symbol.iterator in value && typeof value !== 'string');
}

const encoder = new TextEncoder();

/**
 * The exact NDJSON bytes of `rows`, each row validated against `schema` first (its issues pointed at
 * `/body/<line>/…`). Grows one buffer by doubling, so memory is about the encoded size, never a list of strings.
 */
export async function encodeNdjson(
  rows: RowSource,
  schema: ZodType | undefined,
): Promise<{ readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly issues: readonly ValidationIssue[] }> {
  let buffer = new Uint8Array(64 * 1024);
  let length = 0;
  let line = 0;
  const issues: ValidationIssue[] = [];
  for await (const row of rows as AsyncIterable<unknown>) {
    let value = row;
    if (schema !== undefined) {
      const parsed = schema.safeParse(row);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) issues.push({ pointer: toPointer(issue.path, `/body/${line}`), code: issue.code });
        if (issues.length >= 100) break;
      } else value = parsed.data;
    }
    const bytes = encoder.encode(`${JSON.stringify(value)}\n`);
    if (length + bytes.length > buffer.length) {
      let size = buffer.length * 2;
      while (size < length + bytes.length) size *= 2;
      const next = new Uint8Array(size);
      next.set(buffer.subarray(0, length));
      buffer = next;
    }
    buffer.set(bytes, length);
    length += bytes.length;
    line += 1;
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, bytes: buffer.subarray(0, length) };
}

/** An NDJSON body sent as a stream: its digest is known before the first byte is sent. */
export interface StreamedBody {
  /** RFC 9530 `Content-Digest` of the exact bytes every {@link StreamedBody.open} produces. */
  readonly contentDigest: string;
  /** Bytes in the body. */
  readonly length: number;
  /** A fresh stream of the body for one attempt; it errors if the source no longer yields the same bytes. */
  open(): ReadableStream<Uint8Array>;
}

/** The prepared NDJSON body of a call: bytes, a stream, or the issues of invalid rows. */
export type PreparedNdjson =
  | { readonly ok: true; readonly bytes: Uint8Array; readonly streamed?: undefined }
  | { readonly ok: true; readonly bytes?: undefined; readonly streamed: StreamedBody }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

type AnyIterator = Iterator<unknown> | AsyncIterator<unknown>;

function iteratorOf(rows: RowSource): AnyIterator {
  return Symbol.asyncIterator in rows ? rows[Symbol.asyncIterator]() : rows[Symbol.iterator]();
}

/**
 * Prepare the NDJSON body of `rows`. A replayable source (its iterator method starts over on every call, as an
 * array or a query object does) is read twice and never held: once to validate every row and digest the exact
 * bytes (the request token must commit to the digest before the first byte leaves), then once per attempt as a
 * stream, hashed again on the way and broken off if it differs. A one-shot source (a generator) can only be read
 * once: its bytes are encoded into one buffer.
 */
export async function prepareNdjson(rows: RowSource, schema: ZodType | undefined): Promise<PreparedNdjson> {
  const first = iteratorOf(rows);
  if ((first as unknown) === rows) {
    const encoded = await encodeNdjson(rows, schema);
    return encoded.ok ? { ok: true, bytes: encoded.bytes } : encoded;
  }
  const hash = new Sha256();
  let length = 0;
  const issues: ValidationIssue[] = [];
  let line = 0;
  for (let step = await first.next(); step.done !== true; step = await first.next()) {
    const checked = encodeRow(step.value, schema, line++);
    if (!checked.ok) {
      issues.push(...checked.issues);
      if (issues.length >= 100) {
        await first.return?.();
        break;
      }
      continue;
    }
    hash.update(checked.bytes);
    length += checked.bytes.length;
  }
  if (issues.length > 0) return { ok: false, issues };
  const contentDigest = formatContentDigest(hash.digest());
  return {
    ok: true,
    streamed: {
      contentDigest,
      length,
      open: () => replay(rows, schema, contentDigest),
    },
  };
}

function encodeRow(row: unknown, schema: ZodType | undefined, line: number): { ok: true; bytes: Uint8Array } | { ok: false; issues: ValidationIssue[] } {
  let value = row;
  if (schema !== undefined) {
    const parsed = schema.safeParse(row);
    if (!parsed.success) return { ok: false, issues: parsed.error.issues.map((i) => ({ pointer: toPointer(i.path, `/body/${line}`), code: i.code })) };
    value = parsed.data;
  }
  return { ok: true, bytes: encoder.encode(`${JSON.stringify(value)}\n`) };
}

// Rows are batched into chunks of about 64 KiB so that a million rows are not a million stream chunks.
const CHUNK = 64 * 1024;

function replay(rows: RowSource, schema: ZodType | undefined, expected: string): ReadableStream<Uint8Array> {
  const iterator = iteratorOf(rows);
  const hash = new Sha256();
  let line = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const parts: Uint8Array[] = [];
      let size = 0;
      while (size < CHUNK) {
        const step = await iterator.next();
        if (step.done === true) break;
        const checked = encodeRow(step.value, schema, line++);
        if (!checked.ok) {
          controller.error(new TypeError('the row source changed between reads'));
          return;
        }
        parts.push(checked.bytes);
        size += checked.bytes.length;
      }
      if (size > 0) {
        const chunk = new Uint8Array(size);
        let offset = 0;
        for (const p of parts) {
          chunk.set(p, offset);
          offset += p.length;
        }
        hash.update(chunk);
        controller.enqueue(chunk);
      }
      if (size < CHUNK) {
        if (formatContentDigest(hash.digest()) !== expected) controller.error(new TypeError('the row source changed between reads'));
        else controller.close();
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/** A row of a streamed answer that does not match its schema (strict mode). */
export type RowIssueHandler = (line: number, issues: readonly ValidationIssue[]) => Error;

/**
 * The rows of an NDJSON response body, parsed lazily as the caller iterates: memory holds one network chunk and
 * one partial line at a time. In `strict` mode each row is checked against `schema` and a mismatch ends the
 * iteration with the error `invalid` builds; `warn` and `off` pass rows through.
 */
export async function* ndjsonRows(
  response: Response,
  schema: ZodType | undefined,
  mode: ValidationMode,
  invalid: RowIssueHandler,
): AsyncGenerator<unknown, void, undefined> {
  if (response.body === null) return;
  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let pending = '';
  let line = 0;
  const parse = (text: string): unknown => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw invalid(line, [{ pointer: `/${line}`, code: 'invalid_json' }]);
    }
    if (mode === 'strict' && schema !== undefined) {
      const parsed = schema.safeParse(value);
      if (!parsed.success) throw invalid(line, parsed.error.issues.map((i) => ({ pointer: toPointer(i.path, `/${line}`), code: i.code })));
      value = parsed.data;
    }
    line += 1;
    return value;
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      pending += decoder.decode(value, { stream: true });
      let newline = pending.indexOf('\n');
      let start = 0;
      while (newline !== -1) {
        const text = pending.slice(start, newline);
        if (text !== '') yield parse(text);
        start = newline + 1;
        newline = pending.indexOf('\n', start);
      }
      pending = pending.slice(start);
    }
    pending += decoder.decode();
    if (pending !== '') yield parse(pending);
  } finally {
    reader.releaseLock();
  }
}
