// Generated from packages/codegen/test/fixtures/golden/openapi.yaml (version 1.2.3) by `pnpm generate`.
// Do not edit: change the spec and run `pnpm generate` again.

import type * as z from 'zod';
import type * as s from './zod.gen.js';
import type { components } from './types.gen.js';

// zod spells an optional property `p?: T | undefined`, openapi-typescript `p?: T`; both mean "may be absent".
type Normalize<T> = T extends readonly (infer U)[]
  ? Normalize<U>[]
  : T extends object
    ? { [K in keyof T]: Normalize<Exclude<T[K], undefined>> }
    : T;
type Equal<A, B> =
  (<T>() => T extends Normalize<A> ? 1 : 2) extends <T>() => T extends Normalize<B> ? 1 : 2 ? true : false;
type Assert<T extends true> = T;

/** One entry per named schema; each fails to compile if the zod and TypeScript views disagree. */
export type SchemaTypeAgreement = [
  Assert<Equal<z.output<typeof s.zNewParcel>, components['schemas']["NewParcel"]>>,
  Assert<Equal<z.output<typeof s.zParcel>, components['schemas']["Parcel"]>>,
  Assert<Equal<z.output<typeof s.zParcelPage>, components['schemas']["ParcelPage"]>>,
  Assert<Equal<z.output<typeof s.zCitizenId>, components['schemas']["CitizenId"]>>,
  Assert<Equal<z.output<typeof s.zFen>, components['schemas']["Fen"]>>,
  Assert<Equal<z.output<typeof s.zProblem>, components['schemas']["Problem"]>>,
];
