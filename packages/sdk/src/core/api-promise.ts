/**
 * What every method returns: a promise of the parsed body that also offers the response metadata through
 * {@link ApiPromise.withResponse}.
 *
 * @module
 */

/** Metadata of the answer that ended a call. */
export interface ResponseMeta {
  /** The operation called. */
  readonly operationId: string;
  /** HTTP status. */
  readonly status: number;
  /** Response headers. */
  readonly headers: Headers;
  /** The exchange's `X-Request-Id`, or the one the SDK sent when the exchange did not echo one. */
  readonly requestId: string;
  /** Whether the exchange replayed a stored answer for this `Idempotency-Key` (`Idempotent-Replayed: true`). */
  readonly idempotentReplayed: boolean;
  /** The `Idempotency-Key` sent, when one was. */
  readonly idempotencyKey: string | undefined;
  /** How many attempts the call took. */
  readonly attempts: number;
}

/** A parsed body with the metadata of its answer. */
export interface WithResponse<T> {
  /** The parsed (and, unless validation is off, validated) body. */
  readonly data: T;
  /** Status, headers, request id, idempotent replay flag. */
  readonly response: ResponseMeta;
}

/**
 * A promise of a call's parsed body. The call starts when the method is called.
 *
 * @example
 * ```ts
 * const settlement = await client.getSettlement({ settlementId });
 * const { data, response } = await client.settle(params).withResponse();
 * if (response.idempotentReplayed) console.log('replayed', response.requestId);
 * ```
 */
export class ApiPromise<T> implements PromiseLike<T> {
  readonly #result: Promise<WithResponse<T>>;
  #data: Promise<T> | undefined;

  /** @param result - The running call. */
  constructor(result: Promise<WithResponse<T>>) {
    this.#result = result;
  }

  /** The parsed body together with the answer's {@link ResponseMeta}. */
  withResponse(): Promise<WithResponse<T>> {
    return this.#result;
  }

  /** Resolves with the parsed body, like a `Promise<T>`. */
  then<A = T, B = never>(
    onFulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    // Straight from the call's result (one promise fewer per `await` than going through the body promise).
    return this.#result.then(
      onFulfilled === undefined || onFulfilled === null ? (r) => r.data as unknown as A : (r) => onFulfilled(r.data),
      onRejected,
    );
  }

  /** Like `Promise.prototype.catch`. */
  catch<B = never>(onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<T | B> {
    return this.#body().catch(onRejected);
  }

  /** Like `Promise.prototype.finally`. */
  finally(onFinally?: (() => void) | null): Promise<T> {
    return this.#body().finally(onFinally);
  }

  /** `'ApiPromise'`. */
  get [Symbol.toStringTag](): string {
    return 'ApiPromise';
  }

  #body(): Promise<T> {
    this.#data ??= this.#result.then((r) => r.data);
    return this.#data;
  }
}
