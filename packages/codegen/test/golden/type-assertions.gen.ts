// Generated from packages/codegen/test/fixtures/golden/openapi.yaml (version 1.2.3) by `pnpm generate`.
// Do not edit: change the spec and run `pnpm generate` again.

import type * as z from 'zod';
import type { SameShape } from "@zhongyuan/sdk";
import type * as s from './zod.gen.js';
import type { components } from './types.gen.js';

type Assert<T extends true> = T;

/** One entry per named schema; each fails to compile if the zod and TypeScript views disagree. */
export type SchemaTypeAgreement = [
  Assert<SameShape<z.output<typeof s.zNewParcel>, components['schemas']["NewParcel"]>>,
  Assert<SameShape<z.output<typeof s.zParcel>, components['schemas']["Parcel"]>>,
  Assert<SameShape<z.output<typeof s.zParcelPage>, components['schemas']["ParcelPage"]>>,
  Assert<SameShape<z.output<typeof s.zCitizenId>, components['schemas']["CitizenId"]>>,
  Assert<SameShape<z.output<typeof s.zFen>, components['schemas']["Fen"]>>,
  Assert<SameShape<z.output<typeof s.zProblem>, components['schemas']["Problem"]>>,
];
