/**
 * `@zhongyuan/sdk`: the exchange-agnostic runtime. Each exchange's subpath (e.g.
 * `@zhongyuan/sdk/medical-settlement`) wraps {@link createClient} around its generated operation table.
 *
 * @module
 */
export { createClient, SPEC_VERSION_HEADER } from './core/client.js';
export type {
  Client,
  ClientControls,
  CreateClientOptions,
  ExchangeInfo,
  OperationMethod,
  ProblemCode,
} from './core/client.js';
export { ApiPromise } from './core/api-promise.js';
export type { ResponseMeta, WithResponse } from './core/api-promise.js';
export { PagePromise } from './core/pagination.js';
export type { Page, PageFetcher, PageReader } from './core/pagination.js';
export type {
  ClientOptions,
  DriftReport,
  FetchFunction,
  IdentifierValidator,
  LogFields,
  Logger,
  LogLevel,
  RequestOptions,
  RetryOptions,
  ValidationMode,
} from './core/client-options.js';
export type { AuthStrategy, OutgoingRequest } from './core/auth-strategy.js';
export type {
  HttpMethod,
  IdentifierFieldDescriptor,
  OperationDescriptor,
  OperationTable,
  PaginationDescriptor,
  ParameterDescriptor,
  ParameterLocation,
  ProblemRegistry,
  ProblemTypeDescriptor,
  ResponseDescriptor,
  TransitionDescriptor,
} from './core/operation.js';
export type {
  OperationArgs,
  OperationParams,
  OperationResult,
  PageItem,
  Simplify,
  SuccessStatus,
} from './core/operation-types.js';
export {
  AbortError,
  ApiError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  ForbiddenError,
  NotFoundError,
  RateLimitError,
  RequestValidationError,
  ResponseValidationError,
  SdkError,
  ServerError,
  SigningError,
  TimeoutError,
  UnauthorizedError,
  UnprocessableEntityError,
  isAbortError,
  isApiError,
  isConnectionError,
  isRateLimitError,
  isRequestValidationError,
  isResponseValidationError,
  isSdkError,
  isSigningError,
  isTimeoutError,
} from './core/errors.js';
export type {
  ApiErrorOptions,
  ExchangeError,
  ExchangeErrorCode,
  HttpErrorCode,
  ProblemDetails,
  RequestSummary,
  SdkErrorOptions,
  SigningErrorCode,
  TimeoutScope,
  TransportErrorCode,
  ValidationErrorCode,
  ValidationIssue,
} from './core/errors.js';
export type { Normalized, SameShape } from './core/type-agreement.js';
