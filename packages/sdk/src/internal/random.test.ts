import { describe, expect, it } from 'vitest';
import { randomHex, randomUuid } from './random.js';

describe('random ids', () => {
  it('are hex of the requested size and do not repeat across pool refills', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const id = randomHex(8);
      expect(id).toMatch(/^[0-9a-f]{16}$/);
      seen.add(id);
    }
    expect(seen.size).toBe(2000);
    expect(randomHex(16)).toMatch(/^[0-9a-f]{32}$/);
    expect(randomUuid()).toMatch(/^[0-9a-f-]{36}$/);
  });
});
