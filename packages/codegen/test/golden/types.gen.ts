// Generated from packages/codegen/test/fixtures/golden/openapi.yaml (version 1.2.3) by `pnpm generate`.
// Do not edit: change the spec and run `pnpm generate` again.

export interface paths {
    "/parcels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List parcels */
        get: operations["listParcels"];
        put?: never;
        /** Send a parcel */
        post: operations["createParcel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/parcels/{parcelId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                parcelId: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Withdraw a parcel */
        delete: operations["deleteParcel"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        NewParcel: {
            recipientId: components["schemas"]["CitizenId"];
            recipientName?: string;
            postage: components["schemas"]["Fen"];
        };
        Parcel: {
            parcelId: string;
            /** @enum {string} */
            status: "sent" | "delivered";
            recipientId: components["schemas"]["CitizenId"];
            postage: components["schemas"]["Fen"];
            /** Format: date-time */
            sentAt?: string;
            tags?: string[];
        };
        ParcelPage: {
            items: components["schemas"]["Parcel"][];
            nextCursor?: string | null;
        };
        CitizenId: string;
        Fen: number;
        Problem: {
            type: string;
            title: string;
            status: number;
            detail?: string;
        };
    };
    responses: {
        /** @description Too many requests. */
        TooManyRequests: {
            headers: {
                /** @description Request id, on every response. */
                "X-Request-Id": string;
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description Seconds to wait. */
        RetryAfter: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listParcels: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of parcels. */
            200: {
                headers: {
                    /** @description Request id, on every response. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParcelPage"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    createParcel: {
        parameters: {
            query?: never;
            header: {
                "Idempotency-Key": string;
                "X-Priority"?: "low" | "high";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewParcel"];
            };
        };
        responses: {
            /** @description Sent. */
            201: {
                headers: {
                    /** @description Path of the new parcel. */
                    Location: string;
                    /** @description Request id, on every response. */
                    "X-Request-Id": string;
                    /** @description Present on a replayed answer only. */
                    "Idempotent-Replayed"?: boolean;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Parcel"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteParcel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                parcelId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Withdrawn. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
