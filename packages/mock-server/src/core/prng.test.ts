import { describe, expect, it } from 'vitest';
import { createRandom, seededUlid } from './prng.js';

describe('createRandom', () => {
  it('is reproducible from its seed and differs between seeds', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom('other');
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });

  it('makes sortable ULIDs of 26 Crockford characters', () => {
    const r = createRandom(1);
    const early = seededUlid(Date.UTC(2026, 0, 1), r);
    const late = seededUlid(Date.UTC(2026, 0, 2), r);
    expect(early).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(early < late).toBe(true);
  });
});
