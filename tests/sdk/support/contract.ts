// A small hand-written contract in exactly the shapes the code generator emits: an openapi-typescript
// `operations` interface, an operation table (`as const satisfies OperationTable`) and a problem registry.
import { z } from 'zod';
import type { OperationTable, ProblemRegistry } from '@zhongyuan/sdk';

export const ThingSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  status: z.enum(['active', 'closed']),
  amountFen: z.number().int().nonnegative(),
  holderCitizenId: z.string().optional(),
  holderName: z.string().optional(),
});

export const NewThingSchema = z.strictObject({
  name: z.string().min(1),
  amountFen: z.number().int().nonnegative(),
  holderCitizenId: z.string(),
  holderName: z.string().optional(),
});

export const ThingPageSchema = z.strictObject({
  items: z.array(ThingSchema),
  nextCursor: z.string().nullable().optional(),
});

interface Thing {
  id: string;
  name: string;
  /** @enum {string} */
  status: 'active' | 'closed';
  amountFen: number;
  holderCitizenId?: string;
  holderName?: string;
}

interface NewThing {
  name: string;
  amountFen: number;
  holderCitizenId: string;
  holderName?: string;
}

type Json<T> = { headers: { [name: string]: unknown }; content: { 'application/json': T } };
type Problem = { headers: { [name: string]: unknown }; content: { 'application/problem+json': Record<string, unknown> } };

export interface operations {
  getThing: {
    parameters: {
      query?: { verbose?: boolean };
      header?: { 'X-City-Code'?: string };
      path: { thingId: string };
      cookie?: never;
    };
    requestBody?: never;
    responses: { 200: Json<Thing>; 404: Problem };
  };
  listThings: {
    parameters: {
      query?: { cursor?: string; limit?: number };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: { 200: Json<{ items: Thing[]; nextCursor?: string | null }> };
  };
  createThing: {
    // Protocol headers the spec declares but the table leaves to the runtime and the AuthStrategy.
    parameters: { query?: never; header: { 'Content-Digest': string; 'Idempotency-Key': string }; path?: never; cookie?: never };
    requestBody: { content: { 'application/json': NewThing } };
    responses: { 201: Json<Thing>; 409: Problem; 422: Problem };
  };
  deleteThing: {
    parameters: { query?: never; header?: never; path: { thingId: string }; cookie?: never };
    requestBody?: never;
    responses: { 204: { headers: { [name: string]: unknown }; content?: never }; 404: Problem };
  };
}

const noTransition = undefined;

export const table = {
  getThing: {
    operationId: 'getThing',
    method: 'GET',
    path: '/things/{thingId}',
    summary: 'Read a thing',
    summaryZh: '读取',
    parameters: [
      { name: 'thingId', in: 'path', required: true, pii: false },
      { name: 'verbose', in: 'query', required: false, pii: false },
      { name: 'X-City-Code', in: 'header', required: false, pii: false },
    ],
    requestBody: undefined,
    paramsSchema: z.strictObject({
      thingId: z.string().min(1),
      verbose: z.boolean().optional(),
      'X-City-Code': z.string().regex(/^\d{6}$/).optional(),
    }),
    responses: {
      '200': { contentType: 'application/json', schema: ThingSchema },
      '404': { contentType: 'application/problem+json', schema: undefined },
    },
    idempotency: 'none',
    problemTypes: [],
    pagination: undefined,
    transition: noTransition,
    requestPii: [],
    responsePii: ['/holderCitizenId', '/holderName'],
  },
  listThings: {
    operationId: 'listThings',
    method: 'GET',
    path: '/things',
    summary: 'List things',
    summaryZh: '列表',
    parameters: [
      { name: 'cursor', in: 'query', required: false, pii: false },
      { name: 'limit', in: 'query', required: false, pii: false },
    ],
    requestBody: undefined,
    paramsSchema: z.strictObject({ cursor: z.string().optional(), limit: z.number().int().positive().optional() }),
    responses: { '200': { contentType: 'application/json', schema: ThingPageSchema } },
    idempotency: 'none',
    problemTypes: [],
    pagination: { cursorParam: 'cursor', itemsField: 'items', nextCursorField: 'nextCursor' },
    transition: noTransition,
    requestPii: [],
    responsePii: ['/items/*/holderCitizenId', '/items/*/holderName'],
  },
  createThing: {
    operationId: 'createThing',
    method: 'POST',
    path: '/things',
    summary: 'Create a thing',
    summaryZh: '创建',
    parameters: [],
    requestBody: { contentType: 'application/json', required: true, schema: NewThingSchema },
    paramsSchema: z.strictObject({}),
    responses: {
      '201': { contentType: 'application/json', schema: ThingSchema },
      '409': { contentType: 'application/problem+json', schema: undefined },
    },
    idempotency: 'required',
    problemTypes: ['https://zhongyuan-exchange.org/problems/thing-already-closed'],
    pagination: undefined,
    transition: { machine: 'thing', from: [], to: 'active', action: 'create' },
    requestPii: ['/holderCitizenId', '/holderName'],
    responsePii: ['/holderCitizenId', '/holderName'],
    identifiers: [{ in: 'body', pointer: '/holderCitizenId', kind: 'citizen-id' }],
  },
  deleteThing: {
    operationId: 'deleteThing',
    method: 'DELETE',
    path: '/things/{thingId}',
    summary: 'Delete a thing',
    summaryZh: '删除',
    parameters: [{ name: 'thingId', in: 'path', required: true, pii: false }],
    requestBody: undefined,
    paramsSchema: z.strictObject({ thingId: z.string().min(1) }),
    responses: { '204': { contentType: undefined, schema: undefined } },
    idempotency: 'none',
    problemTypes: [],
    pagination: undefined,
    transition: noTransition,
    requestPii: [],
    responsePii: [],
  },
} as const satisfies OperationTable;

export const problems = {
  'https://zhongyuan-exchange.org/problems/request-in-progress': {
    type: 'https://zhongyuan-exchange.org/problems/request-in-progress',
    code: 'REQUEST_IN_PROGRESS',
    title: 'Request in progress',
    titleZh: '请求处理中',
    status: 409,
    retryable: true,
  },
  'https://zhongyuan-exchange.org/problems/thing-already-closed': {
    type: 'https://zhongyuan-exchange.org/problems/thing-already-closed',
    code: 'THING_ALREADY_CLOSED',
    title: 'Thing already closed',
    titleZh: '已关闭',
    status: 409,
    retryable: false,
  },
} as const satisfies ProblemRegistry;

export const aThing = { id: 't-1', name: 'Widget', status: 'active', amountFen: 1250 } as const;
