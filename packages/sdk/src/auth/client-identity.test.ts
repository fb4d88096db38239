import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLIENT_INSTANCES, MEMBER_CLASSES, formatClientIdentity, parseClientIdentity } from '@zhongyuan/sdk/auth';

const usccChar = fc.constantFrom(...'0123456789ABCDEFGHJKLMNPQRTUWXY'.split(''));
const identity = fc.record({
  instance: fc.constantFrom(...CLIENT_INSTANCES),
  memberClass: fc.constantFrom(...MEMBER_CLASSES),
  uscc: fc.string({ unit: usccChar, minLength: 18, maxLength: 18 }),
  region: fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 99_999 })).map(([a, b]) => `${a}${String(b).padStart(5, '0')}`),
  subsystem: fc
    .tuple(
      fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'.split('')),
      fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-'.split('')), maxLength: 31 }),
    )
    .map(([first, rest]) => first + rest),
});

describe('client identity', () => {
  it('formats the X-Road form instance/class/uscc/region/subsystem, production GOV by default', () => {
    expect(formatClientIdentity({ uscc: '11410000005184441Q', region: '410000', subsystem: 'settlement' })).toBe(
      'ZY/GOV/11410000005184441Q/410000/settlement',
    );
    expect(
      formatClientIdentity({ instance: 'ZY-TEST', memberClass: 'PUB', uscc: '11410000005184441Q', region: '410000', subsystem: 'a' }),
    ).toBe('ZY-TEST/PUB/11410000005184441Q/410000/a');
  });

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
    ['lower-case instance', 'zy/GOV/11410000005184441Q/410000/settlement'],
    ['unknown instance', 'ZY-DEV/GOV/11410000005184441Q/410000/settlement'],
    ['unknown member class', 'ZY/GOVT/11410000005184441Q/410000/settlement'],
    ['lower-case USCC', 'ZY-TEST/GOV/11410000005184441q/410000/settlement'],
    ['USCC with I/O/S/V/Z', 'ZY-TEST/GOV/1141000000518444IO/410000/settlement'],
    ['short USCC', 'ZY-TEST/GOV/1141000000518444/410000/settlement'],
    ['region starting with 0', 'ZY-TEST/GOV/11410000005184441Q/010000/settlement'],
    ['five-digit region', 'ZY-TEST/GOV/11410000005184441Q/41000/settlement'],
    ['upper-case subsystem', 'ZY-TEST/GOV/11410000005184441Q/410000/Settlement'],
    ['subsystem starting with a digit', 'ZY-TEST/GOV/11410000005184441Q/410000/1settlement'],
    ['extra part', 'ZY-TEST/GOV/11410000005184441Q/410000/settlement/x'],
    ['the old colon form', 'ZY:11410000005184441Q:410000:settlement'],
    ['whitespace', ' ZY/GOV/11410000005184441Q/410000/settlement'],
    ['trailing newline', 'ZY-TEST/GOV/11410000005184441Q/410000/settlement\n'],
  ])('rejects %s', (_name, text) => {
    expect(parseClientIdentity(text)).toBeUndefined();
  });

  it('format refuses malformed parts', () => {
    expect(() => formatClientIdentity({ uscc: 'x', region: '410000', subsystem: 'a' })).toThrow(TypeError);
  });
});
