// Generated from packages/codegen/test/fixtures/golden/openapi.yaml (version 1.2.3) by `pnpm generate`.
// Do not edit: change the spec and run `pnpm generate` again.

import type { ProblemRegistry } from "@zhongyuan/sdk";

/** The problem types this exchange answers with, keyed by type URI. */
export const problemTypes = {
  "https://example.test/problems/not-found": { type: "https://example.test/problems/not-found", code: "NOT_FOUND", title: "Not found", titleZh: "未找到", status: 404, retryable: false },
  "https://example.test/problems/parcel-lost": { type: "https://example.test/problems/parcel-lost", code: "PARCEL_LOST", title: "Parcel lost", titleZh: "包裹丢失", status: 409, retryable: false },
} as const satisfies ProblemRegistry;

/** Every problem code of this exchange, for exhaustive `switch (error.code)`. */
export type ProblemCode = (typeof problemTypes)[keyof typeof problemTypes]['code'];
