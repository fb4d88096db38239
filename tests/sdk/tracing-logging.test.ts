import { describe, expect, it } from 'vitest';
import type { AuthStrategy, LogFields, LogLevel } from '@zhongyuan/sdk';
import { aThing } from './support/contract.js';
import { json, testServer } from './support/test-fetch.js';
import { CITIZEN_ID, makeClient } from './support/make-client.js';

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-01$/;

describe('tracing', () => {
  it('sends one trace per call, a fresh span per attempt, and one X-Request-Id', async () => {
    const server = testServer((_r, _s, index) => (index < 2 ? json(503, {}) : json(200, aThing)));
    const { response } = await makeClient(server).getThing({ thingId: 't' }).withResponse();
    const parents = server.received.map((r) => TRACEPARENT.exec(r.headers.get('traceparent') ?? ''));
    expect(parents.every((m) => m !== null)).toBe(true);
    expect(new Set(parents.map((m) => m?.[1])).size).toBe(1);
    expect(new Set(parents.map((m) => m?.[2])).size).toBe(3);
    const ids = server.received.map((r) => r.headers.get('x-request-id'));
    expect(new Set(ids).size).toBe(1);
    expect(response.requestId).toBe(ids[0]);
  });

  it('continues a caller-supplied traceparent, and prefers the server’s request id', async () => {
    const server = testServer(() => json(200, aThing, { 'x-request-id': 'srv-42' }));
    const parent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    const { response } = await makeClient(server).getThing({ thingId: 't' }, { traceparent: parent }).withResponse();
    const sent = TRACEPARENT.exec(server.received[0]?.headers.get('traceparent') ?? '');
    expect(sent?.[1]).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(sent?.[2]).not.toBe('00f067aa0ba902b7');
    expect(response.requestId).toBe('srv-42');
  });

  it('puts the request id on errors too', async () => {
    const server = testServer(() => json(404, {}));
    const error = await makeClient(server).getThing({ thingId: 't' }, { requestId: 'mine-1' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ requestId: 'mine-1' });
    expect(server.received[0]?.headers.get('x-request-id')).toBe('mine-1');
  });
});

describe('logging', () => {
  it('passes everything through redaction: no tokens, no pii values, ids cut, control characters escaped', async () => {
    const entries: [LogLevel, string, LogFields][] = [];
    const logger = Object.fromEntries(
      (['debug', 'info', 'warn', 'error'] as const).map((level) => [level, (m: string, f: LogFields) => entries.push([level, m, f])]),
    );
    const auth: AuthStrategy = {
      apply: (request) => {
        request.headers.set('authorization', 'Bearer eyJhbGciOiJFUzI1NiJ9.secret.sig');
        request.headers.set('cookie', 'session=abc');
        return Promise.resolve();
      },
    };
    const server = testServer((_r, _s, index) =>
      index === 0 ? json(503, {}) : json(201, { ...aThing, holderCitizenId: CITIZEN_ID, holderName: 'Zhang San' }),
    );
    await makeClient(server, { logger, auth }).createThing(
      { body: { name: `Widget\r\nInjected: 1 ${CITIZEN_ID}`, amountFen: 1, holderCitizenId: CITIZEN_ID, holderName: 'Zhang San' } },
      { headers: { 'x-note': 'tab\there' } },
    );
    const text = JSON.stringify(entries);
    expect(entries.map(([level, message]) => `${level} ${message}`)).toEqual([
      'debug request',
      'debug response',
      'info retrying',
      'debug request',
      'debug response',
      'debug response body',
    ]);
    expect(text).not.toContain('eyJhbGciOiJFUzI1NiJ9');
    expect(text).not.toContain('session=abc');
    expect(text).not.toContain(CITIZEN_ID);
    expect(text).not.toContain('Zhang San');
    expect(text).toContain('110105********002X');
    const request = entries[0]?.[2] as { headers: Record<string, string>; body: Record<string, string> };
    expect(request.headers['authorization']).toBe('[REDACTED]');
    expect(request.headers['x-note']).toBe('tab\\there');
    expect(request.body['holderCitizenId']).toBe('[REDACTED]');
    expect(request.body['name']).toBe('Widget\\r\\nInjected: 1 110105********002X');
  });

  it('logs a failed call at error level with its code', async () => {
    const errors: LogFields[] = [];
    const server = testServer(() => json(404, {}));
    await makeClient(server, { logger: { error: (_m, f) => errors.push(f) } }).getThing({ thingId: 't' }).catch(() => undefined);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ operationId: 'getThing', error: { name: 'NotFoundError' } });
  });
});

describe('header values', () => {
  it('refuses CR/LF in header values as a request validation error, sending nothing', async () => {
    const server = testServer(() => json(200, aThing));
    const error = await makeClient(server)
      .getThing({ thingId: 't' }, { headers: { 'x-note': 'a\r\nInjected: 1' } })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'ERR_REQUEST_VALIDATION', issues: [{ pointer: '/headers/x-note', code: 'invalid_header_value' }] });
    expect(server.received).toHaveLength(0);
  });

  it("checks a caller's request id and idempotency key like any header value; the ones the SDK generates go out as they are", async () => {
    const server = testServer(() => json(201, aThing));
    const client = makeClient(server);
    const body = { name: 'Widget', amountFen: 1250, holderCitizenId: CITIZEN_ID };
    const error = await client
      .createThing({ body }, { requestId: 'r\r\nInjected: 1', idempotencyKey: 'k\nInjected: 1' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'ERR_REQUEST_VALIDATION',
      issues: [
        { pointer: '/requestId', code: 'invalid_header_value' },
        { pointer: '/idempotencyKey', code: 'invalid_header_value' },
      ],
    });
    expect(server.received).toHaveLength(0);
    await client.createThing({ body });
    expect(server.received[0]?.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(server.received[0]?.headers.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
