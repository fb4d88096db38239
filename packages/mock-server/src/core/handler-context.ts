/**
 * The `ctx` a handler receives: validated input, the store, the clock, the caller, seeded ids, and the two ways
 * to answer.
 */
import type { OperationDescriptor } from '@zhongyuan/sdk';
import type { HandlerContext } from './define-exchange.js';
import type { ExchangeRuntime } from './exchange-runtime.js';
import { handlerResult } from './handler-result.js';
import type { MockContext } from './mock-context.js';
import { problemBody, type ProblemExtras } from './problem.js';
import { seededUlid } from './prng.js';

/** Build the context of one handler call. */
export function handlerContext(
  mock: MockContext,
  rt: ExchangeRuntime,
  op: OperationDescriptor,
  params: unknown,
  body: unknown,
  client: HandlerContext<OperationDescriptor, object, never>['client'],
  headers: Headers,
  requestId: string,
): HandlerContext<OperationDescriptor, object, Record<string, never>> {
  return {
    operation: op,
    params: params as Record<string, unknown>,
    body: body as never,
    store: rt.store,
    clock: mock.clock,
    client,
    headers,
    requestId,
    random: rt.random,
    newId: (prefix) => prefix + seededUlid(mock.clock.now(), rt.random),
    timestamp: () => mock.clock.date().toISOString(),
    ok: ((status: number, responseBody?: unknown, options?: { headers?: Record<string, string> }) =>
      handlerResult(status, responseBody, options?.headers ?? {}, false)) as never,
    problem: (code: string, detail?: string, extras?: ProblemExtras) => {
      const b = problemBody(rt.catalog, code, requestId, detail, extras);
      return handlerResult(b['status'] as number, b, {}, true);
    },
  };
}
