/**
 * Type-level mapping from openapi-typescript's `operations` interface to method signatures: the params object
 * (path, query and header parameters flattened, plus `body`), and the result type of the success answer.
 *
 * @module
 */
import type { PaginationDescriptor } from './operation.js';

type IsNever<T> = [T] extends [never] ? true : false;

/** Flattens an intersection into one object type, for readable hovers. */
export type Simplify<T> = { [K in keyof T]: T[K] } & {};

type Group<Params, Where extends 'path' | 'query' | 'header'> = Params extends { readonly [W in Where]?: infer G }
  ? IsNever<NonNullable<G>> extends true
    ? unknown
    : NonNullable<G>
  : unknown;

type OpParameters<Op> = Op extends { readonly parameters: infer P } ? P : unknown;

// Header parameters the table declares. openapi-typescript lists every header of the spec, including protocol
// headers the runtime or the AuthStrategy sets (`Content-Digest`, `Idempotency-Key`, `X-Request-Id`,
// `traceparent`); the generated table leaves those out, and the method's params follow the table.
type DeclaredHeaders<Descriptor> = Descriptor extends { readonly parameters: readonly (infer P)[] }
  ? P extends { readonly in: 'header'; readonly name: infer N extends string }
    ? N
    : never
  : string;

type HeaderGroup<Params, Descriptor> = Group<Params, 'header'> extends infer G
  ? unknown extends G
    ? unknown
    : Pick<G, Extract<keyof G, DeclaredHeaders<Descriptor>>>
  : never;

type JsonContent<C> = C extends { readonly 'application/json': infer B } ? B : never;

// An NDJSON body (`x-stream: ndjson`): the spec's schema is one line's; the caller passes rows, and a streamed
// answer resolves to the rows, read as they arrive.
type RequestContent<C> = C extends { readonly 'application/x-ndjson': infer Row } ? Iterable<Row> | AsyncIterable<Row> : JsonContent<C>;
type ResponseContent<C> = C extends { readonly 'application/x-ndjson': infer Row } ? AsyncIterable<Row> : JsonContent<C>;

type BodyPart<Op> = Op extends { readonly requestBody?: infer RB }
  ? IsNever<NonNullable<RB>> extends true
    ? unknown
    : Op extends { readonly requestBody: { readonly content: infer C } }
      ? { body: RequestContent<C> }
      : { body?: RequestContent<NonNullable<RB> extends { readonly content: infer C } ? C : never> }
  : unknown;

/**
 * The params object of an operation: its path, query and header parameters side by side, plus `body` when the
 * operation takes one. With a `Descriptor` (the table entry's type), header parameters are limited to those the
 * table declares.
 *
 * @example
 * ```ts
 * type P = OperationParams<operations['getSettlement']>; // { settlementId: string; include?: string }
 * ```
 */
export type OperationParams<Op, Descriptor = unknown> = Simplify<
  Group<OpParameters<Op>, 'path'> &
    Group<OpParameters<Op>, 'query'> &
    HeaderGroup<OpParameters<Op>, Descriptor> &
    BodyPart<Op>
>;

/** HTTP statuses treated as success answers. */
export type SuccessStatus = 200 | 201 | 202 | 203 | 204 | 206;

type ResponseBody<R> = R extends { readonly content: infer C } ? (IsNever<ResponseContent<C>> extends true ? void : ResponseContent<C>) : void;

type Responses<Op> = Op extends { readonly responses: infer R } ? R : never;

/**
 * What a successful call resolves to: the JSON body of the declared 2xx answer(s); `void` for 204; `unknown`
 * when the spec declares no 2xx answer.
 *
 * @example
 * ```ts
 * type R = OperationResult<operations['getSettlement']>; // components['schemas']['Settlement']
 * ```
 */
export type OperationResult<Op> = SuccessBodies<Op> extends infer R ? ([R] extends [never] ? unknown : R) : never;

type SuccessBodies<Op> = {
  [S in keyof Responses<Op> & SuccessStatus]: ResponseBody<Responses<Op>[S]>;
}[keyof Responses<Op> & SuccessStatus];

/** The arguments of an operation's method: params (optional when nothing is required) and request options. */
export type OperationArgs<Op, Descriptor, Options> = Record<never, never> extends OperationParams<Op, Descriptor>
  ? [params?: OperationParams<Op, Descriptor>, options?: Options]
  : [params: OperationParams<Op, Descriptor>, options?: Options];

/** The item type of a paginated operation: an element of the result's `itemsField` array. */
export type PageItem<Result, Pagination> = Pagination extends { readonly itemsField: infer F extends string }
  ? Result extends { readonly [K in F]?: infer Items }
    ? NonNullable<Items> extends readonly (infer Item)[]
      ? Item
      : unknown
    : unknown
  : unknown;

/** Whether a descriptor type declares pagination. */
export type IsPaginated<Descriptor> = Descriptor extends { readonly pagination: PaginationDescriptor } ? true : false;
