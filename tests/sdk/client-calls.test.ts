import { describe, expect, it } from 'vitest';
import { createClient, isRequestValidationError } from '@zhongyuan/sdk';
import { aThing, problems, table, type operations } from './support/contract.js';
import { json, testServer } from './support/test-fetch.js';
import { CITIZEN_ID, makeClient } from './support/make-client.js';

describe('a client built from a table', () => {
  it('has one method per operationId that fills path, query and header params', async () => {
    const server = testServer(() => json(200, aThing));
    const client = makeClient(server);
    const thing = await client.getThing({ thingId: 'a/b c', verbose: true, 'X-City-Code': '410100' });
    expect(thing).toEqual(aThing);
    const [sent] = server.received;
    expect(sent?.method).toBe('GET');
    expect(sent?.url.pathname).toBe('/v1/things/a%2Fb%20c');
    expect(sent?.url.searchParams.get('verbose')).toBe('true');
    expect(sent?.headers.get('x-city-code')).toBe('410100');
    expect(Object.keys(client).sort()).toEqual(['createThing', 'deleteThing', 'getThing', 'isError', 'listThings', 'withOptions']);
  });

  it('does not let a path value escape its segment', async () => {
    const server = testServer(() => json(200, aThing));
    for (const thingId of ['..', '.']) {
      const error = await makeClient(server).getThing({ thingId }).catch((e: unknown) => e);
      expect(isRequestValidationError(error) && error.issues).toEqual([{ pointer: '/thingId', code: 'invalid_path_segment' }]);
    }
    expect(server.received).toHaveLength(0);
  });

  it('sends the body as JSON and resolves 204 to undefined', async () => {
    const server = testServer((request) =>
      request.method === 'DELETE' ? new Response(null, { status: 204 }) : json(201, aThing),
    );
    const client = makeClient(server);
    await client.createThing({ body: { name: 'Widget', amountFen: 1250, holderCitizenId: CITIZEN_ID } });
    expect(JSON.parse(server.received[0]?.text ?? '')).toEqual({ name: 'Widget', amountFen: 1250, holderCitizenId: CITIZEN_ID });
    expect(server.received[0]?.headers.get('content-type')).toBe('application/json');
    await expect(client.deleteThing({ thingId: 't-1' })).resolves.toBeUndefined();
  });

  it('takes no params when none is required', async () => {
    const server = testServer(() => json(200, { items: [] }));
    await makeClient(server).listThings();
    expect(server.received[0]?.url.search).toBe('');
  });

  it('refuses operationIds that clash with the client controls', () => {
    const clash = { withOptions: table.getThing };
    expect(() => createClient(clash, { baseUrl: 'https://x.test' })).toThrow(/reserved/);
  });
});

describe('the injected fetch', () => {
  it('receives one complete Request — every header on it, redirects not followed — and no second argument', async () => {
    const calls: { request: unknown; init: unknown; count: number }[] = [];
    const fetch = (...args: unknown[]): Promise<Response> => {
      calls.push({ request: args[0], init: args[1], count: args.length });
      return Promise.resolve(json(200, aThing));
    };
    const client = makeClient({ fetch }, { headers: { 'x-one': '1' } });
    await client.getThing({ thingId: 't', 'X-City-Code': '410100' }, { headers: { 'x-two': '2' }, requestId: 'req-1' });
    expect(calls).toHaveLength(1);
    const [{ request, count }] = calls as [{ request: Request; init: unknown; count: number }];
    expect(count).toBe(1);
    expect(request).toBeInstanceOf(Request);
    expect(request.redirect).toBe('manual');
    expect(Object.fromEntries(request.headers)).toMatchObject({
      accept: 'application/json, application/problem+json',
      'user-agent': 'zhongyuan-sdk',
      'x-one': '1',
      'x-two': '2',
      'x-city-code': '410100',
      'x-request-id': 'req-1',
    });
    expect(request.headers.get('traceparent')).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
  });

  it('defaults to the global fetch as it is at call time, so one installed after the client is created is used', async () => {
    const original = globalThis.fetch;
    const client = createClient<operations, typeof table, typeof problems>(table, { baseUrl: 'https://exchange.test/v1', validate: 'strict', problems });
    const seen: string[] = [];
    globalThis.fetch = (input: RequestInfo | URL): Promise<Response> => {
      seen.push(input instanceof Request ? input.headers.get('x-request-id') ?? '' : '');
      return Promise.resolve(json(200, aThing));
    };
    try {
      await client.getThing({ thingId: 't' }, { requestId: 'req-late' });
    } finally {
      globalThis.fetch = original;
    }
    expect(seen).toEqual(['req-late']);
  });
});

describe('options flow one way', () => {
  it('withOptions returns a new client with merged headers and leaves the original alone', async () => {
    const server = testServer(() => json(200, aThing));
    const base = makeClient(server, { headers: { 'x-one': '1' } });
    const derived = base.withOptions({ headers: { 'x-two': '2' } });
    await derived.getThing({ thingId: 't' });
    await base.getThing({ thingId: 't' });
    expect(server.received[0]?.headers.get('x-one')).toBe('1');
    expect(server.received[0]?.headers.get('x-two')).toBe('2');
    expect(server.received[1]?.headers.get('x-two')).toBeNull();
  });

  it('applies per-call headers over client headers, and sends the user agent', async () => {
    const server = testServer(() => json(200, aThing));
    const client = makeClient(server, { headers: { 'x-one': '1' }, userAgent: 'city-his/2.1' });
    await client.getThing({ thingId: 't' }, { headers: { 'x-one': 'call' } });
    expect(server.received[0]?.headers.get('x-one')).toBe('call');
    expect(server.received[0]?.headers.get('user-agent')).toBe('city-his/2.1');
  });

  it('per-call validate overrides the client mode', async () => {
    const server = testServer(() => json(200, { ...aThing, extra: 1 }));
    const client = makeClient(server);
    await expect(client.getThing({ thingId: 't' })).rejects.toThrow(/does not match/);
    await expect(client.getThing({ thingId: 't' }, { validate: 'off' })).resolves.toMatchObject({ extra: 1 });
  });

  it('rejects a relative base URL at creation', () => {
    expect(() => makeClient(testServer(() => json(200, {})), { baseUrl: '/v1' })).toThrow(/baseUrl/);
  });
});

describe('requests are validated before sending', () => {
  it('lists JSON pointers and codes, never values, and sends nothing', async () => {
    const server = testServer(() => json(201, aThing));
    const client = makeClient(server);
    const error = await client
      .createThing({ body: { name: '', amountFen: -1, holderCitizenId: CITIZEN_ID } })
      .catch((e: unknown) => e);
    expect(isRequestValidationError(error)).toBe(true);
    if (!isRequestValidationError(error)) return;
    expect(error.issues).toEqual([
      { pointer: '/body/name', code: 'too_small' },
      { pointer: '/body/amountFen', code: 'too_small' },
    ]);
    expect(error.message).not.toContain(CITIZEN_ID);
    expect(server.received).toHaveLength(0);
  });

  it('validates path/query/header params with the params schema', async () => {
    const server = testServer(() => json(200, aThing));
    const error = await makeClient(server)
      // @ts-expect-error thingId is required
      .getThing({ 'X-City-Code': 'abc' })
      .catch((e: unknown) => e);
    expect(isRequestValidationError(error) && error.issues.map((i) => i.pointer)).toEqual(['/thingId', '/X-City-Code']);
    expect(server.received).toHaveLength(0);
  });

  it('runs the registered identifier validator on the table’s identifier fields', async () => {
    const server = testServer(() => json(201, aThing));
    const seen: [string, string][] = [];
    const client = makeClient(server, {
      identifierValidator: (kind, value) => {
        seen.push([kind, value]);
        return value.endsWith('X');
      },
    });
    const error = await client
      .createThing({ body: { name: 'W', amountFen: 1, holderCitizenId: '110105194912310021' } })
      .catch((e: unknown) => e);
    expect(isRequestValidationError(error) && error.issues).toEqual([
      { pointer: '/body/holderCitizenId', code: 'invalid_identifier', kind: 'citizen-id' },
    ]);
    await client.createThing({ body: { name: 'W', amountFen: 1, holderCitizenId: CITIZEN_ID } });
    expect(seen.map(([kind]) => kind)).toEqual(['citizen-id', 'citizen-id']);
    expect(server.received).toHaveLength(1);
  });
});
