import { maskCitizenId } from '@zhongyuan/sdk/validators';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('maskCitizenId', () => {
  it('keeps the six-digit region prefix and the last four characters of an 18-character ID', () => {
    expect(maskCitizenId('410105198001011239')).toBe('410105********1239');
    expect(maskCitizenId('11010519491231002X')).toBe('110105********002X');
    expect(maskCitizenId('11010519491231002x')).toBe('110105********002x');
  });

  it('masks invalid but ID-shaped numbers too (logs see mistyped IDs), and 15-digit numbers', () => {
    expect(maskCitizenId('130402199002294562')).toBe('130402********4562');
    expect(maskCitizenId('410105800101123')).toBe('410105*****1123');
  });

  it('masks anything else completely, capping the length', () => {
    expect(maskCitizenId('张三')).toBe('**');
    expect(maskCitizenId('4101051980010112')).toBe('****************');
    expect(maskCitizenId('91410100MA3X000109')).toBe('******************');
    expect(maskCitizenId('x'.repeat(10_000))).toBe('*'.repeat(18));
    expect(maskCitizenId('')).toBe('');
    expect(maskCitizenId(undefined)).toBe('[redacted]');
    expect(maskCitizenId(410105198001)).toBe('[redacted]');
    expect(maskCitizenId(410105198001011239n)).toBe('[redacted]');
  });

  it('never reveals more than the first six and last four characters, nor any birth-date digit', () => {
    fc.assert(
      fc.property(fc.oneof(fc.stringMatching(/^[0-9]{17}[0-9X]$/), fc.stringMatching(/^[0-9]{15}$/), fc.string(), fc.anything()), (value) => {
        const masked = maskCitizenId(value);
        expect(masked.length).toBeLessThanOrEqual(18);
        if (typeof value !== 'string') return;
        const revealed = masked.replaceAll('*', '');
        expect(revealed.length).toBeLessThanOrEqual(10);
        if (revealed.length > 0) {
          expect(masked.slice(0, 6)).toBe(value.slice(0, 6));
          expect(masked.slice(-4)).toBe(value.slice(-4));
          expect(masked.slice(6, -4)).toMatch(/^\*+$/);
        }
      }),
    );
  });
});
