// One logical call: validate, serialise once, then attempts (each re-signed) under a total deadline, with
// back-off or Retry-After sleeps between them, ending in parsed data or one typed error.
import type { WithResponse } from '../core/api-promise.js';
import type { RequestOptions } from '../core/client-options.js';
import {
  AbortError,
  ConnectionError,
  RequestValidationError,
  ResponseValidationError,
  SdkError,
  SigningError,
  TimeoutError,
  type RequestSummary,
  type ValidationIssue,
} from '../core/errors.js';
import { Aborted, DEADLINE, readBody, sleep, within } from './abort.js';
import { buildTarget } from './build-request.js';
import { toPointer } from './json-pointer.js';
import { positive, type ClientContext } from './client-context.js';
import { createApiError, parseProblem } from './map-error.js';
import { HEADERS_TIMEOUT } from './transport.js';
import type { OperationPlan } from './operation-plan.js';
import { ndjsonRows, prepareNdjson, type RowSource, type StreamedBody } from './ndjson.js';
import { randomUuid } from './random.js';
import { backoffDelay, isRetryableStatus, parseRetryAfter, resolveRetry } from './retry-policy.js';
import { startTrace } from './trace-context.js';
import { checkRequest } from './validate-request.js';
import { checkResponse } from './validate-response.js';

// Why an attempt ended early, so that it can be told apart from a network failure.
const CALL_TIMEOUT = Object.freeze({ reason: 'call-timeout' });
const ATTEMPT_TIMEOUT = Object.freeze({ reason: 'attempt-timeout' });
class CallerAbort {
  constructor(readonly cause: unknown) {}
}

const encoder = new TextEncoder();

type AttemptOutcome =
  | { readonly kind: 'answer'; readonly response: Response; readonly text: string }
  | { readonly kind: 'failure'; readonly error: SdkError; readonly retryable: boolean };

interface CallState {
  readonly ctx: ClientContext;
  readonly plan: OperationPlan;
  readonly url: string;
  readonly body: Uint8Array | undefined;
  /** An NDJSON body sent as a stream (then `body` is undefined). */
  readonly streamed: StreamedBody | undefined;
  readonly requestId: string;
  readonly idempotencyKey: string | undefined;
  /** Headers shared by every attempt; each attempt copies them and adds its span (and credentials). */
  readonly headers: Readonly<Record<string, string>>;
  readonly nextSpan: () => string;
  readonly attemptTimeout: number;
  readonly callTimeout: number;
  readonly deadline: number;
  readonly signal: AbortSignal | undefined;
  summary: RequestSummary;
}

/** Runs one logical call of `plan` with the caller's params and options. */
export async function execute(
  ctx: ClientContext,
  plan: OperationPlan,
  input: Readonly<Record<string, unknown>> | undefined,
  options: RequestOptions | undefined,
): Promise<WithResponse<unknown>> {
  const requestId = options?.requestId ?? randomUuid();
  const checked = checkRequest(plan, input, ctx.identifierValidator);
  if (!checked.ok) throw requestInvalid(plan, checked.issues, requestId);

  const target = buildTarget(ctx.baseUrl, plan, checked.params);
  // Serialise once: every attempt signs and sends exactly these bytes.
  let body: Uint8Array | undefined;
  let streamed: StreamedBody | undefined;
  if (plan.hasBody && checked.body !== undefined) {
    if (plan.streamedBody) {
      // NDJSON rows: validated and digested first; sent as a stream of exactly those bytes (see ndjson.ts).
      const prepared = await prepareNdjson(checked.body as RowSource, plan.bodySchema);
      if (!prepared.ok) throw requestInvalid(plan, prepared.issues, requestId);
      body = prepared.bytes;
      streamed = prepared.streamed;
    } else body = encoder.encode(JSON.stringify(checked.body));
  }
  const retry = resolveRetry(ctx.retry, options?.retry);
  const maxAttempts = plan.retryable ? retry.limit + 1 : 1;
  const callTimeout = positive(options?.timeout, ctx.timeout);
  const validate = options?.validate ?? ctx.validate;

  const idempotencyKey = options?.idempotencyKey ?? (plan.idempotent ? randomUuid() : undefined);
  const headers = callHeaders(ctx, plan, checked.params, options, requestId, idempotencyKey, body ?? streamed);
  if (headers instanceof RequestValidationError) throw headers;

  const signal = options?.signal;
  if (signal?.aborted === true) throw toError(new CallerAbort(signal.reason), plan, requestId, callTimeout);

  const state: CallState = {
    ctx,
    plan,
    url: target.url,
    body,
    streamed,
    requestId,
    idempotencyKey,
    headers,
    nextSpan: startTrace(options?.traceparent).nextSpan,
    attemptTimeout: positive(options?.attemptTimeout, ctx.attemptTimeout),
    callTimeout,
    deadline: Date.now() + callTimeout,
    signal,
    summary: { operationId: plan.operationId, method: plan.method, path: plan.path, queryParams: target.queryNames, attempts: 0 },
  };

  let attempt = 0;
  try {
    for (;;) {
      attempt += 1;
      const { operationId, method, path, queryParams } = state.summary;
      state.summary = { operationId, method, path, queryParams, attempts: attempt };
      const outcome = await attemptOnce(state, attempt);
      let error: SdkError;
      let retryable: boolean;
      let retryAfter: number | undefined;
      if (outcome.kind === 'answer') {
        const { response, text } = outcome;
        if (response.ok) return finish(state, response, text, attempt, validate);
        const problem = parseProblem(text, response.headers.get('content-type'));
        error = createApiError({
          status: response.status,
          headers: response.headers,
          problem,
          request: state.summary,
          requestId: response.headers.get('x-request-id') ?? requestId,
          problems: ctx.problems,
        });
        retryable = isRetryableStatus(response.status, problem?.type);
        retryAfter = parseRetryAfter(response.headers.get('retry-after'), Date.now());
      } else {
        error = outcome.error;
        retryable = outcome.retryable;
      }
      if (!retryable || attempt >= maxAttempts) throw error;
      const delay =
        retryAfter === undefined ? backoffDelay(attempt, retry) : Math.min(retryAfter, retry.maxRetryAfter);
      // A sleep that would outlive the call's deadline cannot lead to a useful attempt: give up now. So the
      // sleep itself can only be cut short by the caller's signal.
      if (Date.now() + delay >= state.deadline) throw error;
      ctx.log?.('info', 'retrying', { ...logBase(state), attempt, delayMs: Math.round(delay), after: error.code }, []);
      try {
        await sleep(delay, signal);
      } catch (reason) {
        throw toError(new CallerAbort(reason), plan, requestId, callTimeout);
      }
    }
  } catch (error) {
    ctx.log?.('error', 'call failed', { ...logBase(state), attempts: attempt, error }, []);
    throw error;
  }
}

// Each attempt has one budget: the attempt deadline or what is left of the call's, whichever is shorter. ky enforces
// it up to the response headers, `readBody` for the body; the caller's signal is watched by both.
async function attemptOnce(state: CallState, attempt: number): Promise<AttemptOutcome> {
  const { ctx, plan, signal } = state;
  const started = Date.now();
  const remaining = state.deadline - started;
  if (remaining <= 0) throw toError(CALL_TIMEOUT, plan, state.requestId, state.callTimeout);
  const callBound = remaining <= state.attemptTimeout;
  const expiresAt = started + (callBound ? remaining : state.attemptTimeout);
  const expired = callBound ? CALL_TIMEOUT : ATTEMPT_TIMEOUT;

  let headers: Headers | Record<string, string>;
  if (ctx.auth === undefined) {
    headers = copyHeaders(state.headers);
    headers['traceparent'] = state.nextSpan();
  } else {
    const signed = new Headers(state.headers);
    signed.set('traceparent', state.nextSpan());
    headers = signed;
    // A fresh signature for every attempt, over the same bytes. A signer that does not answer (a remote key store,
    // a hardware module) is bounded by the attempt's budget and the caller's signal like the request itself.
    try {
      await within(
        Promise.resolve().then(() =>
          ctx.auth?.apply({
            method: plan.method,
            url: new URL(state.url),
            headers: signed,
            body: state.body,
            ...(state.streamed !== undefined ? { contentDigest: state.streamed.contentDigest } : {}),
            operationId: plan.operationId,
            attempt,
          }),
        ),
        expiresAt - Date.now(),
        signal,
      );
    } catch (cause) {
      if (cause === DEADLINE) return failure(expired, cause, state);
      if (cause instanceof Aborted) return failure(new CallerAbort(cause.cause), cause, state);
      throw new SigningError(`Could not sign the request: ${plan.method} ${plan.path}`, {
        operationId: plan.operationId,
        requestId: state.requestId,
        cause,
      });
    }
  }
  ctx.log?.('debug', 'request', { ...logBase(state), attempt, headers, body: plan.streamedBody ? '[ndjson]' : bodyForLog(state.body) }, plan.logPii);
  let response: Response;
  try {
    if (signal?.aborted === true) throw signal.reason;
    if (Date.now() >= expiresAt) throw HEADERS_TIMEOUT;
    response = await ctx.transport({
      method: plan.method,
      url: state.url,
      headers,
      body: state.streamed?.open() ?? state.body,
      timeout: expiresAt - Date.now(),
      signal,
    });
  } catch (cause) {
    const reason = cause === HEADERS_TIMEOUT ? expired : signal?.aborted === true ? new CallerAbort(signal.reason) : undefined;
    return failure(reason, cause, state);
  }
  // A streamed success answer is read by the caller, row by row, after the call resolves.
  if (response.ok && plan.streamedStatuses.has(response.status)) return { kind: 'answer', response, text: '' };
  let text: string;
  try {
    text = await readBody(response, expiresAt - Date.now(), signal);
  } catch (cause) {
    const reason = cause === DEADLINE ? expired : cause instanceof Aborted ? new CallerAbort(cause.cause) : undefined;
    return failure(reason, cause, state);
  }
  ctx.log?.('debug', 'response', { ...logBase(state), attempt, status: response.status }, plan.logPii);
  return { kind: 'answer', response, text };
}

function failure(reason: unknown, cause: unknown, state: CallState): AttemptOutcome {
  if (reason === ATTEMPT_TIMEOUT) {
    const error = new TimeoutError(
      `Attempt timed out after ${state.attemptTimeout} ms: ${state.plan.method} ${state.plan.path}`,
      'attempt',
      state.attemptTimeout,
      { operationId: state.plan.operationId, requestId: state.requestId },
    );
    return { kind: 'failure', error, retryable: true };
  }
  if (reason !== undefined) throw toError(reason, state.plan, state.requestId, state.callTimeout);
  const error = new ConnectionError(`Connection failed: ${state.plan.method} ${state.plan.path}`, {
    operationId: state.plan.operationId,
    requestId: state.requestId,
    cause,
  });
  return { kind: 'failure', error, retryable: true };
}

function toError(reason: unknown, plan: OperationPlan, requestId: string, timeoutMs: number): SdkError {
  const where = `${plan.method} ${plan.path}`;
  const options = { operationId: plan.operationId, requestId };
  if (reason instanceof CallerAbort) return new AbortError(`Aborted: ${where}`, { ...options, cause: reason.cause });
  if (reason === CALL_TIMEOUT) {
    return new TimeoutError(`Call timed out after ${timeoutMs} ms: ${where}`, 'call', timeoutMs, options);
  }
  if (reason instanceof SdkError) return reason;
  return new ConnectionError(`Connection failed: ${where}`, { ...options, cause: reason });
}

function finish(
  state: CallState,
  response: Response,
  text: string,
  attempts: number,
  validate: 'strict' | 'warn' | 'off',
): WithResponse<unknown> {
  const { plan, ctx } = state;
  const status = response.status;
  const requestId = response.headers.get('x-request-id') ?? state.requestId;
  let data: unknown;
  if (plan.streamedStatuses.has(status)) {
    data = ndjsonRows(response, plan.successSchemas.get(status), validate, (_line, issues) => responseInvalid(plan, status, issues, requestId));
  } else if (!plan.emptyStatuses.has(status)) {
    const declared = plan.successSchemas.has(status) || plan.fallbackSchema !== undefined;
    const schema = plan.successSchemas.get(status) ?? plan.fallbackSchema?.schema;
    let body: unknown;
    if (text !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        throw responseInvalid(plan, status, [{ pointer: '', code: 'invalid_json' }], requestId);
      }
    }
    if (!declared && validate === 'strict') {
      throw responseInvalid(plan, status, [{ pointer: '', code: 'undeclared_status' }], requestId);
    }
    const checked = checkResponse(body, schema, validate, plan.responsePii);
    if (!checked.ok) throw responseInvalid(plan, status, checked.issues, requestId);
    for (const drift of checked.drift) ctx.drift({ operationId: plan.operationId, status, ...drift });
    data = checked.data;
    ctx.log?.('debug', 'response body', { ...logBase(state), status, response: data }, plan.logPii);
  }
  return {
    data,
    response: {
      operationId: plan.operationId,
      status,
      headers: response.headers,
      requestId,
      idempotentReplayed:
        state.idempotencyKey !== undefined &&
        response.headers.get('idempotent-replayed')?.trim().toLowerCase() === 'true',
      idempotencyKey: state.idempotencyKey,
      attempts,
    },
  };
}

// RFC 9110 token characters for names; values must not carry CR, LF or NUL (header injection).
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const HEADER_VALUE = /^[^\r\n\0]*$/;

function callHeaders(
  ctx: ClientContext,
  plan: OperationPlan,
  params: Readonly<Record<string, unknown>>,
  options: RequestOptions | undefined,
  requestId: string,
  idempotencyKey: string | undefined,
  body: Uint8Array | StreamedBody | undefined,
): Record<string, string> | RequestValidationError {
  const headers = copyHeaders(ctx.baseHeaders);
  const issues: ValidationIssue[] = [];
  const set = (name: string, value: string, pointer: string): void => {
    if (HEADER_NAME.test(name) && HEADER_VALUE.test(value)) headers[name.toLowerCase()] = value.trim();
    else issues.push({ pointer, code: 'invalid_header_value' });
  };
  for (const name of plan.headerParams) {
    const value = params[name];
    if (value !== undefined && value !== null) set(name, String(value), toPointer([name]));
  }
  const extra = options?.headers;
  if (extra !== undefined) {
    for (const name of Object.keys(extra)) set(name, String(extra[name]), toPointer(['headers', name]));
  }
  // Ids the SDK generated are well-formed; a caller's are checked like any header value.
  if (options?.requestId === undefined) headers['x-request-id'] = requestId;
  else set('x-request-id', requestId, '/requestId');
  if (options?.idempotencyKey !== undefined) set('idempotency-key', options.idempotencyKey, '/idempotencyKey');
  else if (idempotencyKey !== undefined) headers['idempotency-key'] = idempotencyKey;
  if (body !== undefined) headers['content-type'] = plan.streamedBody ? 'application/x-ndjson' : 'application/json';
  return issues.length === 0 ? headers : requestInvalid(plan, issues, requestId);
}

// Header records are copied with `Object.assign`, not spread: adding a key to a spread clone of a record with
// keys such as `user-agent` costs about 1 µs on Node 20 (a copy made with `Object.assign` about 0.05 µs).
function copyHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  return Object.assign({}, headers);
}

function describeIssues(issues: readonly ValidationIssue[]): string {
  const shown = issues.slice(0, 5).map((i) => `${i.pointer === '' ? '/' : i.pointer} ${i.code}`);
  return shown.join(', ') + (issues.length > 5 ? ` (+${issues.length - 5} more)` : '');
}

function requestInvalid(plan: OperationPlan, issues: readonly ValidationIssue[], requestId: string): RequestValidationError {
  return new RequestValidationError(
    `Invalid request: ${plan.method} ${plan.path} — ${describeIssues(issues)}`,
    issues,
    { operationId: plan.operationId, requestId },
  );
}

function responseInvalid(
  plan: OperationPlan,
  status: number,
  issues: readonly ValidationIssue[],
  requestId: string,
): ResponseValidationError {
  return new ResponseValidationError(
    `${status} response does not match the spec: ${plan.method} ${plan.path} — ${describeIssues(issues)}`,
    status,
    issues,
    { operationId: plan.operationId, requestId },
  );
}

function logBase(state: CallState): Record<string, unknown> {
  return {
    operationId: state.plan.operationId,
    method: state.plan.method,
    path: state.plan.path,
    requestId: state.requestId,
  };
}

function bodyForLog(body: Uint8Array | undefined): unknown {
  if (body === undefined) return undefined;
  try {
    return JSON.parse(new TextDecoder().decode(body)) as unknown;
  } catch {
    return '[unparseable]';
  }
}
