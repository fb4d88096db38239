import { describe, expect, it } from 'vitest';
import { createClock } from './clock.js';

describe('createClock', () => {
  it('stands still when frozen and moves only by advance', () => {
    const clock = createClock({ start: new Date('2026-11-02T00:00:00Z'), frozen: true });
    expect(clock.date().toISOString()).toBe('2026-11-02T00:00:00.000Z');
    clock.advance(86_400_000);
    expect(clock.date().toISOString()).toBe('2026-11-03T00:00:00.000Z');
    clock.reset();
    expect(clock.now()).toBe(Date.parse('2026-11-02T00:00:00Z'));
  });

  it('runs at real speed when not frozen, plus advances', () => {
    const clock = createClock();
    const before = Date.now();
    clock.advance(1000);
    expect(clock.now()).toBeGreaterThanOrEqual(before + 1000);
  });

  it('refuses to go backwards', () => {
    expect(() => createClock().advance(-1)).toThrow(RangeError);
    expect(() => createClock().advance(Number.NaN)).toThrow(RangeError);
  });
});
