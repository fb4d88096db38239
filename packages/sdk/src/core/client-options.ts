/**
 * Options of a client and of a single call. They flow one way: {@link ClientOptions} at creation →
 * `client.withOptions(partial)` → {@link RequestOptions} as the last argument of every method.
 * The SDK never reads environment variables; pass everything here.
 *
 * @module
 */
import type { AuthStrategy } from './auth-strategy.js';

/**
 * How 2xx bodies are checked against the spec's schemas. Requests are always validated, whatever the mode.
 *
 * - `strict`: any mismatch throws a `ResponseValidationError` (use in tests and contract runs).
 * - `warn`: unknown properties and unknown enum values are accepted and reported to `onDrift`; anything else
 *   (a missing required field, a wrong type) still throws.
 * - `off`: the parsed JSON is returned as it is.
 *
 * Schemas are checked through zod's compiled parser (`z.compile`): a valid value by one generated function,
 * anything else by zod's runtime parser, so results and issues are the same as without it. The compiled check is
 * built with `new Function`; where a Content-Security-Policy forbids that, call `z.config({ jitless: true })` from
 * `zod` before creating clients and the schemas are used as they are.
 */
export type ValidationMode = 'strict' | 'warn' | 'off';

/** Log levels, from the most to the least verbose. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** Structured fields of a log entry; already redacted when the logger sees them. */
export type LogFields = Readonly<Record<string, unknown>>;

/**
 * Receives the SDK's log entries. Every method is optional; `console` fits. Every message and field has been
 * through the SDK's one redaction function: no tokens, no `Authorization`/`Cookie`, no `x-pii` values, citizen-ID
 * shaped strings cut to region prefix and last four, control characters escaped.
 *
 * @example
 * ```ts
 * createClient(table, { baseUrl, problems, logger: { warn: (msg, fields) => myLog.warn({ msg, ...fields }) } });
 * ```
 */
export interface Logger {
  /** One line per attempt and per answer. */
  debug?(message: string, fields: LogFields): void;
  /** Retries. */
  info?(message: string, fields: LogFields): void;
  /** Drift in `warn` mode (when no `onDrift` is given). */
  warn?(message: string, fields: LogFields): void;
  /** Calls that end in an error. */
  error?(message: string, fields: LogFields): void;
}

/**
 * A difference between an answer and the spec, reported in `warn` mode. `actual` describes the value (its type,
 * or the enum value for non-personal fields); it never holds the value of an `x-pii` field.
 */
export interface DriftReport {
  /** The operation whose answer drifted. */
  readonly operationId: string;
  /** HTTP status of the answer. */
  readonly status: number;
  /** JSON Pointer into the response body. */
  readonly pointer: string;
  /** What the spec expects, e.g. `one of "open"|"closed"` or `no such property`. */
  readonly expected: string;
  /** What arrived, e.g. `"suspended"` or `string` (for personal data and unknown properties). */
  readonly actual: string;
}

/** A `fetch`-compatible function. `globalThis.fetch` and the mock server's `mock.fetch` fit. */
export type FetchFunction = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

/**
 * Checks a domain identifier, e.g. `(kind, value) => kind === 'citizen-id' ? isCitizenId(value) : true`.
 * Return `false` to refuse the request before it is sent. Kinds come from the operation table's
 * `identifiers` (`x-identifier` kinds such as `citizen-id`, `uscc`, `region-code`).
 */
export type IdentifierValidator = (kind: string, value: string) => boolean;

/** When and how often a failed attempt is repeated. */
export interface RetryOptions {
  /**
   * Retries after the first attempt (so at most `limit + 1` attempts). Only safe methods and operations with
   * `idempotency: 'required'` are retried.
   * @default 2
   */
  readonly limit?: number | undefined;
  /** First back-off delay in ms; doubled on each retry. @default 500 */
  readonly baseDelay?: number | undefined;
  /** Largest back-off delay in ms. @default 8000 */
  readonly maxDelay?: number | undefined;
  /**
   * Share of each back-off delay that is randomised, from 0 (none) to 1 (full jitter).
   * @default 0.5
   */
  readonly jitter?: number | undefined;
  /**
   * Largest `Retry-After` honoured, in ms; a longer one is cut to this. The sleep is abortable and never
   * outlives the call's `timeout`.
   * @default 30000
   */
  readonly maxRetryAfter?: number | undefined;
}

/**
 * Options of a client. Only `baseUrl` is required.
 *
 * @example
 * ```ts
 * const client = createMedicalSettlementClient({
 *   baseUrl: 'https://exchange.example.gov.cn/medical-settlement/v1',
 *   auth: signingStrategy,
 *   validate: 'warn',
 *   onDrift: (drift) => metrics.count('drift', drift),
 * });
 * ```
 */
export interface ClientOptions {
  /** The exchange's base URL; operation paths are appended to it. */
  readonly baseUrl: string;
  /** Adds credentials to every attempt (re-signed on each retry). @default undefined (no credentials) */
  readonly auth?: AuthStrategy | undefined;
  /** The `fetch` used for every attempt; inject `mock.fetch` to talk to the in-process mock. @default globalThis.fetch */
  readonly fetch?: FetchFunction | undefined;
  /** Total deadline of one call in ms: all attempts, back-off sleeps and reading the body. @default 60000 */
  readonly timeout?: number | undefined;
  /** Deadline of one attempt in ms, including reading its body; an expired attempt may be retried. @default 20000 */
  readonly attemptTimeout?: number | undefined;
  /** Retry policy. @default { limit: 2, baseDelay: 500, maxDelay: 8000, jitter: 0.5, maxRetryAfter: 30000 } */
  readonly retry?: RetryOptions | undefined;
  /** Headers added to every request (after the SDK's defaults, before per-call headers). @default {} */
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /** Response validation mode; requests are always validated. @default 'warn' */
  readonly validate?: ValidationMode | undefined;
  /** Receives redacted log entries. @default undefined (silent) */
  readonly logger?: Logger | undefined;
  /** Receives drift found in `warn` mode. @default undefined (drift goes to `logger.warn`) */
  readonly onDrift?: ((drift: DriftReport) => void) | undefined;
  /** The `User-Agent` header. @default 'zhongyuan-sdk' */
  readonly userAgent?: string | undefined;
  /** Checks identifiers named by the table's `identifiers` before a request is sent. @default undefined */
  readonly identifierValidator?: IdentifierValidator | undefined;
}

/**
 * Options of one call, passed as the last argument of every method.
 *
 * @example
 * ```ts
 * await client.settle(params, { signal: controller.signal, timeout: 5000, idempotencyKey: storedKey });
 * ```
 */
export interface RequestOptions {
  /** Cancels the call, including a back-off or `Retry-After` sleep. @default undefined */
  readonly signal?: AbortSignal | undefined;
  /** Total deadline of this call in ms. @default the client's `timeout` */
  readonly timeout?: number | undefined;
  /** Deadline of each attempt of this call in ms. @default the client's `attemptTimeout` */
  readonly attemptTimeout?: number | undefined;
  /**
   * `Idempotency-Key` to send (e.g. one stored before a crash, to resume safely).
   * @default a fresh random UUID per call for operations with `idempotency: 'required'`
   */
  readonly idempotencyKey?: string | undefined;
  /** Extra headers for this call. @default {} */
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /** A W3C `traceparent` to continue; each attempt becomes a new span of its trace. @default a new trace */
  readonly traceparent?: string | undefined;
  /** The `X-Request-Id` to send. @default a fresh random UUID per call */
  readonly requestId?: string | undefined;
  /** Retry policy for this call, merged over the client's. @default the client's `retry` */
  readonly retry?: RetryOptions | undefined;
  /** Response validation mode for this call. @default the client's `validate` */
  readonly validate?: ValidationMode | undefined;
}
