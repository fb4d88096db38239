import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffDelay, isRetryableStatus, mayRetry, parseRetryAfter, REQUEST_IN_PROGRESS, resolveRetry, RETRY_DEFAULTS } from './retry-policy.js';

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  it('reads delta-seconds and HTTP dates', () => {
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter(' 7 ', now)).toBe(7000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:00:00 GMT', now)).toBe(0);
  });
  it('ignores absent or malformed values', () => {
    for (const value of [null, '', '-1', '1.5', 'soon', '12abc']) expect(parseRetryAfter(value, now)).toBeUndefined();
  });
  it('is total', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const ms = parseRetryAfter(value, now);
        return ms === undefined || (Number.isFinite(ms) && ms >= 0);
      }),
    );
  });
});

describe('backoffDelay', () => {
  it('stays within [ceiling × (1 − jitter), ceiling] and never exceeds maxDelay', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 60_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
        (retry, baseDelay, maxDelay, jitter, random) => {
          const policy = resolveRetry(RETRY_DEFAULTS, { baseDelay, maxDelay, jitter });
          const ceiling = Math.min(maxDelay, baseDelay * 2 ** (retry - 1));
          const delay = backoffDelay(retry, policy, () => random);
          return delay <= ceiling && delay >= ceiling * (1 - jitter) - 1e-9;
        },
      ),
    );
  });
  it('doubles without jitter', () => {
    const policy = resolveRetry(RETRY_DEFAULTS, { baseDelay: 100, maxDelay: 1000, jitter: 0 });
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, policy))).toEqual([100, 200, 400, 800, 1000]);
  });
});

describe('what is retried', () => {
  it('only safe methods or idempotent operations', () => {
    expect(mayRetry('GET', 'none')).toBe(true);
    expect(mayRetry('POST', 'none')).toBe(false);
    expect(mayRetry('POST', 'required')).toBe(true);
    expect(mayRetry('DELETE', 'none')).toBe(false);
  });
  it('408, 429, 502, 503, 504, and 409 only while in progress', () => {
    const retried = [400, 401, 403, 404, 408, 409, 422, 429, 500, 501, 502, 503, 504].filter((s) => isRetryableStatus(s, undefined));
    expect(retried).toEqual([408, 429, 502, 503, 504]);
    expect(isRetryableStatus(409, REQUEST_IN_PROGRESS)).toBe(true);
    expect(isRetryableStatus(409, 'about:blank')).toBe(false);
  });
});
