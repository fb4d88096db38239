/**
 * Faults that act after the effect is committed (or on a replayed answer): commit-then-fail, commit-then-stall,
 * reset after commit and a truncated body. Without such a fault the stored answer is sent as it is.
 */
import type { OperationDescriptor } from '@zhongyuan/sdk';
import { answerResponse, resetResponse, truncatedResponse } from './answers.js';
import type { FaultPlan } from './fault-plan.js';
import { sleep } from './fault-plan.js';
import type { StoredAnswer } from './idempotency.js';
import { problemBody, problemResponse, type ProblemCatalog } from './problem.js';
import { injectedRetryAfter } from './retry-after.js';

/** Where the answer goes and what bounds a stall. */
export interface AfterEffectContext {
  /** The operation answered (its spec says which headers an injected failure carries). */
  readonly operation: OperationDescriptor;
  readonly catalog: ProblemCatalog;
  readonly requestId: string;
  readonly maxStallMs: number;
  /** Ends a stall early (the client went away). */
  readonly signal: AbortSignal;
}

/** The response for `stored` under `after`. */
export async function afterEffect(
  after: FaultPlan['after'],
  stored: StoredAnswer,
  headers: Readonly<Record<string, string>>,
  ctx: AfterEffectContext,
): Promise<Response> {
  if (after === undefined) return answerResponse(stored, headers);
  switch (after.kind) {
    case 'commit-then-fail': {
      const status = after.status ?? 500;
      const code = status === 503 ? 'SERVICE_UNAVAILABLE' : 'INTERNAL';
      const body = { ...problemBody(ctx.catalog, code, ctx.requestId, 'Injected after the effect.'), status };
      return problemResponse(body, { ...headers, ...injectedRetryAfter(ctx.operation, status) });
    }
    case 'commit-then-stall':
      await sleep(Math.min(after.ms, ctx.maxStallMs), ctx.signal);
      return answerResponse(stored, headers);
    case 'reset':
      return resetResponse();
    case 'truncate':
      return truncatedResponse(stored, after.fraction ?? 0.5, headers);
  }
}
