/**
 * The mock's virtual clock (虚拟时钟): every deadline and expiry inside the mock reads it, and tests or HTTP
 * clients move it forward instead of waiting.
 */

/** A clock that can be moved forward. */
export interface MockClock {
  /** Current virtual time, milliseconds since the epoch. */
  now(): number;
  /** Current virtual time as a `Date`. */
  date(): Date;
  /** Move the clock forward by `ms` (a non-negative finite number). Returns the new time. */
  advance(ms: number): number;
  /** Back to the time the clock was created with (used by `mock.reset()`). */
  reset(): void;
}

/** Options of {@link createClock}. */
export interface ClockOptions {
  /**
   * The virtual time at creation.
   * @default the real time at creation
   */
  readonly start?: number | Date | undefined;
  /**
   * When `true` the clock stands still between `advance` calls (fully reproducible); when `false` it runs at
   * real speed from `start`, plus every `advance`.
   * @default false
   */
  readonly frozen?: boolean | undefined;
}

/**
 * Create a virtual clock.
 *
 * @example
 * const clock = createClock({ start: new Date('2026-11-02T01:00:00Z'), frozen: true });
 * clock.advance(24 * 3600_000); // a day later, instantly
 */
export function createClock(options: ClockOptions = {}): MockClock {
  const realStart = Date.now();
  const start = options.start === undefined ? realStart : +options.start;
  if (!Number.isFinite(start)) throw new RangeError('clock start must be a valid time');
  const frozen = options.frozen ?? false;
  let offset = 0;
  const now = (): number => (frozen ? start : start + (Date.now() - realStart)) + offset;
  return {
    now,
    date: () => new Date(now()),
    advance(ms: number): number {
      if (!(Number.isFinite(ms) && ms >= 0)) throw new RangeError('advance(ms) needs a non-negative finite number');
      offset += ms;
      return now();
    },
    reset(): void {
      offset = 0;
    },
  };
}
