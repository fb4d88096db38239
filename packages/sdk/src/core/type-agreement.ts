/**
 * Type-level agreement between two views of one schema: the zod schema's output type and the TypeScript type
 * openapi-typescript emits. Used by each exchange's generated `type-assertions.gen.ts`.
 *
 * @module
 */

/**
 * A type with the differences that do not matter removed: zod spells an optional property `p?: T | undefined`,
 * openapi-typescript `p?: T` (both mean "may be absent"); `readOnly` properties come out `readonly` from
 * openapi-typescript only (the mark says who writes a field, not what it holds); and an
 * `additionalProperties: true` index signature is not compared, since extension members are open by design.
 */
export type Normalized<T> = T extends readonly (infer U)[]
  ? Normalized<U>[]
  : T extends object
    ? { -readonly [K in keyof T as string extends K ? never : K]: Normalized<Exclude<T[K], undefined>> }
    : T;

/** `true` when `A` and `B` describe the same values (after {@link Normalized}), else `false`. */
export type SameShape<A, B> =
  (<T>() => T extends Normalized<A> ? 1 : 2) extends <T>() => T extends Normalized<B> ? 1 : 2 ? true : false;
