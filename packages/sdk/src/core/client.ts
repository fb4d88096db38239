/**
 * The one generic client: `createClient(table, options)` turns a generated operation table into an object with
 * one typed method per operationId. No per-operation code exists anywhere; the generated per-exchange
 * `createXClient` is a one-line call of this function.
 *
 * @module
 */
import { execute } from '../internal/execute.js';
import { mergeOptions, resolveContext, type ClientContext } from '../internal/client-context.js';
import { planTable, type OperationPlan } from '../internal/operation-plan.js';
import { ApiPromise } from './api-promise.js';
import type { ClientOptions, RequestOptions } from './client-options.js';
import { isSdkError, type ExchangeError } from './errors.js';
import type { OperationTable, ProblemRegistry } from './operation.js';
import type { IsPaginated, OperationArgs, OperationResult, PageItem } from './operation-types.js';
import { PagePromise, type PageReader } from './pagination.js';

/** The literal union of the `code`s in a problem registry. */
export type ProblemCode<Registry extends ProblemRegistry> = {
  [K in keyof Registry]: Registry[K]['code'];
}[keyof Registry];

/** The method of one operation: `(params, options?)`, returning an {@link ApiPromise} or a {@link PagePromise}. */
export type OperationMethod<Op, Descriptor> = (
  ...args: OperationArgs<Op, Descriptor, RequestOptions>
) => IsPaginated<Descriptor> extends true
  ? PagePromise<
      OperationResult<Op>,
      PageItem<OperationResult<Op>, Descriptor extends { readonly pagination: infer P } ? P : never>
    >
  : ApiPromise<OperationResult<Op>>;

/** What every client has besides its operations. These names are reserved and cannot be operationIds. */
export interface ClientControls<Ops, Table extends OperationTable, Registry extends ProblemRegistry> {
  /**
   * A new client with `options` merged over this one's (`retry` and `headers` merge key by key); this client is
   * unchanged.
   *
   * @example
   * ```ts
   * const patient = client.withOptions({ timeout: 120_000, retry: { limit: 5 } });
   * ```
   */
  withOptions(options: Partial<ClientOptions>): Client<Ops, Table, Registry>;
  /**
   * Whether `value` is an error thrown by this SDK, typed as this exchange's {@link ExchangeError} union so that
   * `switch (error.code)` narrows to the exchange's problem codes. Works across realms.
   *
   * @example
   * ```ts
   * catch (error) {
   *   if (!client.isError(error)) throw error;
   *   switch (error.code) { case 'SETTLEMENT_ALREADY_REVERSED': …; case 'ERR_TIMEOUT': …; default: … }
   * }
   * ```
   */
  isError(value: unknown): value is ExchangeError<ProblemCode<Registry>>;
}

/**
 * A client for one exchange: one method per operationId of `Table`, typed by the openapi-typescript
 * `operations` interface `Ops`, plus {@link ClientControls}.
 */
export type Client<Ops, Table extends OperationTable, Registry extends ProblemRegistry = Record<never, never>> = {
  readonly [K in keyof Table & keyof Ops & string]: OperationMethod<Ops[K], Table[K]>;
} & ClientControls<Ops, Table, Registry>;

/** The exchange a generated client belongs to and the spec version it was generated from. */
export interface ExchangeInfo {
  /** The exchange's folder name, e.g. `medical-settlement`. */
  readonly name: string;
  /** `info.version` of the spec the client was generated from, e.g. `0.1.0`. */
  readonly specVersion: string;
}

/** The request header that names the exchange and spec version a client was generated from. */
export const SPEC_VERSION_HEADER = 'x-spec-version';

/** Options of {@link createClient}: the client options plus the exchange's problem registry. */
export interface CreateClientOptions<Registry extends ProblemRegistry> extends ClientOptions {
  /** The exchange's generated problem registry; its `code`s become error codes. @default {} */
  readonly problems?: Registry | undefined;
  /**
   * The exchange and spec version the table was generated from; every request then carries
   * `X-Spec-Version: <name>/<specVersion>` (e.g. `medical-settlement/0.1.0`). Generated clients always set it.
   */
  readonly exchange?: ExchangeInfo | undefined;
}

const RESERVED = new Set(['withOptions', 'isError', 'then']);

/**
 * Creates a client from an operation table.
 *
 * @typeParam Ops - The openapi-typescript `operations` interface of the exchange.
 * @typeParam Table - The type of the generated table (`as const satisfies OperationTable`).
 * @typeParam Registry - The type of the generated problem registry (`as const satisfies ProblemRegistry`).
 * @example
 * ```ts
 * import { createClient } from '@zhongyuan/sdk';
 * import type { operations } from './generated/types.gen.js';
 * import { operationTable } from './generated/operations.gen.js';
 * import { problemRegistry } from './generated/problems.gen.js';
 *
 * export const createMedicalSettlementClient = (options: ClientOptions) =>
 *   createClient<operations, typeof operationTable, typeof problemRegistry>(operationTable, {
 *     ...options,
 *     problems: problemRegistry,
 *   });
 * ```
 */
export function createClient<
  Ops,
  Table extends OperationTable = OperationTable,
  Registry extends ProblemRegistry = Record<never, never>,
>(table: Table, options: CreateClientOptions<Registry>): Client<Ops, Table, Registry> {
  for (const key of Object.keys(table)) {
    if (RESERVED.has(key)) throw new TypeError(`operationId "${key}" is reserved by the client`);
  }
  const { problems = {} as Registry, exchange, ...clientOptions } = options;
  const fixedHeaders: Readonly<Record<string, string>> =
    exchange === undefined ? {} : { [SPEC_VERSION_HEADER]: `${exchange.name}/${exchange.specVersion}` };
  const plans = planTable(table);
  const build = (context: ClientContext): Client<Ops, Table, Registry> => {
    const client: Record<string, unknown> = {};
    for (const key of Object.keys(table)) client[key] = operationMethod(context, () => plans(key));
    const controls: ClientControls<Ops, Table, Registry> = {
      withOptions: (partial) => build(resolveContext(mergeOptions(context.options, partial), problems, fixedHeaders)),
      isError: (value): value is ExchangeError<ProblemCode<Registry>> => isSdkError(value),
    };
    Object.assign(client, controls);
    return Object.freeze(client) as Client<Ops, Table, Registry>;
  };
  return build(resolveContext(clientOptions, problems, fixedHeaders));
}

type Params = Readonly<Record<string, unknown>> | undefined;

function operationMethod(
  context: ClientContext,
  plan: () => OperationPlan,
): (params?: Params, options?: RequestOptions) => ApiPromise<unknown> {
  return (params, options) => {
    const p = plan();
    const first = execute(context, p, params, options);
    const pagination = p.pagination;
    if (pagination === undefined) return new ApiPromise(first);
    const reader: PageReader<unknown> = {
      items: (body) => {
        const items = isRecord(body) ? body[pagination.itemsField] : undefined;
        return Array.isArray(items) ? items : [];
      },
      nextCursor: (body) => {
        const next = isRecord(body) ? body[pagination.nextCursorField] : undefined;
        return typeof next === 'string' && next !== '' ? next : undefined;
      },
    };
    const fetchPage = (cursor: string | undefined) =>
      execute(context, p, { ...params, [pagination.cursorParam]: cursor }, options);
    return new PagePromise(first, fetchPage, reader);
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
