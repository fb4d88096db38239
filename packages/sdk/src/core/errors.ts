/**
 * The error hierarchy of the SDK. Every error the SDK throws is an {@link SdkError} with a stable `code`:
 *
 * ```
 * SdkError
 * ├── ApiError (the server answered with a non-2xx status; problem+json attached)
 * │   ├── BadRequestError 400 · UnauthorizedError 401 · ForbiddenError 403 · NotFoundError 404
 * │   ├── ConflictError 409 · UnprocessableEntityError 422 · RateLimitError 429
 * │   └── ServerError 5xx
 * ├── TimeoutError · ConnectionError · AbortError        (transport)
 * ├── SigningError                                      (credentials)
 * └── ResponseValidationError · RequestValidationError  (contract)
 * ```
 *
 * Guards such as {@link isApiError} work across realms (they read a registered symbol, not the prototype chain).
 * Messages read `<status> <title>: <METHOD> <path template> — <detail>` and never contain query values,
 * personal data or credentials.
 *
 * @module
 */

// A registered symbol, so errors from another realm or another copy of the SDK are recognised.
const KINDS: unique symbol = Symbol.for('@zhongyuan/sdk/error-kinds');

/** Codes of {@link ApiError}s whose problem `type` is not in the exchange's registry. */
export type HttpErrorCode =
  | 'ERR_HTTP_400'
  | 'ERR_HTTP_401'
  | 'ERR_HTTP_403'
  | 'ERR_HTTP_404'
  | 'ERR_HTTP_409'
  | 'ERR_HTTP_422'
  | 'ERR_HTTP_429'
  | 'ERR_HTTP_5XX'
  | 'ERR_HTTP_OTHER';

/** Codes of the errors that are not HTTP answers. */
export type TransportErrorCode = 'ERR_TIMEOUT' | 'ERR_CONNECTION' | 'ERR_ABORTED';

/** Code of the error thrown when the auth strategy could not add its credentials. */
export type SigningErrorCode = 'ERR_SIGNING';

/** Codes of contract violations detected by the SDK itself. */
export type ValidationErrorCode = 'ERR_RESPONSE_VALIDATION' | 'ERR_REQUEST_VALIDATION';

/** An RFC 9457 problem details object as answered by an exchange. Extension members are kept. */
export interface ProblemDetails {
  /** Problem type URI from the exchange's registry. @default 'about:blank' */
  readonly type: string;
  /** Short human-readable summary of the problem type. */
  readonly title?: string;
  /** HTTP status, as repeated in the body. */
  readonly status?: number;
  /** Explanation specific to this occurrence (the server never echoes submitted values in it). */
  readonly detail?: string;
  /** Opaque identifier of this occurrence. */
  readonly instance?: string;
  /** Extension members, e.g. `errors: [{ pointer, code }]`. */
  readonly [extension: string]: unknown;
}

/**
 * What an error tells about the request that caused it. It holds the path template, never the filled URL,
 * and the names (never the values) of query parameters.
 */
export interface RequestSummary {
  /** The operation called. */
  readonly operationId: string;
  /** Upper-case HTTP method. */
  readonly method: string;
  /** The path template, e.g. `/settlements/{settlementId}`. */
  readonly path: string;
  /** Names of the query parameters sent. */
  readonly queryParams: readonly string[];
  /** How many attempts were made. */
  readonly attempts: number;
}

/** One finding of request or response validation: where, and which rule. Never the value. */
export interface ValidationIssue {
  /** JSON Pointer into the params object (`/body/...` for the body) or the response body. */
  readonly pointer: string;
  /** The rule that failed, e.g. `invalid_type`, `too_small`, `unrecognized_keys`, `invalid_identifier`. */
  readonly code: string;
  /** For `invalid_identifier`: the identifier kind, e.g. `citizen-id`. */
  readonly kind?: string;
}

/** Options shared by every SDK error's constructor. */
export interface SdkErrorOptions {
  /** The operation being called, when known. */
  readonly operationId?: string | undefined;
  /** The request id of the call (`X-Request-Id`), when known. */
  readonly requestId?: string | undefined;
  /** The underlying error. */
  readonly cause?: unknown;
}

/**
 * Base class of everything the SDK throws.
 *
 * @example
 * ```ts
 * try { await client.getSettlement({ settlementId }); }
 * catch (error) { if (isSdkError(error)) console.log(error.code, error.requestId); }
 * ```
 */
export class SdkError extends Error {
  /** Stable machine-readable code, e.g. `ERR_TIMEOUT`, `ERR_HTTP_409` or a registry code. */
  readonly code: string;
  /** The operation being called, when known. */
  readonly operationId: string | undefined;
  /** The request id of the call, when known. */
  readonly requestId: string | undefined;

  /** @param message - Already redacted message. @param code - Stable code. */
  constructor(message: string, code: string, options: SdkErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.operationId = options.operationId;
    this.requestId = options.requestId;
  }

  static {
    brand(this, 'SdkError');
  }
}

/** Options of {@link ApiError}'s constructor. */
export interface ApiErrorOptions<Code extends string> extends SdkErrorOptions {
  readonly code: Code;
  readonly status: number;
  readonly problem: ProblemDetails | undefined;
  readonly request: RequestSummary;
  readonly headers: Headers;
}

/**
 * The exchange answered with a non-2xx status. `code` is the registry code of the problem `type` when the
 * exchange declares it (e.g. `SETTLEMENT_ALREADY_REVERSED`), otherwise an {@link HttpErrorCode}.
 *
 * @typeParam Code - The codes this error may carry; per-exchange clients narrow it to a literal union.
 */
export class ApiError<Code extends string = string> extends SdkError {
  declare readonly code: Code;
  /** HTTP status. */
  readonly status: number;
  /** The parsed problem+json body, when the answer had one. */
  readonly problem: ProblemDetails | undefined;
  /** The problem `type` URI, when the answer had one. */
  readonly problemType: string | undefined;
  /** What was requested, without values. */
  readonly request: RequestSummary;
  /** Response headers. */
  readonly headers: Headers;

  /** Usually constructed by the SDK; see {@link ApiErrorOptions}. */
  constructor(message: string, options: ApiErrorOptions<Code>) {
    super(message, options.code, options);
    this.status = options.status;
    this.problem = options.problem;
    this.problemType = options.problem?.type;
    this.request = options.request;
    this.headers = options.headers;
  }

  static {
    brand(this, 'ApiError');
  }
}

/** 400: the exchange refused the request as malformed. */
export class BadRequestError<Code extends string = string> extends ApiError<Code> {
  static {
    brand(this, 'BadRequestError');
  }
}
/** 401: missing, expired or invalid token. */
export class UnauthorizedError<Code extends string = string> extends ApiError<Code> {
  static {
    brand(this, 'UnauthorizedError');
  }
}
/** 403: authenticated but not allowed. */
export class ForbiddenError<Code extends string = string> extends ApiError<Code> {
  static {
    brand(this, 'ForbiddenError');
  }
}
/** 404: no such resource (also answered for another city's record). */
export class NotFoundError<Code extends string = string> extends ApiError<Code> {
  static {
    brand(this, 'NotFoundError');
  }
}
/** 409: illegal state transition, duplicate business reference, or request still in progress. */
export class ConflictError<Code extends string = string> extends ApiError<Code> {
  static {
    brand(this, 'ConflictError');
  }
}
/** 422: semantically invalid input (e.g. the same idempotency key with a different body). */
export class UnprocessableEntityError<Code extends string = string> extends ApiError<Code> {
  static {
    brand(this, 'UnprocessableEntityError');
  }
}
/** 429: too many requests; `retryAfterMs` says how long the exchange asked to wait. */
export class RateLimitError<Code extends string = string> extends ApiError<Code> {
  /** The `Retry-After` the exchange sent, in milliseconds, when it sent one. */
  get retryAfterMs(): number | undefined {
    const value = this.headers.get('retry-after');
    if (value === null) return undefined;
    const seconds = Number(value);
    if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
  }

  static {
    brand(this, 'RateLimitError');
  }
}
/** 5xx: the exchange failed. */
export class ServerError<Code extends string = string> extends ApiError<Code> {
  static {
    brand(this, 'ServerError');
  }
}

/** Which deadline expired. */
export type TimeoutScope = 'call' | 'attempt';

/** A deadline expired: the whole call's (`timeout`) or one attempt's (`attemptTimeout`). */
export class TimeoutError extends SdkError {
  declare readonly code: 'ERR_TIMEOUT';
  /** Which deadline expired. */
  readonly scope: TimeoutScope;
  /** The deadline in milliseconds. */
  readonly timeoutMs: number;

  /** Usually constructed by the SDK. */
  constructor(message: string, scope: TimeoutScope, timeoutMs: number, options: SdkErrorOptions = {}) {
    super(message, 'ERR_TIMEOUT', options);
    this.scope = scope;
    this.timeoutMs = timeoutMs;
  }

  static {
    brand(this, 'TimeoutError');
  }
}

/** The network failed before an answer arrived (DNS, refused, reset, TLS …). */
export class ConnectionError extends SdkError {
  declare readonly code: 'ERR_CONNECTION';

  /** Usually constructed by the SDK. */
  constructor(message: string, options: SdkErrorOptions = {}) {
    super(message, 'ERR_CONNECTION', options);
  }

  static {
    brand(this, 'ConnectionError');
  }
}

/** The caller's `AbortSignal` fired; `cause` is the signal's reason. */
export class AbortError extends SdkError {
  declare readonly code: 'ERR_ABORTED';

  /** Usually constructed by the SDK. */
  constructor(message: string, options: SdkErrorOptions = {}) {
    super(message, 'ERR_ABORTED', options);
  }

  static {
    brand(this, 'AbortError');
  }
}

/**
 * The auth strategy (`AuthStrategy`) failed to sign an attempt (its signer rejected, e.g. a key store refused or a
 * hardware module was unavailable); nothing was sent for that attempt. `cause` is the strategy's error. A signer
 * that does not answer is bounded by the deadlines instead, and ends in a {@link TimeoutError}.
 */
export class SigningError extends SdkError {
  declare readonly code: 'ERR_SIGNING';

  /** Usually constructed by the SDK. */
  constructor(message: string, options: SdkErrorOptions = {}) {
    super(message, 'ERR_SIGNING', options);
  }

  static {
    brand(this, 'SigningError');
  }
}

/** A 2xx answer did not match the spec (strict mode), or was not JSON at all (any mode). */
export class ResponseValidationError extends SdkError {
  declare readonly code: 'ERR_RESPONSE_VALIDATION';
  /** HTTP status of the answer. */
  readonly status: number;
  /** Where the body deviates from the schema; no values. */
  readonly issues: readonly ValidationIssue[];

  /** Usually constructed by the SDK. */
  constructor(message: string, status: number, issues: readonly ValidationIssue[], options: SdkErrorOptions = {}) {
    super(message, 'ERR_RESPONSE_VALIDATION', options);
    this.status = status;
    this.issues = issues;
  }

  static {
    brand(this, 'ResponseValidationError');
  }
}

/** The request was refused before it left the SDK; nothing was sent. */
export class RequestValidationError extends SdkError {
  declare readonly code: 'ERR_REQUEST_VALIDATION';
  /** What is wrong, as JSON Pointers into the params object and rule codes; no values. */
  readonly issues: readonly ValidationIssue[];

  /** Usually constructed by the SDK. */
  constructor(message: string, issues: readonly ValidationIssue[], options: SdkErrorOptions = {}) {
    super(message, 'ERR_REQUEST_VALIDATION', options);
    this.issues = issues;
  }

  static {
    brand(this, 'RequestValidationError');
  }
}

/**
 * Everything a call of a client for an exchange with problem codes `ProblemCode` may throw, as a union
 * discriminated by `code`, so that `switch (error.code)` narrows and can be checked for exhaustiveness.
 *
 * @example
 * ```ts
 * function describe(error: ExchangeError<'SETTLEMENT_ALREADY_REVERSED'>): string {
 *   switch (error.code) {
 *     case 'SETTLEMENT_ALREADY_REVERSED': return 'already reversed';
 *     case 'ERR_TIMEOUT': return `timed out (${error.scope})`;
 *     default: return error.message;
 *   }
 * }
 * ```
 */
export type ExchangeError<ProblemCode extends string = never> =
  | ApiError<HttpErrorCode | ProblemCode>
  | TimeoutError
  | ConnectionError
  | AbortError
  | SigningError
  | ResponseValidationError
  | RequestValidationError;

/** Every `code` an {@link ExchangeError} may carry. */
export type ExchangeErrorCode<ProblemCode extends string = never> = ExchangeError<ProblemCode>['code'];

function brand(target: abstract new (...args: never[]) => unknown, kind: string): void {
  const parent = Object.getPrototypeOf(target.prototype) as { [KINDS]?: readonly string[] } | null;
  Object.defineProperty(target.prototype, KINDS, {
    value: Object.freeze([...(parent?.[KINDS] ?? []), kind]),
    enumerable: false,
  });
  Object.defineProperty(target.prototype, 'name', { value: kind, enumerable: false, writable: true });
}

function hasKind(value: unknown, kind: string): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const kinds = (value as { [KINDS]?: unknown })[KINDS];
  return Array.isArray(kinds) && kinds.includes(kind);
}

/** Whether `value` is any SDK error, from this realm or another. @example `if (isSdkError(e)) log(e.code)` */
export function isSdkError(value: unknown): value is SdkError {
  return hasKind(value, 'SdkError');
}
/** Whether `value` is an {@link ApiError} (any non-2xx answer). */
export function isApiError(value: unknown): value is ApiError {
  return hasKind(value, 'ApiError');
}
/** Whether `value` is a {@link RateLimitError}. */
export function isRateLimitError(value: unknown): value is RateLimitError {
  return hasKind(value, 'RateLimitError');
}
/** Whether `value` is a {@link TimeoutError}. */
export function isTimeoutError(value: unknown): value is TimeoutError {
  return hasKind(value, 'TimeoutError');
}
/** Whether `value` is a {@link ConnectionError}. */
export function isConnectionError(value: unknown): value is ConnectionError {
  return hasKind(value, 'ConnectionError');
}
/** Whether `value` is an {@link AbortError}. */
export function isAbortError(value: unknown): value is AbortError {
  return hasKind(value, 'AbortError');
}
/** Whether `value` is a {@link SigningError}. */
export function isSigningError(value: unknown): value is SigningError {
  return hasKind(value, 'SigningError');
}
/** Whether `value` is a {@link ResponseValidationError}. */
export function isResponseValidationError(value: unknown): value is ResponseValidationError {
  return hasKind(value, 'ResponseValidationError');
}
/** Whether `value` is a {@link RequestValidationError}. */
export function isRequestValidationError(value: unknown): value is RequestValidationError {
  return hasKind(value, 'RequestValidationError');
}
