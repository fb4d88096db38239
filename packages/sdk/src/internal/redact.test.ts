import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { piiPatterns, redact, redactText } from './redact.js';

const digit = fc.constantFrom(...'0123456789');
const citizenIdShape = fc
  .tuple(fc.array(digit, { minLength: 17, maxLength: 17 }), fc.constantFrom(...'0123456789Xx'))
  .map(([digits, check]) => digits.join('') + check);

describe('redactText', () => {
  it('keeps at most the 6-digit region prefix and the last four of a citizen-ID shaped string', () => {
    expect(redactText('id 11010519491231002X ok')).toBe('id 110105********002X ok');
    fc.assert(
      fc.property(fc.string(), citizenIdShape, fc.string(), (before, id, after) => {
        const out = redactText(`${before} ${id} ${after}`);
        return !out.includes(id) && out.includes(`${id.slice(0, 6)}********${id.slice(14)}`);
      }),
    );
  });
  it('never leaves a control character, CR or LF', () => {
    fc.assert(
      // eslint-disable-next-line no-control-regex -- the property is precisely that no control character survives
      fc.property(fc.string({ unit: 'binary' }), (text) => !/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(redactText(text))),
    );
    expect(redactText('a\r\nb\u0000')).toBe('a\\r\\nb\\u0000');
  });
});

describe('redact', () => {
  it('replaces x-pii fields by pointer, with * over arrays', () => {
    const pii = piiPatterns(['/items/*/name', '/holder'], '/body');
    const out = redact({ body: { items: [{ name: 'Zhang San', id: 1 }], holder: { name: 'Li Si' } } }, pii);
    expect(out).toEqual({ body: { items: [{ name: '[REDACTED]', id: 1 }], holder: '[REDACTED]' } });
  });
  it('drops credentials wherever they appear, including Headers', () => {
    const headers = new Headers({ authorization: 'Bearer abc', cookie: 'a=b', 'x-ok': 'fine' });
    expect(redact({ headers, nested: { accessToken: 'abc', apiKey: 'k' } })).toEqual({
      headers: { authorization: '[REDACTED]', cookie: '[REDACTED]', 'x-ok': 'fine' },
      nested: { accessToken: '[REDACTED]', apiKey: '[REDACTED]' },
    });
  });
  it('is total over JSON values', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => (redact(value), true)));
  });
});
