/**
 * One request to one operation, in order: body read (size bound) → authentication → scenario faults that act
 * before any effect → validation → idempotency → [exclusive: state-machine check → handler → strict response
 * check → commit of effect and idempotency record together] → faults that act after the effect.
 */
import type { OperationDescriptor } from '@zhongyuan/sdk';
import { afterEffect } from './after-effect.js';
import { resetResponse, toStoredAnswer } from './answers.js';
import { checkResponse } from './check-response.js';
import { MockContractError } from './errors.js';
import type { ExchangeRuntime } from './exchange-runtime.js';
import { planFaults, sleep } from './fault-plan.js';
import { handlerContext } from './handler-context.js';
import { handlerResult, isHandlerResult, type HandlerResult } from './handler-result.js';
import { fingerprintRequest, type StoredAnswer } from './idempotency.js';
import type { MockContext } from './mock-context.js';
import { problemBody, problemResponse, type FieldError, type ProblemExtras } from './problem.js';
import { readBoundedBody } from './read-body.js';
import { redactedPath } from './request-log.js';
import { resolveClient } from './resolve-client.js';
import { injectedRetryAfter } from './retry-after.js';
import { checkTransition, checkTransitionOutcome } from './transition-check.js';
import { RowRefusal, streamedRows, validateRequest } from './validate-request.js';
import type { HandlerContext } from './define-exchange.js';

const REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;
const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{16,64}$/;
let counter = 0;

/** Serve `request` for operation `op` of exchange `rt`. */
export async function serveOperation(
  mock: MockContext,
  rt: ExchangeRuntime,
  op: OperationDescriptor,
  request: Request,
  pathParams: Readonly<Record<string, string | readonly string[] | undefined>>,
): Promise<Response> {
  const started = performance.now();
  const url = new URL(request.url);
  const given = request.headers.get('x-request-id');
  const requestId = given !== null && REQUEST_ID.test(given) ? given : `req-${Date.now().toString(36)}-${(++counter).toString(36)}`;
  // Added to every answer this request gets, so strict mode counts them as present in a handler's answer.
  const baseHeaders = { 'x-request-id': requestId };
  let clientId: string | undefined;
  let outcome: string | undefined;
  const finish = (response: Response): Response => {
    mock.log.add({
      at: mock.clock.date().toISOString(),
      method: request.method,
      path: redactedPath(url),
      operationId: op.operationId,
      status: response.type === 'error' ? 'reset' : response.status,
      client: clientId,
      requestId,
      outcome,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    });
    return response;
  };
  const problem = (code: string, detail?: string, extras?: ProblemExtras, headers: Record<string, string> = {}): Response => {
    outcome = code;
    return finish(problemResponse(problemBody(rt.catalog, code, requestId, detail, extras), { ...baseHeaders, ...headers }));
  };

  // 1. Body, bounded. An NDJSON stream (`x-stream`) is not read here but row by row by the handler — unless the
  // request is authenticated, whose verifier needs the whole body for its digest (see docs/decisions/0008).
  const scenarios = mock.scenariosFor(request);
  const authOn = mock.authenticator !== undefined && !scenarios.some((s) => s.scenario.auth === false);
  const streamRequest = op.requestBody?.stream === 'ndjson' && !authOn && request.body !== null;
  const bytes = streamRequest ? new Uint8Array() : await readBoundedBody(request, mock.limits.maxBodyBytes);
  if (bytes === undefined) return problem('PAYLOAD_TOO_LARGE', `The body exceeds ${mock.limits.maxBodyBytes} bytes.`);

  // 2. Authentication.
  if (authOn) {
    // The verifier reads the body for its digest: a request whose body was read above is handed over rebuilt
    // around those bytes; one without a body as it is.
    const verified = await mock.authenticator!.authenticate(
      request.body === null
        ? request
        : new Request(request.url, { method: request.method, headers: request.headers, ...(bytes.length > 0 ? { body: bytes as Uint8Array<ArrayBuffer> } : {}) }),
    );
    if (!verified.ok) {
      outcome = `INVALID_TOKEN:${verified.reason}`;
      const code = verified.status === 503 ? 'SERVICE_UNAVAILABLE' : 'INVALID_TOKEN';
      const headers: Record<string, string> =
        verified.status === 503 ? { 'retry-after': '1' } : { 'www-authenticate': 'ZY-JWS error="invalid_token"' };
      const response = problemResponse(problemBody(rt.catalog, code, requestId), { ...baseHeaders, ...headers });
      return finish(response);
    }
    clientId = verified.clientId;
  } else {
    clientId = resolveClient(request.headers.get('x-client-id'), mock).id;
  }
  const client = mock.clients.get(clientId) ?? { id: clientId };

  // 3. Faults before any effect.
  const plan = planFaults(scenarios, op.operationId);
  if (plan.resetBefore !== undefined) {
    outcome = 'fault:reset';
    return finish(resetResponse());
  }
  if (plan.error !== undefined) {
    const f = plan.error;
    outcome = `fault:error-${f.status}`;
    const code = f.status === 429 ? 'RATE_LIMITED' : f.status === 503 ? 'SERVICE_UNAVAILABLE' : 'INTERNAL';
    const headers = injectedRetryAfter(op, f.status, {
      seconds: f.retryAfter,
      dateFrom: f.retryAfterFormat === 'http-date' ? mock.clock.now() : undefined,
    });
    const body = { ...problemBody(rt.catalog, code, requestId, 'Injected by the active scenario.'), status: f.status };
    return finish(problemResponse(body, { ...baseHeaders, ...headers }));
  }

  // 4. Validation.
  const checked = validateRequest(op, { url, headers: request.headers, body: bytes, pathParams, streamed: streamRequest }, mock.limits, mock.clock.date());
  if (!checked.ok) return problem(checked.code, undefined, { errors: checked.errors });
  const body = streamRequest ? streamedRows(op, request.body!, mock.limits, mock.clock.date()) : checked.body;

  // 5. Idempotency.
  let key: string | undefined;
  let fingerprint = '';
  if (op.idempotency === 'required') {
    const k = request.headers.get('idempotency-key');
    if (k === null || !IDEMPOTENCY_KEY.test(k)) {
      const error: FieldError = {
        in: 'header',
        pointer: '/Idempotency-Key',
        code: k === null ? 'REQUIRED' : 'FORMAT',
        message: 'Send an Idempotency-Key of 16-64 characters from A-Z a-z 0-9 _ -.',
      };
      return problem('VALIDATION_FAILED', undefined, { errors: [error] });
    }
    key = k;
    // A streamed body is fingerprinted by the digest its sender declares (it cannot be read before processing).
    const fingerprinted = streamRequest ? new TextEncoder().encode(request.headers.get('content-digest') ?? 'streamed') : bytes;
    fingerprint = await fingerprintRequest(request.method, url.pathname + url.search, fingerprinted);
    const decision = rt.idempotency.begin(clientId, key, fingerprint, mock.clock.now());
    if (decision.kind === 'in-progress') return problem('REQUEST_IN_PROGRESS', undefined, undefined, { 'retry-after': '1' });
    if (decision.kind === 'mismatch') return problem('IDEMPOTENCY_KEY_REUSED');
    if (decision.kind === 'replay') {
      outcome = 'replayed';
      if (plan.after !== undefined) outcome = `replayed, fault:${plan.after.kind}`;
      const effectContext = { operation: op, catalog: rt.catalog, requestId, maxStallMs: mock.maxStallMs, signal: request.signal };
      return finish(await afterEffect(plan.after, decision.answer, { ...baseHeaders, 'idempotent-replayed': 'true' }, effectContext));
    }
  }

  // 6. Processing time (a latency fault), then the effect, alone: transition check, handler, strict check,
  // commit. An in-flight duplicate of the same key meanwhile gets 409 + Retry-After.
  let answer: StoredAnswer;
  try {
    if (plan.latencyMs > 0) await sleep(plan.latencyMs, request.signal);
    answer = await rt.exclusive(async () => {
      rt.begin();
      let committed = false;
      try {
        const ctx = handlerContext(mock, rt, op, checked.params, body, client, request.headers, requestId);
        const refusal = checkTransition(rt, op, checked.params, clientId!, requestId);
        const result = refusal ?? (await runHandler(rt, op, ctx, requestId));
        if (!isHandlerResult(result)) throw new MockContractError(op.operationId, 0, '', 'handler did not answer through ctx.ok or ctx.problem');
        const success = result.status >= 200 && result.status < 300;
        if (mock.strict) {
          const violation = checkResponse(op, result, baseHeaders) ?? (success ? checkTransitionOutcome(rt, op, checked.params, result) : undefined);
          if (violation !== undefined) throw violation;
        }
        if (!success) rt.rollback();
        const stored = toStoredAnswer(op, result);
        // Effect and idempotency record in one synchronous step.
        if (success) rt.commit();
        // The record exists exactly when the effect does: refusals (4xx) are not stored and re-evaluate.
        if (key !== undefined && success) rt.idempotency.complete(clientId!, key, fingerprint, stored, mock.clock.now());
        committed = true;
        if (!success && result.problem) outcome = String((result.body as { code?: unknown }).code);
        return stored;
      } finally {
        if (!committed) rt.rollback();
      }
    });
  } catch (error) {
    const violation = error instanceof MockContractError ? error : new MockContractError(op.operationId, 500, '', `handler threw: ${String(error)}`);
    mock.reportViolation(violation);
    return problem('INTERNAL', 'The mock failed; see its log.');
  } finally {
    // Clears the in-progress mark unless a final answer was recorded (5xx and failures leave no record).
    if (key !== undefined) rt.idempotency.abandon(clientId, key);
  }

  // 7. Faults after the effect.
  if (plan.after !== undefined) outcome = `fault:${plan.after.kind}`;
  const effectContext = { operation: op, catalog: rt.catalog, requestId, maxStallMs: mock.maxStallMs, signal: request.signal };
  return finish(await afterEffect(plan.after, answer, baseHeaders, effectContext));
}

// A streamed row that fails validation ends the handler: its effect is rolled back and the answer is a 400.
async function runHandler(
  rt: ExchangeRuntime,
  op: OperationDescriptor,
  ctx: HandlerContext<OperationDescriptor, object, Record<string, never>>,
  requestId: string,
): Promise<HandlerResult> {
  try {
    return await rt.definition.handlers[op.operationId]!(ctx as never);
  } catch (error) {
    if (!(error instanceof RowRefusal)) throw error;
    const b = problemBody(rt.catalog, 'VALIDATION_FAILED', requestId, undefined, { errors: error.errors });
    return handlerResult(b['status'] as number, b, {}, true);
  }
}
