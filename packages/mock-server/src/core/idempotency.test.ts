import { describe, expect, it } from 'vitest';
import { createIdempotencyStore, fingerprintRequest } from './idempotency.js';

const answer = { status: 201, headers: {}, body: '{}' };

describe('createIdempotencyStore', () => {
  it('proceeds, then reports in-progress, then replays or refuses a different request', () => {
    const s = createIdempotencyStore(1000);
    expect(s.begin('zz', 'k', 'f1', 0).kind).toBe('proceed');
    expect(s.begin('zz', 'k', 'f1', 0).kind).toBe('in-progress');
    s.complete('zz', 'k', 'f1', answer, 0);
    expect(s.begin('zz', 'k', 'f1', 10)).toEqual({ kind: 'replay', answer });
    expect(s.begin('zz', 'k', 'f2', 10).kind).toBe('mismatch');
  });

  it('scopes keys to the client and forgets abandoned and expired keys', () => {
    const s = createIdempotencyStore(1000);
    s.begin('zz', 'k', 'f', 0);
    s.complete('zz', 'k', 'f', answer, 0);
    expect(s.begin('kf', 'k', 'f', 0).kind).toBe('proceed');
    s.abandon('kf', 'k');
    expect(s.begin('kf', 'k', 'f', 0).kind).toBe('proceed');
    expect(s.begin('zz', 'k', 'f', 1000).kind).toBe('proceed');
  });

  it('fingerprints method, target and exact bytes', async () => {
    const a = await fingerprintRequest('POST', '/x', new TextEncoder().encode('{"a":1}'));
    expect(await fingerprintRequest('POST', '/x', new TextEncoder().encode('{"a":1}'))).toBe(a);
    expect(await fingerprintRequest('POST', '/y', new TextEncoder().encode('{"a":1}'))).not.toBe(a);
    expect(await fingerprintRequest('POST', '/x', new TextEncoder().encode('{"a":2}'))).not.toBe(a);
  });
});
