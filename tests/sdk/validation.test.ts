import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createClient, isResponseValidationError, type DriftReport } from '@zhongyuan/sdk';
import { aThing, problems, table, type operations } from './support/contract.js';
import { json, testServer } from './support/test-fetch.js';
import { CITIZEN_ID, makeClient } from './support/make-client.js';

const drifted = { ...aThing, status: 'suspended', colour: 'red', holderCitizenId: CITIZEN_ID };

describe('response validation', () => {
  it('strict: any mismatch throws ResponseValidationError with pointers and codes, no values', async () => {
    const server = testServer(() => json(200, drifted));
    const error = await makeClient(server).getThing({ thingId: 't' }).catch((e: unknown) => e);
    expect(isResponseValidationError(error)).toBe(true);
    if (!isResponseValidationError(error)) return;
    expect(error.issues).toEqual([
      { pointer: '/status', code: 'invalid_value' },
      { pointer: '', code: 'unrecognized_keys' },
    ]);
    expect(error.message).not.toContain('suspended');
    expect(error.message).not.toContain(CITIZEN_ID);
  });

  it('warn: accepts unknown properties and enum values and reports drift without pii values', async () => {
    const reports: DriftReport[] = [];
    const server = testServer(() => json(200, { ...drifted, holderName: 'Zhang San' }));
    const client = makeClient(server, { validate: 'warn', onDrift: (d) => reports.push(d) });
    const thing = await client.getThing({ thingId: 't' });
    expect(thing).toMatchObject({ status: 'suspended', colour: 'red' });
    expect(reports).toEqual([
      { operationId: 'getThing', status: 200, pointer: '/status', expected: 'one of "active"|"closed"', actual: '"suspended"' },
      { operationId: 'getThing', status: 200, pointer: '/colour', expected: 'no such property', actual: 'string' },
    ]);
  });

  it('warn: an unknown enum value in an x-pii field is described by type only', async () => {
    const schema = z.strictObject({ holderName: z.enum(['A', 'B']) });
    const piiTable = {
      ...table,
      getThing: { ...table.getThing, responses: { '200': { contentType: 'application/json', schema } } },
    };
    const reports: DriftReport[] = [];
    const server = testServer(() => json(200, { holderName: 'Zhang San' }));
    const client = createClient<operations, typeof piiTable, typeof problems>(piiTable, {
      baseUrl: 'https://x.test',
      fetch: server.fetch,
      validate: 'warn',
      onDrift: (d) => reports.push(d),
      problems,
    });
    await client.getThing({ thingId: 't' });
    expect(reports).toEqual([{ operationId: 'getThing', status: 200, pointer: '/holderName', expected: 'one of "A"|"B"', actual: 'string' }]);
  });

  it('warn: tolerates loose generated objects as well as strict ones', async () => {
    const loose = z.looseObject({ id: z.string(), status: z.enum(['active', 'closed']) });
    const looseTable = {
      ...table,
      getThing: { ...table.getThing, responses: { '200': { contentType: 'application/json', schema: loose } } },
    };
    const reports: DriftReport[] = [];
    const server = testServer(() => json(200, { id: 'x', status: 'paused', extra: { nested: true } }));
    const client = createClient<operations, typeof looseTable>(looseTable, {
      baseUrl: 'https://x.test',
      fetch: server.fetch,
      validate: 'warn',
      onDrift: (d) => reports.push(d),
    });
    await expect(client.getThing({ thingId: 't' })).resolves.toEqual({ id: 'x', status: 'paused', extra: { nested: true } });
    expect(reports.map((r) => r.pointer)).toEqual(['/status']);
  });

  it('warn: a missing required field or a wrong type is still fatal', async () => {
    const server = testServer(() => json(200, { ...aThing, amountFen: '12.50', colour: 'red' }));
    const error = await makeClient(server, { validate: 'warn', onDrift: () => undefined })
      .getThing({ thingId: 't' })
      .catch((e: unknown) => e);
    expect(isResponseValidationError(error) && error.issues).toEqual([{ pointer: '/amountFen', code: 'invalid_type' }]);
  });

  it('warn: drift goes to logger.warn when no onDrift is given', async () => {
    const warnings: unknown[] = [];
    const server = testServer(() => json(200, { ...aThing, colour: 'red' }));
    await makeClient(server, { validate: 'warn', logger: { warn: (m, f) => warnings.push([m, f]) } }).getThing({ thingId: 't' });
    expect(warnings).toEqual([['response drift', expect.objectContaining({ pointer: '/colour' })]]);
  });

  it('off: returns the body as received', async () => {
    const server = testServer(() => json(200, drifted));
    await expect(makeClient(server, { validate: 'off' }).getThing({ thingId: 't' })).resolves.toEqual(drifted);
  });

  it('a body that is not JSON fails in every mode', async () => {
    for (const validate of ['strict', 'warn', 'off'] as const) {
      const server = testServer(() => new Response('not json', { status: 200, headers: { 'content-type': 'application/json' } }));
      const error = await makeClient(server, { validate }).getThing({ thingId: 't' }).catch((e: unknown) => e);
      expect(isResponseValidationError(error) && error.issues).toEqual([{ pointer: '', code: 'invalid_json' }]);
    }
  });

  it('strict: an undeclared success status is a mismatch', async () => {
    const server = testServer(() => json(202, aThing));
    const error = await makeClient(server).getThing({ thingId: 't' }).catch((e: unknown) => e);
    expect(isResponseValidationError(error) && error.issues).toEqual([{ pointer: '', code: 'undeclared_status' }]);
  });
});
