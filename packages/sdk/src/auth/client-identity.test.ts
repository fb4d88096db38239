import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatClientIdentity, parseClientIdentity, type ClientIdentity } from '@zhongyuan/sdk/auth';

const usccChar = fc.constantFrom(...'0123456789ABCDEFGHJKLMNPQRTUWXY'.split(''));
const identity: fc.Arbitrary<ClientIdentity> = fc.record({
  uscc: fc.string({ unit: usccChar, minLength: 18, maxLength: 18 }),
  region: fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 99_999 })).map(([a, b]) => `${a}${String(b).padStart(5, '0')}`),
  subsystem: fc
    .string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-'.split('')), minLength: 1, maxLength: 40 })
    .filter((s) => /^[a-z0-9]/.test(s) && /[a-z0-9]$/.test(s)),
});

describe('client identity', () => {
  it('round-trips: parse(format(x)) = x (fast-check)', () => {
    fc.assert(
      fc.property(identity, (id) => {
        expect(parseClientIdentity(formatClientIdentity(id))).toEqual(id);
      }),
    );
  });

  it('accepts a string only if it is the canonical form of what it parses to (fast-check)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), identity.map(formatClientIdentity).map((s) => s.replace(/.$/, (c) => c.toUpperCase()))), (text) => {
        const parsed = parseClientIdentity(text);
        if (parsed !== undefined) expect(formatClientIdentity(parsed)).toBe(text);
      }),
    );
  });

  it.each([
    ['lower-case prefix', 'zy:11410000005184441Q:410000:settlement'],
    ['lower-case USCC', 'ZY:11410000005184441q:410000:settlement'],
    ['USCC with I/O/S/V/Z', 'ZY:1141000000518444IO:410000:settlement'],
    ['short USCC', 'ZY:1141000000518444:410000:settlement'],
    ['region starting with 0', 'ZY:11410000005184441Q:010000:settlement'],
    ['five-digit region', 'ZY:11410000005184441Q:41000:settlement'],
    ['upper-case subsystem', 'ZY:11410000005184441Q:410000:Settlement'],
    ['trailing hyphen', 'ZY:11410000005184441Q:410000:settlement-'],
    ['extra part', 'ZY:11410000005184441Q:410000:settlement:x'],
    ['whitespace', ' ZY:11410000005184441Q:410000:settlement'],
    ['trailing newline', 'ZY:11410000005184441Q:410000:settlement\n'],
  ])('rejects %s', (_name, text) => {
    expect(parseClientIdentity(text)).toBeUndefined();
  });

  it('format refuses malformed parts', () => {
    expect(() => formatClientIdentity({ uscc: 'x', region: '410000', subsystem: 'a' })).toThrow(TypeError);
  });
});
