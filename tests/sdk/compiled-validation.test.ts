// Validation runs through zod's compiled parser (`z.compile`): a valid value is checked by one generated function,
// anything else goes to zod's runtime parser, which names the issues. These tests pin down that the SDK takes that
// path, that zod's `jitless` switch turns it off, and that on every schema of the generated contracts the compiled
// parser gives what the runtime parser gives.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { compile, config, z, type ZodType } from 'zod';
import { createClient, isResponseValidationError, type OperationDescriptor, type OperationTable } from '@zhongyuan/sdk';
import * as medicalSettlement from '@zhongyuan/sdk/medical-settlement';
import * as pensionTransfer from '@zhongyuan/sdk/pension-transfer';
import { aThing, problems, table, type operations } from './support/contract.js';
import { json, testServer } from './support/test-fetch.js';
import { acceptedBy, mutated } from './support/zod-arbitrary.js';

/** A schema whose runtime `safeParse` counts its calls (the compiled parser falls back to exactly this method). */
function counted<T extends ZodType>(schema: T): { schema: T; runtimeParses: () => number } {
  let calls = 0;
  const runtime = schema.safeParse.bind(schema) as (data: unknown, params?: unknown) => unknown;
  Object.assign(schema, {
    safeParse: (data: unknown, params?: unknown) => {
      calls += 1;
      return runtime(data, params);
    },
  });
  return { schema, runtimeParses: () => calls };
}

function countedClient(server: ReturnType<typeof testServer>) {
  const params = counted(z.strictObject({ thingId: z.string().min(1), verbose: z.boolean().optional(), 'X-City-Code': z.string().optional() }));
  const answer = counted(
    z.strictObject({ id: z.string(), name: z.string(), status: z.enum(['active', 'closed']), amountFen: z.number().int().nonnegative() }),
  );
  const countedTable = {
    ...table,
    getThing: {
      ...table.getThing,
      paramsSchema: params.schema,
      responses: { ...table.getThing.responses, '200': { contentType: 'application/json', schema: answer.schema } },
    },
  } as const satisfies OperationTable;
  const client = createClient<operations, typeof countedTable, typeof problems>(countedTable, {
    baseUrl: 'https://exchange.test/v1',
    fetch: server.fetch,
    validate: 'strict',
    problems,
  });
  return { client, params, answer };
}

describe('validation through zod’s compiled parser', () => {
  const jitlessBefore = config().jitless;
  afterEach(() => {
    config({ jitless: jitlessBefore });
  });

  it('checks valid params and a valid answer without zod’s runtime parser', async () => {
    const server = testServer(() => json(200, aThing));
    const { client, params, answer } = countedClient(server);
    for (let i = 0; i < 3; i++) expect(await client.getThing({ thingId: 't-1' })).toEqual(aThing);
    expect(params.runtimeParses()).toBe(0);
    expect(answer.runtimeParses()).toBe(0);
  });

  it('hands an invalid answer to the runtime parser, which names the issues', async () => {
    const server = testServer(() => json(200, { ...aThing, status: 'suspended', amountFen: -1 }));
    const { client, answer } = countedClient(server);
    const error = await client.getThing({ thingId: 't-1' }).catch((e: unknown) => e);
    expect(isResponseValidationError(error) && error.issues).toEqual([
      { pointer: '/status', code: 'invalid_value' },
      { pointer: '/amountFen', code: 'too_small' },
    ]);
    expect(answer.runtimeParses()).toBe(1);
  });

  it('with zod configured jitless (no `new Function`, e.g. under a strict CSP) uses the schemas as they are', async () => {
    config({ jitless: true });
    const server = testServer(() => json(200, aThing));
    const { client, params, answer } = countedClient(server);
    for (let i = 0; i < 3; i++) await client.getThing({ thingId: 't-1' });
    expect(params.runtimeParses()).toBe(3);
    expect(answer.runtimeParses()).toBe(3);
  });
});

/** Every schema the runtime validates with, from the generated operation tables: params, bodies, answers. */
function contractSchemas(): [string, ZodType][] {
  const found: [string, ZodType][] = [];
  const seen = new Set<ZodType>();
  const add = (label: string, schema: ZodType | undefined): void => {
    if (schema === undefined || seen.has(schema)) return;
    seen.add(schema);
    found.push([label, schema]);
  };
  for (const [name, ops] of [
    ['medical-settlement', medicalSettlement.operations],
    ['pension-transfer', pensionTransfer.operations],
  ] as const) {
    for (const [operationId, descriptor] of Object.entries(ops as Readonly<Record<string, OperationDescriptor>>)) {
      add(`${name} ${operationId} params`, descriptor.paramsSchema);
      add(`${name} ${operationId} body`, descriptor.requestBody?.schema);
      for (const [status, response] of Object.entries(descriptor.responses)) add(`${name} ${operationId} ${status}`, response.schema);
    }
  }
  return found;
}

const verdict = (result: ReturnType<ZodType['safeParse']>) =>
  result.success ? { success: true, data: result.data } : { success: false, issues: result.error.issues };

describe('every schema of the generated contracts compiles, and the compiled parser agrees with the runtime parser', () => {
  const schemas = contractSchemas();

  it('finds the contracts’ schemas', () => {
    expect(schemas.length).toBeGreaterThan(40);
  });

  it.each(schemas)('%s', (_label, schema) => {
    const fast = compile(schema, { strict: true });
    const same = (value: unknown): void => {
      expect(verdict(fast.safeParse(value))).toStrictEqual(verdict(schema.safeParse(value)));
    };
    fc.assert(fc.property(acceptedBy(schema), same), { numRuns: 25 });
    fc.assert(fc.property(mutated(acceptedBy(schema)), same), { numRuns: 50 });
  });
});
