/**
 * Turning handler results, stored idempotent answers and faults into web `Response`s.
 */
import type { OperationDescriptor } from '@zhongyuan/sdk';
import type { HandlerResult } from './handler-result.js';
import type { StoredAnswer } from './idempotency.js';

/** The stored form of a handler's answer. */
export function toStoredAnswer(op: OperationDescriptor, result: HandlerResult): StoredAnswer {
  const declared = op.responses[String(result.status)];
  const contentType = result.problem ? 'application/problem+json' : (declared?.contentType ?? 'application/json');
  const ndjson = !result.problem && declared?.contentType === 'application/x-ndjson' && Array.isArray(result.body);
  const body =
    result.body === undefined
      ? null
      : ndjson
        ? (result.body as unknown[]).map((line) => `${JSON.stringify(line)}\n`).join('')
        : JSON.stringify(result.body);
  return {
    status: result.status,
    headers: { ...(body !== null ? { 'content-type': contentType } : {}), ...result.headers },
    body,
  };
}

const bodies = new WeakMap<Response, string>();

/** A `Response` for a stored answer. */
export function answerResponse(answer: StoredAnswer, extraHeaders: Readonly<Record<string, string>>): Response {
  const response = new Response(answer.body, { status: answer.status, headers: { ...answer.headers, ...extraHeaders } });
  if (answer.body !== null) bodies.set(response, answer.body);
  return response;
}

/**
 * The complete body text of a response built by the mock from a stored answer (so a server adapter can write it
 * without reading the stream back), or `undefined` for any other response.
 */
export function completeBodyOf(response: Response): string | undefined {
  return response.bodyUsed ? undefined : bodies.get(response);
}

/**
 * A response whose body stream breaks after `fraction` of the bytes while `Content-Length` announces all of
 * them (a truncated body).
 */
export function truncatedResponse(answer: StoredAnswer, fraction: number, extraHeaders: Readonly<Record<string, string>>): Response {
  const bytes = new TextEncoder().encode(answer.body ?? '');
  const cut = Math.floor(bytes.length * fraction);
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      if (cut > 0) controller.enqueue(bytes.slice(0, cut));
    },
    pull(controller) {
      controller.error(new TypeError('terminated: connection closed mid-body (mock fault)'));
    },
  });
  return new Response(stream, {
    status: answer.status,
    headers: { ...answer.headers, ...extraHeaders, 'content-length': String(bytes.length), 'x-mock-truncated': 'true' },
  });
}

/**
 * The answer of a connection reset: a network error (`Response.error()`), which MSW's `setupServer` turns into
 * a failed fetch, `mock.fetch` into a rejected promise and the HTTP adapter into a TCP reset.
 */
export function resetResponse(): Response {
  return Response.error();
}

/** Whether `response` is a network error. */
export function isResetResponse(response: Response): boolean {
  return response.type === 'error';
}
