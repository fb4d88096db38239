// The one place where an HTTP status becomes an error class and a problem `type` becomes a code.
import {
  ApiError,
  BadRequestError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  RateLimitError,
  ServerError,
  UnauthorizedError,
  UnprocessableEntityError,
  type ApiErrorOptions,
  type HttpErrorCode,
  type ProblemDetails,
  type RequestSummary,
} from '../core/errors.js';
import type { ProblemRegistry } from '../core/operation.js';
import { redactText } from './redact.js';

const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

type ApiErrorClass = new (message: string, options: ApiErrorOptions<string>) => ApiError<string>;

function classify(status: number): { readonly Class: ApiErrorClass; readonly code: HttpErrorCode } {
  switch (status) {
    case 400:
      return { Class: BadRequestError, code: 'ERR_HTTP_400' };
    case 401:
      return { Class: UnauthorizedError, code: 'ERR_HTTP_401' };
    case 403:
      return { Class: ForbiddenError, code: 'ERR_HTTP_403' };
    case 404:
      return { Class: NotFoundError, code: 'ERR_HTTP_404' };
    case 409:
      return { Class: ConflictError, code: 'ERR_HTTP_409' };
    case 422:
      return { Class: UnprocessableEntityError, code: 'ERR_HTTP_422' };
    case 429:
      return { Class: RateLimitError, code: 'ERR_HTTP_429' };
    default:
      return status >= 500 && status <= 599
        ? { Class: ServerError, code: 'ERR_HTTP_5XX' }
        : { Class: ApiError, code: 'ERR_HTTP_OTHER' };
  }
}

/** Parses a problem+json (or any JSON object) error body; anything else yields `undefined`. */
export function parseProblem(text: string, contentType: string | null): ProblemDetails | undefined {
  if (text === '' || contentType === null || !/json/i.test(contentType)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  return { ...record, type: typeof record['type'] === 'string' ? record['type'] : 'about:blank' } as ProblemDetails;
}

/** Everything needed to build the error of one non-2xx answer. */
export interface ErrorContext {
  readonly status: number;
  readonly headers: Headers;
  readonly problem: ProblemDetails | undefined;
  readonly request: RequestSummary;
  readonly requestId: string;
  readonly problems: ProblemRegistry;
}

/** Builds the {@link ApiError} subclass for a non-2xx answer. */
export function createApiError(context: ErrorContext): ApiError<string> {
  const { status, problem, request } = context;
  const { Class, code } = classify(status);
  const registered = problem === undefined ? undefined : context.problems[problem.type];
  const title = stringOr(problem?.title, registered?.title ?? STATUS_TEXT[status] ?? 'HTTP error');
  const detail = typeof problem?.detail === 'string' ? ` — ${problem.detail}` : '';
  const message = redactText(`${status} ${title}: ${request.method} ${request.path}${detail}`);
  return new Class(message, {
    code: registered?.code ?? code,
    status,
    problem,
    request,
    headers: context.headers,
    operationId: request.operationId,
    requestId: context.requestId,
  });
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' && value !== '' ? value : fallback;
}
