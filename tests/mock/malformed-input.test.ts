// SECURITY.md, "The exchange API and the mock": every kind of malformed input gets a precise 4xx problem with a
// pointer and a code, never echoes the submitted value, and leaves the state dump unchanged — in-process (auth
// off) and over real loopback HTTP (signed as Zhengzhou's test client).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthStrategy } from '@zhongyuan/sdk';
import { testClientAuth } from '@zhongyuan/mock-server';
import { citizenIdCheckCharacter } from '@zhongyuan/sdk/validators';
import { ledgerMock, NEW_ENTRY } from './support/ledger.js';
import { newKey, sendRaw, type RawRequest } from './support/raw.js';
import { inProcess, overHttp, type Transport } from './support/transports.js';

const JSON_HEADERS = { 'content-type': 'application/json' };
const withId = (first17: string): string => first17 + citizenIdCheckCharacter(first17)!;
const WRONG_CHECK_DIGIT = '410105198001011238';
const IMPOSSIBLE_DATE = withId('41010519800230123');
const FUTURE_BIRTH = withId('41010520261201123'); // after the mock clock's 2026-11-02
const BAD_USCC = '91410100MA3X000108';
const ZERO_WIDTH_NAME = '张\u200b三';
const BIDI_NAME = '张\u202e三';

const body = (patch: Record<string, unknown>): string => JSON.stringify({ ...NEW_ENTRY, ...patch });
const person = (patch: Record<string, unknown>): string => body({ person: { ...NEW_ENTRY.person, ...patch } });
const create = (text: string | Uint8Array, headers: Record<string, string> = JSON_HEADERS): RawRequest => ({
  method: 'POST',
  path: '/entries',
  headers: { ...headers, 'idempotency-key': newKey() },
  body: text,
});
const deep = (n: number): string => '{"a":'.repeat(n) + '1' + '}'.repeat(n);

interface Case {
  readonly name: string;
  readonly request: RawRequest;
  readonly status: number;
  readonly code: string;
  readonly error?: { readonly pointer: string; readonly code: string };
  /** A submitted value that must not appear in the answer. */
  readonly secret?: string;
}

const cases: readonly Case[] = [
  { name: 'citizen ID with a wrong check digit', request: create(person({ citizenId: WRONG_CHECK_DIGIT })), status: 400, code: 'VALIDATION_FAILED', error: { pointer: '/person/citizenId', code: 'CHECK_DIGIT' }, secret: WRONG_CHECK_DIGIT },
  { name: 'citizen ID with an impossible birth date', request: create(person({ citizenId: IMPOSSIBLE_DATE })), status: 400, code: 'VALIDATION_FAILED', error: { pointer: '/person/citizenId', code: 'BIRTH_DATE_INVALID' }, secret: IMPOSSIBLE_DATE },
  { name: 'citizen ID born after the mock clock', request: create(person({ citizenId: FUTURE_BIRTH })), status: 400, code: 'VALIDATION_FAILED', error: { pointer: '/person/citizenId', code: 'BIRTH_DATE_IN_FUTURE' }, secret: FUTURE_BIRTH },
  { name: 'credit code with a wrong check character', request: create(body({ payerUscc: BAD_USCC })), status: 400, code: 'VALIDATION_FAILED', error: { pointer: '/payerUscc', code: 'CHECK_DIGIT' }, secret: BAD_USCC },
  { name: 'negative fen', request: create(body({ amountFen: -1 })), status: 400, code: 'VALIDATION_FAILED', error: { pointer: '/amountFen', code: 'TOO_SMALL' } },
  { name: 'fractional fen', request: create(body({ amountFen: 12.5 })), status: 400, code: 'VALIDATION_FAILED', error: { pointer: '/amountFen', code: 'TYPE' } },
  { name: 'integral fen written with a fraction', request: create(body({ amountFen: 1 }).replace('"amountFen":1', '"amountFen":12.0')), status: 400, code: 'VALIDATION_FAILED', error: { pointer: '/amountFen', code: 'NUMBER_FORM' } },
  { name: 'fen beyond MAX_SAFE_INTEGER', request: create(body({ amountFen: 1 }).replace('"amountFen":1', '"amountFen":9007199254740993')), status: 400, code: 'VALIDATION_FAILED', error: { pointer: '/amountFen', code: 'UNSAFE_INTEGER' } },
  { name: 'fen as a string', request: create(body({ amountFen: '100' })), status: 400, code: 'VALIDATION_FAILED', error: { pointer: '/amountFen', code: 'TYPE' } },
  { name: 'duplicate JSON keys', request: create(body({}).replace('"amountFen":', '"amountFen":1,"amountFen":')), status: 400, code: 'VALIDATION_FAILED', error: { pointer: '/amountFen', code: 'DUPLICATE_KEY' } },
  { name: '__proto__ key', request: create(body({}).replace('{', '{"__proto__":{"status":"confirmed"},')), status: 400, code: 'VALIDATION_FAILED', error: { pointer: '/__proto__', code: 'FORBIDDEN_KEY' } },
  { name: 'constructor key', request: create(body({}).replace('{', '{"constructor":{"prototype":{}},')), status: 400, code: 'VALIDATION_FAILED', error: { pointer: '/constructor', code: 'FORBIDDEN_KEY' } },
  { name: 'nesting too deep', request: create(deep(40)), status: 400, code: 'VALIDATION_FAILED', error: { pointer: '/a'.repeat(32), code: 'TOO_DEEP' } },
  { name: 'body over the size limit', request: create(body({ businessRef: 'X'.repeat(70_000) })), status: 413, code: 'PAYLOAD_TOO_LARGE' },
  { name: 'text/plain content type', request: create(body({}), { 'content-type': 'text/plain' }), status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  { name: 'a charset other than UTF-8', request: create(body({}), { 'content-type': 'application/json; charset=iso-8859-1' }), status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  { name: 'form content type', request: create('a=1', { 'content-type': 'application/x-www-form-urlencoded' }), status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  { name: 'bytes that are not UTF-8', request: create(new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d])), status: 400, code: 'VALIDATION_FAILED', error: { pointer: '', code: 'INVALID_ENCODING' } },
  { name: 'zero-width character in a name', request: create(person({ name: ZERO_WIDTH_NAME })), status: 400, code: 'VALIDATION_FAILED', error: { pointer: '/person/name', code: 'FORBIDDEN_CHARACTER' }, secret: ZERO_WIDTH_NAME },
  { name: 'bidi control in a name', request: create(person({ name: BIDI_NAME })), status: 400, code: 'VALIDATION_FAILED', error: { pointer: '/person/name', code: 'FORBIDDEN_CHARACTER' }, secret: BIDI_NAME },
  { name: 'mass-assigned status', request: create(body({ status: 'confirmed' })), status: 400, code: 'VALIDATION_FAILED', error: { pointer: '/status', code: 'UNKNOWN_PROPERTY' } },
  { name: 'mass-assigned entryId', request: create(body({ entryId: 'ent_01JD8X3Q5R7T9V1W3Y5Z7A9C1E' })), status: 400, code: 'VALIDATION_FAILED', error: { pointer: '/entryId', code: 'UNKNOWN_PROPERTY' } },
  { name: 'personal data in a query string', request: { method: 'GET', path: `/entries?q=${NEW_ENTRY.person.citizenId}` }, status: 400, code: 'VALIDATION_FAILED', error: { pointer: '/q', code: 'PERSONAL_DATA_IN_QUERY' }, secret: NEW_ENTRY.person.citizenId },
  { name: 'an undefined query parameter', request: { method: 'GET', path: '/entries?name=%E5%BC%A0%E4%B8%89' }, status: 400, code: 'VALIDATION_FAILED', error: { pointer: '/name', code: 'UNKNOWN_PARAMETER' }, secret: '张三' },
  { name: 'a malformed path id', request: { method: 'GET', path: '/entries/not-an-id' }, status: 400, code: 'VALIDATION_FAILED', error: { pointer: '/entryId', code: 'FORMAT' }, secret: 'not-an-id' },
  { name: 'an out-of-range limit', request: { method: 'GET', path: '/entries?limit=1000' }, status: 400, code: 'VALIDATION_FAILED', error: { pointer: '/limit', code: 'TOO_BIG' } },
  { name: 'a missing idempotency key', request: { method: 'POST', path: '/entries', headers: JSON_HEADERS, body: body({}) }, status: 400, code: 'VALIDATION_FAILED', error: { pointer: '/Idempotency-Key', code: 'REQUIRED' } },
  { name: 'a body on an operation without one', request: { method: 'POST', path: '/entries/ent_SEED0000000000000000000000/confirm', headers: { ...JSON_HEADERS, 'idempotency-key': 'k'.repeat(20) }, body: '{}' }, status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
];

const transports = [
  { name: 'in-process (auth off)', signed: false, open: (m: ReturnType<typeof ledgerMock>) => Promise.resolve(inProcess(m)) },
  { name: 'over HTTP (signed)', signed: true, open: (m: ReturnType<typeof ledgerMock>) => overHttp(m, { maxBodyBytes: 64 * 1024 }) },
] as const;

describe.each(transports)('malformed input $name', ({ signed, open }) => {
  const mock = ledgerMock({ auth: signed ? {} : false, maxBodyBytes: 64 * 1024 });
  let transport: Transport;
  let auth: AuthStrategy | undefined;
  beforeAll(async () => {
    transport = await open(mock);
    if (signed) auth = await testClientAuth('郑州');
  });
  afterAll(() => transport.close());

  it.each(cases)('refuses $name', async (c) => {
    const before = JSON.stringify(mock.dump());
    const response = await sendRaw(transport.fetch, transport.baseUrl, c.request, auth);
    const text = await response.text();
    expect(response.status).toBe(c.status);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const problem = JSON.parse(text) as { code: string; status: number; errors?: Array<{ pointer: string; code: string }> };
    expect(problem.code).toBe(c.code);
    expect(problem.status).toBe(c.status);
    if (c.error !== undefined) expect(problem.errors).toContainEqual(expect.objectContaining(c.error));
    if (c.secret !== undefined) {
      expect(text).not.toContain(c.secret);
      expect(text).not.toContain(JSON.stringify(c.secret).slice(1, -1));
    }
    expect(JSON.stringify(mock.dump())).toBe(before);
  });

  it('refuses cancelling an already cancelled entry, leaving it as it was', async () => {
    const created = await sendRaw(transport.fetch, transport.baseUrl, create(body({ businessRef: `C-${signed}` })), auth);
    expect(created.status).toBe(201);
    const { entryId } = (await created.json()) as { entryId: string };
    const cancel = (): RawRequest => ({
      method: 'POST',
      path: `/entries/${entryId}/cancel`,
      headers: { ...JSON_HEADERS, 'idempotency-key': newKey() },
      body: '{"reasonCode":"WITHDRAWN"}',
    });
    expect((await sendRaw(transport.fetch, transport.baseUrl, cancel(), auth)).status).toBe(200);
    const before = JSON.stringify(mock.dump());
    const again = await sendRaw(transport.fetch, transport.baseUrl, cancel(), auth);
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ code: 'ENTRY_ALREADY_CANCELLED', currentState: 'cancelled', allowedActions: [] });
    expect(JSON.stringify(mock.dump())).toBe(before);
  });

  it('accepts the well-formed request the cases are mutated from', async () => {
    const response = await sendRaw(transport.fetch, transport.baseUrl, create(body({ businessRef: `OK-${signed}` })), auth);
    expect(response.status).toBe(201);
  });
});
