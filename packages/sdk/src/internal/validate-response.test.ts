import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { piiPatterns } from './redact.js';
import { checkResponse } from './validate-response.js';

const Settlement = z.strictObject({
  id: z.string(),
  status: z.enum(['settled', 'reversed']),
  lines: z.array(z.strictObject({ code: z.string(), kind: z.enum(['drug', 'service']) })),
});

describe('checkResponse', () => {
  it('warn: reports drift in nested arrays with concrete pointers', () => {
    const body = { id: 's', status: 'settled', lines: [{ code: 'a', kind: 'device', note: 'x' }] };
    const result = checkResponse(body, Settlement, 'warn', []);
    expect(result).toEqual({
      ok: true,
      data: body,
      drift: [
        { pointer: '/lines/0/kind', expected: 'one of "drug"|"service"', actual: '"device"' },
        { pointer: '/lines/0/note', expected: 'no such property', actual: 'string' },
      ],
    });
  });
  it('warn: a union is accepted when one branch fails only on drift', () => {
    const U = z.union([z.strictObject({ kind: z.literal('a'), n: z.number() }), z.strictObject({ kind: z.literal('b') })]);
    const result = checkResponse({ kind: 'a', n: 1, extra: true }, U, 'warn', []);
    expect(result.ok && result.drift.map((d) => d.pointer)).toEqual(['/extra']);
    expect(checkResponse({ kind: 'c', n: 'x' }, U, 'warn', []).ok).toBe(true);
    expect(checkResponse(42, U, 'warn', []).ok).toBe(false);
  });
  it('warn: pii enum values are described by type only', () => {
    const S = z.strictObject({ items: z.array(z.strictObject({ ethnicity: z.enum(['01']) })) });
    const result = checkResponse({ items: [{ ethnicity: '99' }] }, S, 'warn', piiPatterns(['/items/*/ethnicity']));
    expect(result.ok && result.drift[0]?.actual).toBe('string');
  });
  it('strict rejects drift; off accepts anything', () => {
    expect(checkResponse({ id: 1 }, Settlement, 'strict', []).ok).toBe(false);
    expect(checkResponse({ id: 1 }, Settlement, 'off', [])).toEqual({ ok: true, data: { id: 1 }, drift: [] });
  });
});
