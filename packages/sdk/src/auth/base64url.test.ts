import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64Url, encodeBase64Url } from '@zhongyuan/sdk/auth';

describe('canonical base64url', () => {
  it('round-trips any bytes and matches Node’s encoder (fast-check)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = encodeBase64Url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(decodeBase64Url(text)).toEqual(bytes);
      }),
    );
  });

  it('accepts a string only if it is the canonical encoding of what it decodes to (fast-check)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'AQgw_-=+/ .'.split('')) }), (text) => {
        const bytes = decodeBase64Url(text);
        if (bytes !== undefined) expect(encodeBase64Url(bytes)).toBe(text);
      }),
    );
  });

  it.each([
    ['padding', 'AA=='],
    ['non-zero unused bits', 'AB'],
    ['impossible length', 'AAAAA'],
    ['standard alphabet', 'a+/b'],
    ['whitespace', 'AA AA'],
    ['non-ASCII', 'AAé'],
  ])('rejects %s', (_name, text) => {
    expect(decodeBase64Url(text)).toBeUndefined();
  });

  it('bounds the decoded size', () => {
    expect(decodeBase64Url('AAAA', 2)).toBeUndefined();
    expect(decodeBase64Url('AAAA', 3)).toEqual(new Uint8Array(3));
  });
});
