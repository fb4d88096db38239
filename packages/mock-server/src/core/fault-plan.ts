/**
 * Decides, per request, which of the active scenarios' faults apply: counters for `times`/`after`, the
 * scenario's seeded generator for `probability` and latency ranges.
 */
import { createRandom, randomInt, type Random } from './prng.js';
import type { CommitThenFailFault, CommitThenStallFault, ErrorFault, Fault, ResetFault, Scenario, TruncateFault } from './scenario.js';

/** A scenario in use, with its own generator and counters. */
export interface ActiveScenario {
  readonly scenario: Scenario;
  readonly random: Random;
  readonly counters: Map<Fault, number>;
}

/** Activate `scenario`; its generator is seeded from its own seed or the mock's. */
export function activate(scenario: Scenario, mockSeed: number): ActiveScenario {
  return { scenario, random: createRandom(scenario.seed ?? mockSeed), counters: new Map() };
}

/** The faults that apply to one request. */
export interface FaultPlan {
  /** Real-time delay before handling. */
  readonly latencyMs: number;
  /** Answer this error before any effect. */
  readonly error: ErrorFault | undefined;
  /** Drop the connection before any effect. */
  readonly resetBefore: ResetFault | undefined;
  /** What to do after the effect is committed. */
  readonly after: CommitThenFailFault | CommitThenStallFault | ResetFault | TruncateFault | undefined;
}

/** The plan for one request to `operationId` (first matching fault of each kind wins). */
export function planFaults(active: readonly ActiveScenario[], operationId: string): FaultPlan {
  let latencyMs = 0;
  let error: ErrorFault | undefined;
  let resetBefore: ResetFault | undefined;
  let after: FaultPlan['after'];
  for (const a of active) {
    const faults = [...(a.scenario.faults?.[operationId] ?? []), ...(a.scenario.faults?.['*'] ?? [])];
    for (const f of faults) {
      const n = a.counters.get(f) ?? 0;
      a.counters.set(f, n + 1);
      const from = f.after ?? 0;
      if (n < from || (f.times !== undefined && n - from >= f.times)) continue;
      if (f.probability !== undefined && !(a.random() < f.probability)) continue;
      switch (f.kind) {
        case 'latency':
          latencyMs += 'ms' in f ? f.ms : randomInt(a.random, f.minMs, f.maxMs);
          break;
        case 'error':
          error ??= f;
          break;
        case 'reset':
          if (f.afterCommit === true) after ??= f;
          else resetBefore ??= f;
          break;
        default:
          after ??= f;
      }
    }
  }
  return { latencyMs, error, resetBefore, after };
}

/** Sleep `ms` of real time; resolves early (to `false`) when `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<boolean> {
  if (ms <= 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    if (signal?.aborted === true) {
      resolve(false);
      return;
    }
    const done = (completed: boolean): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      resolve(completed);
    };
    const onAbort = (): void => done(false);
    const timer = setTimeout(() => done(true), ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
