/**
 * What a handler returns: built only through the context's `ok`/`problem` helpers, so every answer is one the
 * core can validate against the spec before it leaves.
 */

const RESULT = Symbol('zhongyuan.mock.result');

/** An answer produced by a handler. */
export interface HandlerResult {
  readonly [RESULT]: true;
  /** HTTP status. */
  readonly status: number;
  /** JSON body (`undefined` for none). */
  readonly body: unknown;
  /** Extra response headers. */
  readonly headers: Readonly<Record<string, string>>;
  /** Whether the body is a problem+json document. */
  readonly problem: boolean;
}

/** Build a {@link HandlerResult}. */
export function handlerResult(
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>>,
  problem: boolean,
): HandlerResult {
  return { [RESULT]: true, status, body, headers, problem };
}

/** Whether `value` was built by {@link handlerResult}. */
export function isHandlerResult(value: unknown): value is HandlerResult {
  return typeof value === 'object' && value !== null && RESULT in value;
}
