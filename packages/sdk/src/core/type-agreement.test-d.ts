import { expectTypeOf, test } from 'vitest';
import type { SameShape } from './type-agreement.js';

test('optional spelled with or without undefined agrees', () => {
  expectTypeOf<SameShape<{ a?: string | undefined }, { a?: string }>>().toEqualTypeOf<true>();
});

test('readOnly marks do not count', () => {
  expectTypeOf<SameShape<{ status: string }, { readonly status: string }>>().toEqualTypeOf<true>();
  expectTypeOf<SameShape<{ status: string }, { readonly status?: string }>>().toEqualTypeOf<false>();
});

test('open extension members do not count', () => {
  expectTypeOf<SameShape<{ a: string }, { a: string } & { [key: string]: unknown }>>().toEqualTypeOf<true>();
});

test('nested arrays of objects are compared deeply', () => {
  expectTypeOf<SameShape<{ items: { n?: number | undefined }[] }, { items: { n?: number }[] }>>().toEqualTypeOf<true>();
  expectTypeOf<SameShape<{ items: { n: number }[] }, { items: { n?: number }[] }>>().toEqualTypeOf<false>();
});

test('real differences are caught', () => {
  expectTypeOf<SameShape<{ a: string }, { a?: string }>>().toEqualTypeOf<false>();
  expectTypeOf<SameShape<{ a: string }, { a: number }>>().toEqualTypeOf<false>();
  expectTypeOf<SameShape<{ a: string }, { a: string; b: string }>>().toEqualTypeOf<false>();
  expectTypeOf<SameShape<{ s: 'x' | 'y' }, { s: 'x' | 'y' | 'z' }>>().toEqualTypeOf<false>();
  expectTypeOf<SameShape<{ v: string | null }, { v: string }>>().toEqualTypeOf<false>();
});
