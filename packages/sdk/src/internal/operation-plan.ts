// Everything the runtime needs per operation, computed once per table (not once per call).
import type { ZodType } from 'zod';
import type { OperationDescriptor, PaginationDescriptor } from '../core/operation.js';
import { compiledSchema } from './compiled-schema.js';
import { segments } from './json-pointer.js';
import { mayRetry } from './retry-policy.js';
import { piiPatterns, type PiiPatterns } from './redact.js';

/** A piece of a path template: literal text or the name of a path parameter. */
export type PathPart = { readonly literal: string } | { readonly param: string };

/** The precomputed form of one {@link OperationDescriptor}. */
export interface OperationPlan {
  readonly descriptor: OperationDescriptor;
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly pathParts: readonly PathPart[];
  readonly queryParams: readonly string[];
  readonly headerParams: readonly string[];
  readonly hasBody: boolean;
  readonly bodyRequired: boolean;
  readonly bodySchema: ZodType | undefined;
  /** Whether the request body is an NDJSON stream of rows (`bodySchema` is then a row's). */
  readonly streamedBody: boolean;
  /** Success statuses whose answer is an NDJSON stream (read lazily, row by row). */
  readonly streamedStatuses: ReadonlySet<number>;
  readonly paramsSchema: ZodType;
  readonly retryable: boolean;
  readonly idempotent: boolean;
  readonly pagination: PaginationDescriptor | undefined;
  readonly identifierChecks: readonly { readonly pattern: readonly string[]; readonly kind: string }[];
  /** `x-pii` patterns of the response body. */
  readonly responsePii: PiiPatterns;
  /** `x-pii` patterns of log fields: `/body/...` for the request, `/response/...` for the answer. */
  readonly logPii: PiiPatterns;
  /** Success statuses whose answer carries no body. */
  readonly emptyStatuses: ReadonlySet<number>;
  /** Declared success statuses → body schema (`undefined` when the spec gives none). */
  readonly successSchemas: ReadonlyMap<number, ZodType | undefined>;
  /** The spec's `2XX` response, when it declares one, that covers undeclared success statuses. */
  readonly fallbackSchema: { readonly schema: ZodType | undefined } | undefined;
}

/** Compiles a descriptor; its schemas get zod's compiled fast path (see compiled-schema.ts). */
export function planOperation(descriptor: OperationDescriptor): OperationPlan {
  const pathParts: PathPart[] = [];
  for (const piece of descriptor.path.split(/(\{[^}]+\})/)) {
    if (piece === '') continue;
    pathParts.push(piece.startsWith('{') ? { param: piece.slice(1, -1) } : { literal: piece });
  }
  const emptyStatuses = new Set<number>([204, 205]);
  const successSchemas = new Map<number, ZodType | undefined>();
  const streamedStatuses = new Set<number>();
  for (const [status, response] of Object.entries(descriptor.responses)) {
    if (!/^2\d\d$/.test(status)) continue;
    successSchemas.set(Number(status), compiledSchema(response.schema));
    if (response.stream === 'ndjson') streamedStatuses.add(Number(status));
    if (response.contentType === undefined) emptyStatuses.add(Number(status));
  }
  const fallback = descriptor.responses['2XX'];
  return {
    descriptor,
    operationId: descriptor.operationId,
    method: descriptor.method,
    path: descriptor.path,
    pathParts,
    queryParams: descriptor.parameters.filter((p) => p.in === 'query').map((p) => p.name),
    headerParams: descriptor.parameters.filter((p) => p.in === 'header').map((p) => p.name),
    hasBody: descriptor.requestBody !== undefined,
    bodyRequired: descriptor.requestBody?.required ?? false,
    bodySchema: compiledSchema(descriptor.requestBody?.schema),
    streamedBody: descriptor.requestBody?.stream === 'ndjson',
    streamedStatuses,
    paramsSchema: compiledSchema(descriptor.paramsSchema),
    retryable: mayRetry(descriptor.method, descriptor.idempotency),
    idempotent: descriptor.idempotency === 'required',
    pagination: descriptor.pagination,
    // Pointers of identifiers are relative to the params object for parameters and to the body for bodies.
    identifierChecks: (descriptor.identifiers ?? []).map((c) => ({
      pattern: c.in === 'body' ? ['body', ...segments(c.pointer)] : segments(c.pointer),
      kind: c.kind,
    })),
    responsePii: piiPatterns(descriptor.responsePii),
    logPii: [
      ...piiPatterns(descriptor.requestPii, '/body'),
      ...piiPatterns(descriptor.responsePii, '/response'),
      ...descriptor.parameters.filter((p) => p.pii).map((p) => ['params', p.name]),
    ],
    emptyStatuses,
    successSchemas,
    fallbackSchema: fallback === undefined ? undefined : { schema: compiledSchema(fallback.schema) },
  };
}

/** Compiles a whole table, lazily per operation so that large tables cost nothing until used. */
export function planTable(table: Readonly<Record<string, OperationDescriptor>>): (key: string) => OperationPlan {
  const plans = new Map<string, OperationPlan>();
  return (key) => {
    let plan = plans.get(key);
    if (plan === undefined) {
      const descriptor = table[key];
      if (descriptor === undefined) throw new TypeError(`Unknown operation: ${key}`);
      plan = planOperation(descriptor);
      plans.set(key, plan);
    }
    return plan;
  };
}
