import { describe, expectTypeOf, it } from 'vitest';
import type { ApiPromise, ExchangeError, ExchangeErrorCode, PagePromise } from '@zhongyuan/sdk';
import type { problems } from './support/contract.js';
import { type makeClient } from './support/make-client.js';

declare const client: ReturnType<typeof makeClient>;

interface Thing {
  id: string;
  name: string;
  status: 'active' | 'closed';
  amountFen: number;
  holderCitizenId?: string;
  holderName?: string;
}

describe('operation methods', () => {
  it('exist only for operationIds in the table', () => {
    // @ts-expect-error no such operation
    void client.getThingz;
    expectTypeOf(client).toHaveProperty('getThing');
  });

  it('take flattened path, query and header params, and require what the spec requires', () => {
    expectTypeOf(client.getThing).parameter(0).toEqualTypeOf<{
      thingId: string;
      verbose?: boolean;
      'X-City-Code'?: string;
    }>();
    // @ts-expect-error thingId is required
    void client.getThing({ verbose: true });
    // @ts-expect-error params are required when something in them is
    void client.getThing();
    // @ts-expect-error wrong type
    void client.getThing({ thingId: 1 });
  });

  it('add a required body when the operation takes one', () => {
    // @ts-expect-error body is required
    void client.createThing({});
    // @ts-expect-error body fields are checked
    void client.createThing({ body: { name: 'x', amountFen: '1', holderCitizenId: 'x' } });
    void client.createThing({ body: { name: 'x', amountFen: 1, holderCitizenId: 'x' } }, { idempotencyKey: 'k' });
  });

  it('leave out header params the table does not declare (protocol headers set by the runtime)', () => {
    expectTypeOf(client.createThing).parameter(0).toEqualTypeOf<{
      body: { name: string; amountFen: number; holderCitizenId: string; holderName?: string };
    }>();
  });

  it('make params optional when nothing is required', () => {
    expectTypeOf(client.listThings).toBeCallableWith();
    expectTypeOf(client.listThings).toBeCallableWith({ limit: 10 }, { timeout: 5 });
  });

  it('resolve to the declared success body; 204 to void', () => {
    expectTypeOf(client.getThing({ thingId: 't' })).toEqualTypeOf<ApiPromise<Thing>>();
    expectTypeOf<Awaited<ReturnType<typeof client.createThing>>>().toEqualTypeOf<Thing>();
    expectTypeOf<Awaited<ReturnType<typeof client.deleteThing>>>().toEqualTypeOf<void>();
  });

  it('return a PagePromise of the item type for list operations', () => {
    type ListResult = { items: Thing[]; nextCursor?: string | null };
    expectTypeOf(client.listThings()).toEqualTypeOf<PagePromise<ListResult, Thing>>();
  });

  it('rejects unknown request options', () => {
    // @ts-expect-error not a request option
    void client.getThing({ thingId: 't' }, { retries: 3 });
  });
});

describe('error codes', () => {
  type Code = ExchangeErrorCode<'REQUEST_IN_PROGRESS' | 'THING_ALREADY_CLOSED'>;

  it('client.isError narrows to the exchange’s literal union of codes', () => {
    const error: unknown = undefined;
    if (client.isError(error)) {
      expectTypeOf(error.code).toEqualTypeOf<Code>();
    }
  });

  it('an exhaustive switch type-checks, and an unhandled code is a compile error', () => {
    type E = ExchangeError<(typeof problems)[keyof typeof problems]['code']>;
    const exhaustive = (e: E): string => {
      switch (e.code) {
        case 'REQUEST_IN_PROGRESS':
        case 'THING_ALREADY_CLOSED':
        case 'ERR_HTTP_400':
        case 'ERR_HTTP_401':
        case 'ERR_HTTP_403':
        case 'ERR_HTTP_404':
        case 'ERR_HTTP_409':
        case 'ERR_HTTP_422':
        case 'ERR_HTTP_429':
        case 'ERR_HTTP_5XX':
        case 'ERR_HTTP_OTHER':
          return String(e.status);
        case 'ERR_TIMEOUT':
          return e.scope;
        case 'ERR_CONNECTION':
        case 'ERR_ABORTED':
        case 'ERR_SIGNING':
          return e.message;
        case 'ERR_RESPONSE_VALIDATION':
        case 'ERR_REQUEST_VALIDATION':
          return e.issues.map((i) => i.pointer).join();
        default: {
          const unreachable: never = e;
          return unreachable;
        }
      }
    };
    const missing = (e: E): string => {
      switch (e.code) {
        case 'ERR_TIMEOUT':
          return 'timeout';
        case 'ERR_CONNECTION':
        case 'ERR_ABORTED':
        case 'ERR_SIGNING':
        case 'ERR_RESPONSE_VALIDATION':
        case 'ERR_REQUEST_VALIDATION':
          return 'other';
        case 'ERR_HTTP_400':
        case 'ERR_HTTP_401':
        case 'ERR_HTTP_403':
        case 'ERR_HTTP_404':
        case 'ERR_HTTP_409':
        case 'ERR_HTTP_422':
        case 'ERR_HTTP_429':
        case 'ERR_HTTP_5XX':
        case 'ERR_HTTP_OTHER':
        case 'REQUEST_IN_PROGRESS':
          return 'http';
        default: {
          // @ts-expect-error THING_ALREADY_CLOSED is not handled
          const unreachable: never = e;
          return unreachable;
        }
      }
    };
    expectTypeOf(exhaustive).toBeFunction();
    expectTypeOf(missing).toBeFunction();
    // @ts-expect-error not a code of this exchange
    const wrong: Code = 'SETTLEMENT_ALREADY_REVERSED';
    void wrong;
  });
});
