// When an attempt may be repeated, and how long to wait before it.
import type { RetryOptions } from '../core/client-options.js';

/** The problem type an exchange answers (409) while an earlier request with the same key is still running. */
export const REQUEST_IN_PROGRESS = 'https://zhongyuan-exchange.org/problems/request-in-progress';

/** {@link RetryOptions} with every default filled in. */
export interface ResolvedRetry {
  readonly limit: number;
  readonly baseDelay: number;
  readonly maxDelay: number;
  readonly jitter: number;
  readonly maxRetryAfter: number;
}

export const RETRY_DEFAULTS: ResolvedRetry = {
  limit: 2,
  baseDelay: 500,
  maxDelay: 8000,
  jitter: 0.5,
  maxRetryAfter: 30_000,
};

/** Fills in defaults; `over` wins where it sets a value. */
export function resolveRetry(base: ResolvedRetry, over: RetryOptions | undefined): ResolvedRetry {
  if (over === undefined) return base;
  return {
    limit: Math.max(0, Math.floor(over.limit ?? base.limit)),
    baseDelay: Math.max(0, over.baseDelay ?? base.baseDelay),
    maxDelay: Math.max(0, over.maxDelay ?? base.maxDelay),
    jitter: Math.min(1, Math.max(0, over.jitter ?? base.jitter)),
    maxRetryAfter: Math.max(0, over.maxRetryAfter ?? base.maxRetryAfter),
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Whether an operation may be sent more than once at all. */
export function mayRetry(method: string, idempotency: 'required' | 'none'): boolean {
  return SAFE_METHODS.has(method) || idempotency === 'required';
}

const RETRYABLE_STATUS = new Set([408, 429, 502, 503, 504]);

/** Whether an answer with this status (and problem type) is worth repeating. */
export function isRetryableStatus(status: number, problemType: string | undefined): boolean {
  return RETRYABLE_STATUS.has(status) || (status === 409 && problemType === REQUEST_IN_PROGRESS);
}

/** Exponential back-off before retry number `retry` (1-based), with the configured share of jitter. */
export function backoffDelay(retry: number, policy: ResolvedRetry, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelay, policy.baseDelay * 2 ** (retry - 1));
  return ceiling * (1 - policy.jitter * random());
}

/**
 * Parses `Retry-After` as delta-seconds or an HTTP date, in ms from `now`. Returns `undefined` when absent or
 * malformed (the caller falls back to back-off).
 */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date) || !/[a-z]/i.test(trimmed)) return undefined;
  return Math.max(0, date - now);
}
