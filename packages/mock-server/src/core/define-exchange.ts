/**
 * An exchange plugged into the mock (接入模拟服务的交换): its generated operation table and problem registry, a
 * typed store, the state machines' bindings to store collections, and one handler per operationId. The
 * handler map is typed from the table, so a missing, renamed or removed operation fails to compile.
 */
import type { OperationDescriptor, OperationTable, ProblemRegistry } from '@zhongyuan/sdk';
import type { output, input, ZodType } from 'zod';
import type { MockClock } from './clock.js';
import type { Collection } from './collection.js';
import type { HandlerResult } from './handler-result.js';
import type { ProblemExtras } from './problem.js';
import type { Random } from './prng.js';
import type { MockClient } from './test-clients.js';

/** The parameters (path, query, header) of operation `D`, as its `paramsSchema` outputs them. */
export type ParamsOf<D extends OperationDescriptor> = output<D['paramsSchema']>;

/** The request body of operation `D` as its schema outputs it, or `undefined` when it takes none. */
export type BodyOf<D extends OperationDescriptor> = D['requestBody'] extends { readonly schema: infer S }
  ? S extends ZodType
    ? output<S>
    : unknown
  : undefined;

/** The success statuses (2xx) operation `D` declares, as numbers. */
export type SuccessStatusOf<D extends OperationDescriptor> = keyof D['responses'] extends infer K
  ? K extends `2${string}`
    ? K extends `${infer N extends number}`
      ? N
      : never
    : never
  : never;

/** The body a handler passes for status `S` of operation `D` (`undefined` when the spec declares none). */
export type ResponseBodyOf<D extends OperationDescriptor, S extends number> = D['responses'][`${S}`] extends {
  readonly schema: infer Z;
}
  ? Z extends ZodType
    ? input<Z>
    : undefined
  : undefined;

/** The `code`s of a problem registry. */
export type ProblemCodeOf<R extends ProblemRegistry> = R[keyof R]['code'];

/** Names of the state machines the table's operations drive. */
export type MachineNameOf<T extends OperationTable> = T[keyof T]['transition'] extends infer X
  ? X extends { readonly machine: infer M extends string }
    ? M
    : never
  : never;

/** Keys of `Store` that hold collections. */
export type CollectionKeyOf<Store> = {
  [K in keyof Store]: Store[K] extends Collection<unknown> ? K : never;
}[keyof Store] &
  string;

/** Where a state machine's records live: the generic transition check reads them from here. */
export interface MachineBinding<Store, Registry extends ProblemRegistry> {
  /** The store collection holding the machine's records. */
  readonly collection: CollectionKeyOf<Store>;
  /** The path parameter carrying the record id. */
  readonly idParam: string;
  /** The record member holding its state. */
  readonly stateField: string;
  /**
   * A more specific problem than `ILLEGAL_TRANSITION` for some current states, e.g.
   * `{ cancelled: 'ENTRY_ALREADY_CANCELLED' }`.
   */
  readonly stateProblems?: Readonly<Partial<Record<string, ProblemCodeOf<Registry>>>>;
  /**
   * For records shared by several clients (e.g. the two agencies of a case): whether `clientId` may act on
   * `record`. Replaces the owner-only lookup of the generic check; a client that may not still gets 404.
   * @default only the record's owner
   */
  readonly visibleTo?: (record: Readonly<Record<string, unknown>>, clientId: string) => boolean;
  /**
   * A machine-specific refusal checked after visibility and before the generic state check (roles, closed
   * records …); `undefined` lets the generic check go on.
   */
  readonly refuse?: (input: MachineCheckInput) => MachineRefusal<Registry> | undefined;
  /**
   * The actions `clientId` may perform on `record` now, reported in refusals.
   * @default every action of the machine allowed from the record's state
   */
  readonly allowedActions?: (record: Readonly<Record<string, unknown>>, clientId: string) => readonly string[];
  /**
   * Automatic follow-up transitions: states the server may move a record on to in the same step as reaching
   * the key state (e.g. `{ fundsReceived: ['amountMismatch'] }`); accepted by the post-transition check.
   */
  readonly automatic?: Readonly<Partial<Record<string, readonly string[]>>>;
}

/** What a machine's {@link MachineBinding.refuse} hook receives. */
export interface MachineCheckInput {
  /** The record named by the path. */
  readonly record: Readonly<Record<string, unknown>>;
  /** The record's current state. */
  readonly state: string;
  /** The calling client. */
  readonly clientId: string;
  /** The operation being served. */
  readonly operationId: string;
  /** The transition the operation performs. */
  readonly transition: { readonly action: string; readonly from: readonly string[]; readonly to: string };
}

/** A refusal returned by {@link MachineBinding.refuse}. */
export interface MachineRefusal<Registry extends ProblemRegistry> {
  readonly code: ProblemCodeOf<Registry>;
  readonly detail?: string;
  readonly extras?: ProblemExtras;
}

/** Options of `ctx.ok`. */
export interface OkOptions {
  /** Extra response headers, e.g. `Location`. */
  readonly headers?: Readonly<Record<string, string>>;
}

/** What a handler receives. */
export interface HandlerContext<D extends OperationDescriptor, Store, Registry extends ProblemRegistry> {
  /** The operation being served. */
  readonly operation: D;
  /** Validated parameters. */
  readonly params: ParamsOf<D>;
  /** Validated body. */
  readonly body: BodyOf<D>;
  /** The exchange's store. Changes are rolled back unless the handler answers 2xx. */
  readonly store: Store;
  /** The mock's virtual clock: read every deadline and timestamp from here. */
  readonly clock: MockClock;
  /** The authenticated client (with auth off: the client named by `X-Client-Id`, else Zhengzhou's). */
  readonly client: MockClient | { readonly id: string };
  /** The request's headers. */
  readonly headers: Headers;
  /** The request id echoed in `X-Request-Id` and problems. */
  readonly requestId: string;
  /** Seeded generator of the mock (reproducible from its seed). */
  readonly random: Random;
  /** A new id `prefix` + ULID from the virtual clock and the seeded generator, e.g. `ent_01J…`. */
  newId(prefix: string): string;
  /** The virtual time as an RFC 3339 string. */
  timestamp(): string;
  /** Answer `status` (a 2xx the spec declares) with `body`, typed from the spec's schema. */
  ok<S extends SuccessStatusOf<D>>(
    status: S,
    ...rest: ResponseBodyOf<D, S> extends undefined
      ? [body?: undefined, options?: OkOptions]
      : [body: ResponseBodyOf<D, S>, options?: OkOptions]
  ): HandlerResult;
  /** Answer a problem of the exchange's registry (status from the registry). */
  problem(code: ProblemCodeOf<Registry>, detail?: string, extras?: ProblemExtras): HandlerResult;
}

/** A handler of operation `D`. */
export type OperationHandler<D extends OperationDescriptor, Store, Registry extends ProblemRegistry> = (
  ctx: HandlerContext<D, Store, Registry>,
) => HandlerResult | Promise<HandlerResult>;

/** What an exchange's `store` factory receives. */
export interface SeedContext {
  /** Seeded generator (from the mock's seed). */
  readonly random: Random;
  /** The virtual clock. */
  readonly clock: MockClock;
  /** The 30 cities' test clients (record owners for seed data). */
  readonly clients: readonly MockClient[];
}

/** The definition passed to {@link defineExchange}. */
export type ExchangeDefinition<
  Name extends string,
  Table extends OperationTable,
  Registry extends ProblemRegistry,
  Store extends object,
> = {
  /** Short name, used in `mock.state(name)` and state dumps. */
  readonly name: Name;
  /** Path prefix of the exchange's operations, e.g. `/medical-settlement/v1`. @default `/${name}` */
  readonly basePath?: string;
  /**
   * `info.version` of the spec the table was generated from (the generated `exchange.specVersion`); reported on
   * `/healthz` and `/__mock/versions`.
   */
  readonly specVersion?: string;
  /** The generated operation table. */
  readonly operations: Table;
  /** The generated problem registry. */
  readonly problems: Registry;
  /** Builds an empty store (called at creation and on every reset). */
  readonly store: () => Store;
  /** Fills a fresh store with seed data (called after `store`, at creation and on every reset). */
  readonly seed?: (store: Store, context: SeedContext) => void;
  /**
   * Where each state machine's records live (required at run time for every machine the table names).
   */
  readonly machines?: { readonly [M in MachineNameOf<Table>]: MachineBinding<Store, Registry> };
  /** One handler per operationId of the table. */
  readonly handlers: { readonly [K in keyof Table]: OperationHandler<Table[K], Store, Registry> };
};

/** Erased runtime view of an exchange (what the core executes). */
export interface ExchangeRuntimeDefinition {
  readonly name: string;
  readonly basePath: string;
  readonly specVersion: string | undefined;
  readonly operations: OperationTable;
  readonly problems: ProblemRegistry;
  readonly store: () => object;
  readonly seed: ((store: object, context: SeedContext) => void) | undefined;
  readonly machines: Readonly<Record<string, MachineBinding<object, ProblemRegistry>>>;
  readonly handlers: Readonly<Record<string, (ctx: HandlerContext<OperationDescriptor, object, ProblemRegistry>) => HandlerResult | Promise<HandlerResult>>>;
}

declare const STORE: unique symbol;

/** An exchange ready for `createMock`: its name and, for typed inspection, its store type. */
export interface MockExchange<Name extends string = string, Store extends object = object> {
  readonly name: Name;
  /** @internal The erased definition. */
  readonly definition: ExchangeRuntimeDefinition;
  /** Type-level only: the store type. */
  readonly [STORE]?: Store;
}

/** The store type of an exchange. */
export type StoreOf<X> = X extends MockExchange<string, infer S> ? S : never;

/**
 * Define an exchange for the mock.
 *
 * @example
 * export const ledger = defineExchange({
 *   name: 'fixture',
 *   basePath: '/ledger-fixture/v1',
 *   operations,
 *   problems: problemTypes,
 *   store: () => ({ entries: collection<Entry>() }),
 *   machines: { entry: { collection: 'entries', idParam: 'entryId', stateField: 'status' } },
 *   handlers: { getEntry: (ctx) => …, createEntry: (ctx) => …, … },
 * });
 */
export function defineExchange<
  const Name extends string,
  Table extends OperationTable,
  Registry extends ProblemRegistry,
  Store extends object,
>(definition: ExchangeDefinition<Name, Table, Registry, Store>): MockExchange<Name, Store> {
  const ops = Object.keys(definition.operations);
  const handlers = definition.handlers as unknown as ExchangeRuntimeDefinition['handlers'];
  for (const op of ops) if (typeof handlers[op] !== 'function') throw new TypeError(`exchange ${definition.name}: no handler for ${op}`);
  for (const key of Object.keys(handlers)) if (!ops.includes(key)) throw new TypeError(`exchange ${definition.name}: ${key} is not an operation`);
  const machines = (definition.machines ?? {}) as ExchangeRuntimeDefinition['machines'];
  for (const op of Object.values(definition.operations)) {
    if (op.transition !== undefined && machines[op.transition.machine] === undefined) {
      throw new TypeError(`exchange ${definition.name}: machine ${op.transition.machine} has no binding`);
    }
  }
  const basePath = (definition.basePath ?? `/${definition.name}`).replace(/\/+$/, '');
  if (!/^(\/[A-Za-z0-9._~-]+)*$/.test(basePath)) throw new TypeError('basePath must be a plain path such as /name/v1');
  return {
    name: definition.name,
    definition: {
      name: definition.name,
      basePath,
      specVersion: definition.specVersion,
      operations: definition.operations,
      problems: definition.problems,
      store: definition.store,
      seed: definition.seed as ExchangeRuntimeDefinition['seed'],
      machines,
      handlers,
    },
  };
}
