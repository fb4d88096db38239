// Generated from packages/codegen/test/fixtures/golden/openapi.yaml (version 1.2.3) by `pnpm generate`.
// Do not edit: change the spec and run `pnpm generate` again.

import * as z from 'zod';

export const zCitizenId = z.string().regex(/^\d{17}[\dX]$/);

export const zFen = z.int().gte(0).lte(9007199254740991);

export const zNewParcel = z.object({
    recipientId: zCitizenId,
    recipientName: z.string().optional(),
    postage: zFen
});

export const zParcel = z.object({
    parcelId: z.string(),
    status: z.enum(['sent', 'delivered']),
    recipientId: zCitizenId,
    postage: zFen,
    sentAt: z.iso.datetime({ offset: true }).optional(),
    tags: z.array(z.string()).optional()
});

export const zParcelPage = z.object({
    items: z.array(zParcel),
    nextCursor: z.string().nullish()
});

export const zProblem = z.object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.string().optional()
});

export const zListParcelsQuery = z.object({
    cursor: z.string().optional(),
    limit: z.int().gte(1).lte(100).optional()
});

/**
 * A page of parcels.
 */
export const zListParcelsResponse = zParcelPage;

export const zCreateParcelBody = zNewParcel;

export const zCreateParcelHeaders = z.object({
    'Idempotency-Key': z.string(),
    'X-Priority': z.enum(['low', 'high']).optional()
});

/**
 * Sent.
 */
export const zCreateParcelResponse = zParcel;

export const zDeleteParcelPath = z.object({
    parcelId: z.string()
});

/**
 * Withdrawn.
 */
export const zDeleteParcelResponse = z.void();
