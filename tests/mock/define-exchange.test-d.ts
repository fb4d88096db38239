// Type tests: handlers are registered by operationId and typed from the generated contract, so a removed or
// renamed operation, a wrong body or an undeclared status fails to compile.
import { describe, expectTypeOf, it } from 'vitest';
import { collection, createMock, defineExchange, type Collection, type HandlerResult } from '@zhongyuan/mock-server';
import { operations } from '../fixtures/exchange/generated/operations.gen.js';
import { problemTypes } from '../fixtures/exchange/generated/problems.gen.js';
import { ledger, type Entry } from '../fixtures/exchange/mock.js';

type Store = { readonly entries: Collection<Entry> };
declare const done: HandlerResult;
const { deleteEntry: _removed, ...withoutDelete } = operations;

describe('defineExchange', () => {
  it('requires a handler for every operation', () => {
    defineExchange({
      name: 'x',
      operations,
      problems: problemTypes,
      store: (): Store => ({ entries: collection<Entry>() }),
      machines: { entry: { collection: 'entries', idParam: 'entryId', stateField: 'status' } },
      // @ts-expect-error deleteEntry has no handler
      handlers: {
        listEntries: () => done,
        createEntry: () => done,
        getEntry: () => done,
        confirmEntry: () => done,
        cancelEntry: () => done,
      },
    });
  });

  it('refuses a renamed handler and a handler of an operation the spec no longer has', () => {
    defineExchange({
      name: 'x',
      operations,
      problems: problemTypes,
      store: (): Store => ({ entries: collection<Entry>() }),
      machines: { entry: { collection: 'entries', idParam: 'entryId', stateField: 'status' } },
      handlers: {
        listEntries: () => done,
        createEntry: () => done,
        getEntry: () => done,
        confirmEntry: () => done,
        cancelEntry: () => done,
        // @ts-expect-error deleteEntry renamed: not an operation of the spec
        removeEntry: () => done,
      },
    });
    defineExchange({
      name: 'x',
      operations: withoutDelete,
      problems: problemTypes,
      store: (): Store => ({ entries: collection<Entry>() }),
      machines: { entry: { collection: 'entries', idParam: 'entryId', stateField: 'status' } },
      handlers: {
        listEntries: () => done,
        createEntry: () => done,
        getEntry: () => done,
        confirmEntry: () => done,
        cancelEntry: () => done,
        // @ts-expect-error deleteEntry was removed from the spec
        deleteEntry: () => done,
      },
    });
  });

  it('types params, body, answers, problems and machine bindings from the contract', () => {
    defineExchange({
      name: 'x',
      operations,
      problems: problemTypes,
      store: (): Store => ({ entries: collection<Entry>() }),
      // @ts-expect-error not a collection of the store
      machines: { entry: { collection: 'nope', idParam: 'entryId', stateField: 'status' } },
      handlers: {
        listEntries: (ctx) => {
          expectTypeOf(ctx.params.limit).toEqualTypeOf<number>();
          expectTypeOf(ctx.params.status).toEqualTypeOf<'pending' | 'confirmed' | 'cancelled' | undefined>();
          expectTypeOf(ctx.body).toEqualTypeOf<undefined>();
          return ctx.ok(200, { items: [], nextCursor: null });
        },
        createEntry: (ctx) => {
          expectTypeOf(ctx.body.amountFen).toEqualTypeOf<number>();
          expectTypeOf(ctx.store.entries).toEqualTypeOf<Collection<Entry>>();
          // @ts-expect-error 200 is not a declared success status of createEntry
          ctx.ok(200, ctx.store.entries.get('x')!);
          // @ts-expect-error the answer must be an Entry
          ctx.ok(201, { entryId: 'x' });
          // @ts-expect-error not a problem code of this exchange
          ctx.problem('SETTLEMENT_ALREADY_REVERSED');
          return ctx.problem('DUPLICATE_ENTRY', 'exists', { existingEntryId: 'ent_x' });
        },
        getEntry: (ctx) => {
          expectTypeOf(ctx.params.entryId).toEqualTypeOf<string>();
          return done;
        },
        deleteEntry: (ctx) => ctx.ok(204),
        confirmEntry: () => done,
        cancelEntry: (ctx) => {
          expectTypeOf(ctx.body.reasonCode).toEqualTypeOf<'ENTERED_IN_ERROR' | 'DUPLICATE' | 'WITHDRAWN'>();
          return done;
        },
      },
    });
  });
});

describe('createMock', () => {
  it('gives typed state inspection by exchange name', () => {
    const mock = createMock({ exchanges: [ledger], auth: false });
    expectTypeOf(mock.state('fixture').entries).toEqualTypeOf<Collection<Entry>>();
    // @ts-expect-error no exchange of that name
    mock.state('medical-settlement');
  });
});
