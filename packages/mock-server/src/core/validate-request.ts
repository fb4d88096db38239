/**
 * Request validation from an operation's table entry: parameters against `paramsSchema`, the body against
 * `requestBody.schema` after a strict JSON read, unknown members refused (no mass assignment), forbidden
 * characters and personal data in query strings refused, and `x-identifier` fields checked with the SDK's
 * validators. Every refusal is a list of field errors; nothing here echoes a submitted value.
 */
import type { OperationDescriptor } from '@zhongyuan/sdk';
import { checkIdentifier } from './identifier-check.js';
import { resolvePattern } from './json-pointer.js';
import type { FieldError } from './problem.js';
import { coerceParameter, memberSchema, unknownMembers } from './schema-walk.js';
import { readStrictJson } from './strict-json.js';
import { fieldErrorsFromZod } from './zod-issues.js';

/** Limits of request validation. */
export interface RequestLimits {
  /** Largest accepted body in bytes (413 beyond). */
  readonly maxBodyBytes: number;
  /** Deepest accepted JSON nesting. */
  readonly maxJsonDepth: number;
}

/** Outcome of {@link validateRequest}. */
export type RequestValidation =
  | { readonly ok: true; readonly params: unknown; readonly body: unknown }
  | { readonly ok: false; readonly code: 'VALIDATION_FAILED' | 'UNSUPPORTED_MEDIA_TYPE' | 'PAYLOAD_TOO_LARGE'; readonly errors: readonly FieldError[] };

/** What validation needs of the received request. */
export interface ReceivedRequest {
  readonly url: URL;
  readonly headers: Headers;
  readonly body: Uint8Array;
  readonly pathParams: Readonly<Record<string, string | readonly string[] | undefined>>;
  /** The body is an NDJSON stream read later, row by row ({@link streamedRows}); only its media type is checked here. */
  readonly streamed?: boolean;
}

// C0/C1 controls, zero-width characters and bidirectional controls (tab, CR, LF are refused too: no field of
// the exchanges is multi-line).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/;
const CITIZEN_ID_SHAPE = /(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])/;
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Validate a request against its operation; `today` is the mock clock's date (birth dates may not follow it). */
export function validateRequest(
  op: OperationDescriptor,
  request: ReceivedRequest,
  limits: RequestLimits,
  today: Date,
): RequestValidation {
  const errors: FieldError[] = [];
  const bad = (code: 'VALIDATION_FAILED' | 'UNSUPPORTED_MEDIA_TYPE' | 'PAYLOAD_TOO_LARGE', list: FieldError[]): RequestValidation => ({ ok: false, code, errors: list });

  // Body size and media type come first: they decide whether the body is read at all.
  if (request.body.length > limits.maxBodyBytes) {
    return bad('PAYLOAD_TOO_LARGE', [{ in: 'body', pointer: '', code: 'TOO_LARGE', message: `The body exceeds ${limits.maxBodyBytes} bytes.` }]);
  }
  const contentType = request.headers.get('content-type');
  if (op.requestBody === undefined) {
    if (request.body.length > 0) {
      return bad('UNSUPPORTED_MEDIA_TYPE', [{ in: 'body', pointer: '', code: 'BODY_NOT_ALLOWED', message: 'This operation takes no request body.' }]);
    }
  } else if (request.body.length > 0 || contentType !== null) {
    const ndjson = isNdjson(op);
    if (!isJsonUtf8(contentType, ndjson ? NDJSON : 'application/json')) {
      const message = ndjson ? 'Send application/x-ndjson in UTF-8.' : 'Send application/json in UTF-8.';
      return bad('UNSUPPORTED_MEDIA_TYPE', [{ in: 'header', pointer: '/Content-Type', code: 'MEDIA_TYPE', message }]);
    }
  }

  // Parameters.
  const declared = new Map(op.parameters.map((p) => [p.name, p]));
  const params: Record<string, unknown> = {};
  const seen = new Set<string>();
  for (const [name, raw] of request.url.searchParams) {
    const pointer = `/${name.replaceAll('~', '~0').replaceAll('/', '~1')}`;
    if (CITIZEN_ID_SHAPE.test(raw) || CITIZEN_ID_SHAPE.test(name)) {
      errors.push({ in: 'query', pointer, code: 'PERSONAL_DATA_IN_QUERY', message: 'Personal data must not travel in a query string.' });
      continue;
    }
    const p = declared.get(name);
    if (p === undefined || p.in !== 'query') {
      errors.push({ in: 'query', pointer, code: 'UNKNOWN_PARAMETER', message: 'This query parameter is not defined.' });
      continue;
    }
    if (seen.has(name)) {
      errors.push({ in: 'query', pointer, code: 'REPEATED_PARAMETER', message: 'This query parameter may appear once.' });
      continue;
    }
    seen.add(name);
    if (FORBIDDEN_CHARACTERS.test(raw)) {
      errors.push({ in: 'query', pointer, code: 'FORBIDDEN_CHARACTER', message: 'Control, zero-width and bidirectional characters are not allowed.' });
      continue;
    }
    params[name] = coerceParameter(memberSchema(op.paramsSchema, name), raw);
  }
  for (const p of op.parameters) {
    if (p.in === 'path') {
      const raw = request.pathParams[p.name];
      if (typeof raw === 'string') params[p.name] = coerceParameter(memberSchema(op.paramsSchema, p.name), raw);
    } else if (p.in === 'header') {
      const raw = request.headers.get(p.name);
      if (raw !== null) params[p.name] = coerceParameter(memberSchema(op.paramsSchema, p.name), raw);
    }
  }
  const locate = (path: readonly PropertyKey[]): FieldError['in'] => declared.get(String(path[0]))?.in ?? 'query';
  const parsedParams = op.paramsSchema.safeParse(params);
  if (!parsedParams.success) errors.push(...fieldErrorsFromZod(parsedParams.error, params, locate));
  for (const id of op.identifiers ?? []) {
    if (id.in === 'body') continue;
    const name = id.pointer.slice(1);
    if (params[name] !== undefined && !errors.some((e) => e.pointer === id.pointer)) {
      errors.push(...checkIdentifier(id.kind, params[name], id.in, id.pointer, today));
    }
  }

  // Body.
  let body: unknown = undefined;
  if (op.requestBody !== undefined && request.streamed !== true) {
    if (request.body.length === 0) {
      if (op.requestBody.required) errors.push({ in: 'body', pointer: '', code: 'REQUIRED', message: 'A JSON body is required.' });
    } else {
      const bodyErrors = isNdjson(op) ? validateNdjsonBody(op, request.body, limits, today) : validateBody(op, request.body, limits, today);
      if (!bodyErrors.ok) errors.push(...bodyErrors.errors);
      else body = bodyErrors.value;
    }
  }
  if (errors.length > 0) return bad('VALIDATION_FAILED', errors.slice(0, 100));
  return { ok: true, params: parsedParams.success ? parsedParams.data : params, body };
}

const NDJSON = 'application/x-ndjson';

/** Rows of a streamed body that failed validation (thrown while the handler reads them). */
export class RowRefusal extends Error {
  constructor(readonly errors: readonly FieldError[]) {
    super('invalid NDJSON row');
  }
}

/**
 * The rows of a streamed NDJSON body, each read and checked like a JSON body as the handler iterates (memory: one
 * network chunk and one line). A bad row throws {@link RowRefusal} with pointers `/<line>/…`; so does a line
 * longer than the body limit.
 */
export async function* streamedRows(
  op: OperationDescriptor,
  stream: ReadableStream<Uint8Array>,
  limits: RequestLimits,
  today: Date,
): AsyncGenerator<unknown, void, undefined> {
  const reader = stream.getReader();
  const lineDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let pending = '';
  let line = 0;
  const row = (text: string): unknown => {
    if (text.trim() === '') throw new RowRefusal([{ in: 'body', pointer: `/${line}`, code: 'INVALID_NDJSON', message: 'Blank lines are not allowed.' }]);
    const checked = validateBody(op, text, limits, today);
    if (!checked.ok) throw new RowRefusal(checked.errors.map((e) => ({ ...e, pointer: `/${line}${e.pointer}` })));
    line += 1;
    return checked.value;
  };
  let empty = true;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      empty &&= value.length === 0;
      try {
        pending += lineDecoder.decode(value, { stream: true });
      } catch {
        throw new RowRefusal([{ in: 'body', pointer: `/${line}`, code: 'INVALID_ENCODING', message: 'The body is not valid UTF-8.' }]);
      }
      let start = 0;
      for (let end = pending.indexOf('\n'); end !== -1; end = pending.indexOf('\n', start)) {
        yield row(pending.slice(start, end));
        start = end + 1;
      }
      pending = pending.slice(start);
      if (pending.length > limits.maxBodyBytes) {
        throw new RowRefusal([{ in: 'body', pointer: `/${line}`, code: 'TOO_LARGE', message: `A line may not exceed ${limits.maxBodyBytes} bytes.` }]);
      }
    }
    if (pending !== '') yield row(pending);
    if (empty && line === 0) throw new RowRefusal([{ in: 'body', pointer: '', code: 'REQUIRED', message: 'At least one row is required.' }]);
  } finally {
    reader.releaseLock();
  }
}

/** Whether the operation's request body is an NDJSON stream (one JSON value per line, each against the schema). */
function isNdjson(op: OperationDescriptor): boolean {
  return op.requestBody?.contentType === NDJSON;
}

// NDJSON: UTF-8, `\n`-separated, one value per line (a final newline allowed, no blank lines); each line is read
// and checked like a JSON body, its pointers prefixed with the 0-based line index.
function validateNdjsonBody(
  op: OperationDescriptor,
  bytes: Uint8Array,
  limits: RequestLimits,
  today: Date,
): { ok: true; value: unknown } | { ok: false; errors: FieldError[] } {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { ok: false, errors: [{ in: 'body', pointer: '', code: 'INVALID_ENCODING', message: 'The body is not valid UTF-8.' }] };
  }
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const rows: unknown[] = [];
  const errors: FieldError[] = [];
  for (let i = 0; i < lines.length && errors.length < 100; i++) {
    const line = lines[i]!;
    if (line.trim() === '') {
      errors.push({ in: 'body', pointer: `/${i}`, code: 'INVALID_NDJSON', message: 'Blank lines are not allowed.' });
      continue;
    }
    const checked = validateBody(op, line, limits, today);
    if (checked.ok) rows.push(checked.value);
    else for (const e of checked.errors) errors.push({ ...e, pointer: `/${i}${e.pointer}` });
  }
  return errors.length > 0 ? { ok: false, errors: errors.slice(0, 100) } : { ok: true, value: rows };
}

function validateBody(
  op: OperationDescriptor,
  bytes: Uint8Array | string,
  limits: RequestLimits,
  today: Date,
): { ok: true; value: unknown } | { ok: false; errors: FieldError[] } {
  let text: string;
  try {
    text = typeof bytes === 'string' ? bytes : decoder.decode(bytes);
  } catch {
    return { ok: false, errors: [{ in: 'body', pointer: '', code: 'INVALID_ENCODING', message: 'The body is not valid UTF-8.' }] };
  }
  if (text.charCodeAt(0) === 0xfeff) {
    return { ok: false, errors: [{ in: 'body', pointer: '', code: 'INVALID_JSON', message: 'A byte order mark is not allowed.' }] };
  }
  const read = readStrictJson(text, limits.maxJsonDepth);
  if (!read.ok) {
    const messages = {
      INVALID_JSON: 'The body is not valid JSON.',
      DUPLICATE_KEY: 'A member name appears twice in one object.',
      FORBIDDEN_KEY: 'This member name is not allowed.',
      TOO_DEEP: `JSON nesting is limited to ${limits.maxJsonDepth} levels.`,
    } as const;
    return { ok: false, errors: [{ in: 'body', pointer: read.pointer, code: read.code, message: messages[read.code] }] };
  }
  const errors: FieldError[] = [];
  const flagged = new Set<string>();
  const add = (e: FieldError): void => {
    if (flagged.has(e.pointer)) return;
    flagged.add(e.pointer);
    errors.push(e);
  };
  for (const issue of read.numberIssues) {
    add({
      in: 'body',
      pointer: issue.pointer,
      code: issue.code,
      message: issue.code === 'UNSAFE_INTEGER' ? 'Integers must lie within ±9007199254740991.' : 'Write integers without a fraction or exponent.',
    });
  }
  for (const { pointer, value } of strings(read.value, '')) {
    if (FORBIDDEN_CHARACTERS.test(value)) {
      add({ in: 'body', pointer, code: 'FORBIDDEN_CHARACTER', message: 'Control, zero-width and bidirectional characters are not allowed.' });
    }
  }
  const schema = op.requestBody?.schema;
  for (const pointer of unknownMembers(schema, read.value)) {
    add({ in: 'body', pointer, code: 'UNKNOWN_PROPERTY', message: 'This member is not allowed here (server-set or undefined).' });
  }
  let value: unknown = read.value;
  if (schema !== undefined) {
    const parsed = schema.safeParse(read.value);
    if (parsed.success) value = parsed.data;
    else for (const e of fieldErrorsFromZod(parsed.error, read.value, () => 'body')) add(e);
  }
  for (const id of op.identifiers ?? []) {
    if (id.in !== 'body') continue;
    for (const found of resolvePattern(read.value, id.pointer)) {
      if (flagged.has(found.pointer) || typeof found.value !== 'string') continue;
      for (const e of checkIdentifier(id.kind, found.value, 'body', found.pointer, today)) add(e);
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value };
}

function* strings(value: unknown, pointer: string): Generator<{ pointer: string; value: string }> {
  if (typeof value === 'string') yield { pointer, value };
  else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* strings(value[i], `${pointer}/${i}`);
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) yield* strings(v, `${pointer}/${k.replaceAll('~', '~0').replaceAll('/', '~1')}`);
  }
}

function isJsonUtf8(contentType: string | null, expected: string): boolean {
  if (contentType === null) return false;
  const [type, ...parameters] = contentType.split(';').map((s) => s.trim().toLowerCase());
  if (type !== expected) return false;
  return parameters.every((p) => p === '' || p === 'charset=utf-8' || p === 'charset="utf-8"');
}
