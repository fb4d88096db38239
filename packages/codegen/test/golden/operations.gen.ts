// Generated from packages/codegen/test/fixtures/golden/openapi.yaml (version 1.2.3) by `pnpm generate`.
// Do not edit: change the spec and run `pnpm generate` again.

import * as z from 'zod';
import type { OperationTable } from "@zhongyuan/sdk";
import * as s from './zod.gen.js';

/** The exchange these operations belong to and the spec version they were generated from. */
export const exchange = { name: "golden", title: "Golden fixture", specVersion: "1.2.3" } as const;

/** Every operation of the exchange, keyed by operationId. */
export const operations = {
  /** List parcels · 列出包裹 */
  listParcels: {
    operationId: "listParcels",
    method: "GET",
    path: "/parcels",
    summary: "List parcels",
    summaryZh: "列出包裹",
    parameters: [
      { name: "cursor", in: "query", required: false, pii: false },
      { name: "limit", in: "query", required: false, pii: false },
    ],
    requestBody: undefined,
    paramsSchema: z.object({ ...s.zListParcelsQuery.shape }),
    responses: {
      "200": { contentType: "application/json", schema: s.zParcelPage, requiredHeaders: ["x-request-id"] },
      "429": { contentType: "application/problem+json", schema: s.zProblem, requiredHeaders: ["retry-after","x-request-id"] },
    },
    idempotency: "none",
    problemTypes: [],
    pagination: {"cursorParam":"cursor","itemsField":"items","nextCursorField":"nextCursor"},
    transition: undefined,
    requestPii: [],
    responsePii: ["/items/*/recipientId"],
    identifiers: [],
  },
  /** Send a parcel · 寄出包裹 */
  createParcel: {
    operationId: "createParcel",
    method: "POST",
    path: "/parcels",
    summary: "Send a parcel",
    summaryZh: "寄出包裹",
    parameters: [
      { name: "X-Priority", in: "header", required: false, pii: false },
    ],
    requestBody: { contentType: "application/json", required: true, schema: s.zCreateParcelBody },
    paramsSchema: z.object({ ...s.zCreateParcelHeaders.pick({ "X-Priority": true }).shape }),
    responses: {
      "201": { contentType: "application/json", schema: s.zParcel, requiredHeaders: ["location","x-request-id"] },
      "404": { contentType: "application/problem+json", schema: s.zProblem, requiredHeaders: [] },
    },
    idempotency: "required",
    problemTypes: ["https://example.test/problems/parcel-lost"],
    pagination: undefined,
    transition: {"machine":"parcel","from":[],"to":"sent","action":"create"},
    requestPii: ["/recipientId","/recipientName"],
    responsePii: ["/recipientId"],
    identifiers: [{"in":"body","pointer":"/recipientId","kind":"citizen-id"}],
  },
  /** Withdraw a parcel · 撤回包裹 */
  deleteParcel: {
    operationId: "deleteParcel",
    method: "DELETE",
    path: "/parcels/{parcelId}",
    summary: "Withdraw a parcel",
    summaryZh: "撤回包裹",
    parameters: [
      { name: "parcelId", in: "path", required: true, pii: false },
    ],
    requestBody: undefined,
    paramsSchema: z.object({ ...s.zDeleteParcelPath.shape }),
    responses: {
      "204": { contentType: undefined, schema: undefined, requiredHeaders: [] },
    },
    idempotency: "none",
    problemTypes: ["https://example.test/problems/not-found"],
    pagination: undefined,
    transition: undefined,
    requestPii: [],
    responsePii: [],
    identifiers: [],
  },
} as const satisfies OperationTable;

/** The operationIds of the exchange. */
export type OperationId = keyof typeof operations;
