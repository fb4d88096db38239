import { describe, expect, it } from 'vitest';
import { createMemoryReplayStore, replayKey, ReplayStoreUnavailableError } from '@zhongyuan/sdk/auth';

describe('in-memory replay store', () => {
  it('records a key once until its TTL passes', async () => {
    let now = 0;
    const store = createMemoryReplayStore({ now: () => now });
    expect(await store.checkAndSet('a', 1000)).toBe(true);
    expect(await store.checkAndSet('a', 1000)).toBe(false);
    now = 999;
    expect(await store.checkAndSet('a', 1000)).toBe(false);
    now = 1000;
    expect(await store.checkAndSet('a', 1000)).toBe(true);
  });

  it('fails closed when full of live entries, and frees expired ones', async () => {
    let now = 0;
    const store = createMemoryReplayStore({ now: () => now, maxEntries: 2 });
    await store.checkAndSet('a', 100);
    await store.checkAndSet('b', 100);
    await expect(store.checkAndSet('c', 100)).rejects.toBeInstanceOf(ReplayStoreUnavailableError);
    expect(await store.checkAndSet('a', 100)).toBe(false);
    now = 100;
    expect(await store.checkAndSet('c', 100)).toBe(true);
    expect(store.size).toBe(1);
  });

  it('keys on (aud, iss, jti) unambiguously', () => {
    expect(replayKey('a', 'b:c', 'd')).not.toBe(replayKey('a:b', 'c', 'd'));
  });
});
