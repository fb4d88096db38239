import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64Url, encodeBase64Url } from '@zhongyuan/sdk/auth';
import { decodeBase64UrlText, encodeBase64, isCanonicalBase64Url } from './base64url.js';

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

  it('standard base64 with padding matches Node’s encoder for any bytes (fast-check)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(encodeBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
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

  it('tells canonical from non-canonical text exactly as decoding does, without decoding (fast-check)', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=+/ .é';
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...alphabet.split('')), maxLength: 40 }), (text) => {
        expect(isCanonicalBase64Url(text)).toBe(decodeBase64Url(text) !== undefined);
      }),
      { numRuns: 3000 },
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

  describe('straight to text (token header and payload)', () => {
    const fatal = new TextDecoder('utf-8', { fatal: true });
    const expected = (text: string): string | null | undefined => {
      const bytes = decodeBase64Url(text);
      if (bytes === undefined) return undefined;
      try {
        return fatal.decode(bytes);
      } catch {
        return null;
      }
    };

    it('agrees with decoding to bytes and then strict UTF-8, for any bytes (fast-check)', () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
          const text = encodeBase64Url(bytes);
          expect(decodeBase64UrlText(text)).toBe(expected(text));
        }),
      );
    });

    it('round-trips any string, including non-ASCII text (fast-check)', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (value) => {
          expect(decodeBase64UrlText(encodeBase64Url(new TextEncoder().encode(value)))).toBe(value);
        }),
      );
    });

    it('refuses non-canonical input as decodeBase64Url does (fast-check)', () => {
      fc.assert(
        fc.property(fc.string({ unit: fc.constantFrom(...'AQgw_-=+/ .'.split('')) }), (text) => {
          expect(decodeBase64UrlText(text)).toBe(expected(text));
        }),
      );
    });

    it('decides any string over the base64url alphabet as decodeBase64Url would, trailing bits included (fast-check)', () => {
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
      fc.assert(
        fc.property(fc.string({ unit: fc.constantFrom(...alphabet.split('')), maxLength: 40 }), (text) => {
          expect(decodeBase64UrlText(text)).toBe(expected(text));
        }),
        { numRuns: 2000 },
      );
    });

    it.each([
      ['non-zero unused bits after one byte', 'eB'],
      ['non-zero unused bits after two bytes', 'eHB'],
      ['a padding character in the last place', 'eHk='],
    ])('refuses %s', (_name, text) => {
      expect(decodeBase64UrlText(text)).toBeUndefined();
    });

    it('tells invalid UTF-8 (null) from a bad encoding (undefined)', () => {
      expect(decodeBase64UrlText(encodeBase64Url(Uint8Array.of(0xc3, 0x28)))).toBeNull();
      expect(decodeBase64UrlText('AA==')).toBeUndefined();
      expect(decodeBase64UrlText('AAAA', 2)).toBeUndefined();
    });

    it('a long value decoded earlier never leaks into a shorter one', () => {
      const long = 'x'.repeat(5000);
      expect(decodeBase64UrlText(encodeBase64Url(new TextEncoder().encode(long)))).toBe(long);
      expect(decodeBase64UrlText(encodeBase64Url(new TextEncoder().encode('{"a":1}')))).toBe('{"a":1}');
      expect(decodeBase64UrlText('')).toBe('');
    });
  });
});
