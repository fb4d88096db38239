/**
 * Scenarios are data (场景即数据): a name, a seed and per-operation faults, applied with `mock.use(scenario)`,
 * undone with `mock.reset()`, and selectable over HTTP (`/__mock/scenario`, `x-mock-scenario`).
 */
import type { RequestHandler } from 'msw';

/** Applies a fault to only some requests. Without `times` and `probability` it applies to every request. */
export interface FaultSelector {
  /** Apply to the first `times` matching requests only (then the operation behaves normally). */
  readonly times?: number;
  /** Skip the first `after` matching requests. @default 0 */
  readonly after?: number;
  /** Apply with this probability, drawn from the scenario's seeded generator. @default 1 */
  readonly probability?: number;
}

/** Wait before handling: a fixed delay or a seeded random one within `[minMs, maxMs]`. Real time, abortable. */
export type LatencyFault = FaultSelector & { readonly kind: 'latency' } & (
    | { readonly ms: number }
    | { readonly minMs: number; readonly maxMs: number }
  );

/**
 * Answer an error without any effect. With `times: n` this is "fail n times, then succeed". The answer carries
 * `Retry-After` when `retryAfter` is given or the operation's spec requires the header for the status (429 and
 * 503 in the built-in specs), in seconds or as an HTTP date (computed from the mock's clock).
 */
export interface ErrorFault extends FaultSelector {
  readonly kind: 'error';
  readonly status: 429 | 500 | 502 | 503 | 504;
  /** `Retry-After` value in seconds. @default 0 where the spec requires the header, else none */
  readonly retryAfter?: number;
  /**
   * Write `Retry-After` as an HTTP date instead of seconds. The exchanges' specs promise delay-seconds only, so
   * `'http-date'` is itself a deviation to inject: it tests that a client also honours the other form RFC 9110
   * allows. @default 'seconds'
   */
  readonly retryAfterFormat?: 'seconds' | 'http-date';
}

/**
 * Perform the operation (state changes, idempotency record stored), then answer an error instead. It carries
 * `Retry-After: 0` where the operation's spec requires the header for the status (503 in the built-in specs).
 */
export interface CommitThenFailFault extends FaultSelector {
  readonly kind: 'commit-then-fail';
  /** @default 500 */
  readonly status?: 500 | 502 | 503 | 504;
}

/**
 * Perform the operation, then hold the answer for `ms` of real time (past the client's timeout) before sending
 * it. Bounded by the mock's `maxStallMs` and cut short when the request is aborted.
 */
export interface CommitThenStallFault extends FaultSelector {
  readonly kind: 'commit-then-stall';
  readonly ms: number;
}

/** Drop the connection without an answer (a network error in-process; a TCP reset over HTTP). */
export interface ResetFault extends FaultSelector {
  readonly kind: 'reset';
  /** Reset after the operation took effect. @default false (before any effect) */
  readonly afterCommit?: boolean;
}

/** Perform the operation, then send only the first part of the body and break the connection. */
export interface TruncateFault extends FaultSelector {
  readonly kind: 'truncate';
  /** Share of the body sent, 0–1. @default 0.5 */
  readonly fraction?: number;
}

/** Any fault. */
export type Fault = LatencyFault | ErrorFault | CommitThenFailFault | CommitThenStallFault | ResetFault | TruncateFault;

/** A scenario: named, seeded, with faults by operationId (`'*'` for every operation). */
export interface Scenario {
  readonly name: string;
  /** Seed of the scenario's random choices (latency ranges, probabilities). @default the mock's seed */
  readonly seed?: number;
  /** Faults by operationId; `'*'` applies to every operation. */
  readonly faults?: Readonly<Record<string, readonly Fault[]>>;
  /** `false` turns request verification off while the scenario is active (early integration). */
  readonly auth?: boolean;
  /** Extra MSW handlers placed before the mock's own (for `setupServer` and `mock.fetch`). */
  readonly handlers?: readonly RequestHandler[];
}

const NAME = /^[a-z0-9][a-z0-9-]{0,62}$/;

/**
 * Define a scenario. Validates the data eagerly, so a typo fails at definition, not mid-test.
 *
 * @example
 * export const flakyCreate = defineScenario({
 *   name: 'flaky-create',
 *   seed: 7,
 *   faults: { createEntry: [{ kind: 'error', status: 503, times: 2, retryAfter: 1 }] },
 * });
 */
export function defineScenario<const S extends Scenario>(scenario: S): S {
  if (!NAME.test(scenario.name)) throw new TypeError('scenario name must be lower-case kebab-case');
  for (const [op, faults] of Object.entries(scenario.faults ?? {})) {
    for (const f of faults) {
      const bad = (what: string): never => {
        throw new RangeError(`scenario ${scenario.name}, ${op}: ${what}`);
      };
      if (f.times !== undefined && !(Number.isInteger(f.times) && f.times >= 0)) bad('times must be a non-negative integer');
      if (f.after !== undefined && !(Number.isInteger(f.after) && f.after >= 0)) bad('after must be a non-negative integer');
      if (f.probability !== undefined && !(f.probability >= 0 && f.probability <= 1)) bad('probability must lie in 0..1');
      if (f.kind === 'latency') {
        const ok = 'ms' in f ? f.ms >= 0 : f.minMs >= 0 && f.maxMs >= f.minMs;
        if (!ok) bad('latency needs ms ≥ 0 or 0 ≤ minMs ≤ maxMs');
      }
      if (f.kind === 'commit-then-stall' && !(f.ms >= 0)) bad('stall needs ms ≥ 0');
      if (f.kind === 'truncate' && f.fraction !== undefined && !(f.fraction >= 0 && f.fraction < 1)) bad('fraction must lie in [0, 1)');
      if (f.kind === 'error' && f.retryAfter !== undefined && !(Number.isInteger(f.retryAfter) && f.retryAfter >= 0)) {
        bad('retryAfter must be whole seconds');
      }
    }
  }
  return Object.freeze(scenario);
}
