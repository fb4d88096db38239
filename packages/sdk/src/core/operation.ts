/**
 * The shape of a generated operation table: the data that the one hand-written runtime turns into calls.
 *
 * Every exchange's `generated/operations.gen.ts` exports a table whose entries satisfy
 * {@link OperationDescriptor}. The runtime never contains per-operation code; it reads these entries.
 *
 * @module
 */
import type { ZodType } from 'zod';

/** HTTP methods used by the exchanges. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Where a parameter travels. */
export type ParameterLocation = 'path' | 'query' | 'header';

/** One declared parameter of an operation. */
export interface ParameterDescriptor {
  /** The parameter's name on the wire (and in the method's params object). */
  readonly name: string;
  /** Where it travels. */
  readonly in: ParameterLocation;
  /** Whether the spec marks it required. */
  readonly required: boolean;
  /** Whether the spec marks it as personal data (`x-pii`): it is never logged or echoed. */
  readonly pii: boolean;
}

/** A response the spec declares for one status code. */
export interface ResponseDescriptor {
  /** The media type of the body, or `undefined` when the response has no body (e.g. 204). */
  readonly contentType: string | undefined;
  /** The zod schema of the body, when it is JSON (of one line, for a stream). */
  readonly schema: ZodType | undefined;
  /** `ndjson` when the body is a stream of JSON lines (`x-stream`), each matching `schema`. */
  readonly stream?: 'ndjson' | undefined;
  /**
   * Lower-case names of the response headers the spec marks `required: true` for this status, sorted, e.g.
   * `['location', 'x-request-id']` on a 201 of a creating operation. Optional headers are not listed. The code
   * generator always fills it; a hand-written table may leave it out (then no header is required).
   */
  readonly requiredHeaders?: readonly string[] | undefined;
}

/** Cursor pagination as declared by `x-pagination` on a list operation. */
export interface PaginationDescriptor {
  /** The query parameter carrying the cursor of the next page. */
  readonly cursorParam: string;
  /** The response property holding the page's items. */
  readonly itemsField: string;
  /** The response property holding the next page's cursor (absent or `null` on the last page). */
  readonly nextCursorField: string;
}

/** A state transition declared by `x-flow` on an operation (used by the mock and the docs). */
export interface TransitionDescriptor {
  /** The state machine this operation drives, e.g. `settlement`. */
  readonly machine: string;
  /** The states in which the operation is allowed; empty for a creating operation. */
  readonly from: readonly string[];
  /** The state the resource is in after the operation succeeds. */
  readonly to: string;
  /** The action name shown in `allowedActions`. */
  readonly action: string;
}

/** One operation of an exchange, as emitted by the code generator. */
export interface OperationDescriptor {
  /** The spec's `operationId`. */
  readonly operationId: string;
  /** HTTP method. */
  readonly method: HttpMethod;
  /** Path template relative to the exchange's base URL, e.g. `/settlements/{settlementId}`. */
  readonly path: string;
  /** English summary. */
  readonly summary: string;
  /** Chinese summary (`x-summary-zh`). */
  readonly summaryZh: string;
  /** Declared parameters, in spec order. */
  readonly parameters: readonly ParameterDescriptor[];
  /** The request body, when the operation takes one. */
  readonly requestBody:
    | {
        readonly contentType: string;
        readonly required: boolean;
        readonly schema: ZodType | undefined;
        /** `ndjson` when the body is a stream of JSON lines (`x-stream`); `schema` is then the schema of one line. */
        readonly stream?: 'ndjson' | undefined;
      }
    | undefined;
  /** Schema of the path, query and header parameters together (an object keyed by parameter name). */
  readonly paramsSchema: ZodType;
  /** Declared responses keyed by status code (`'200'`, `'201'`, `'default'` …). */
  readonly responses: Readonly<Record<string, ResponseDescriptor>>;
  /**
   * `required` when the spec marks the operation with `x-idempotency: required`: the runtime sends an
   * `Idempotency-Key` stable across retries, and the operation may be retried although its method is unsafe.
   */
  readonly idempotency: 'required' | 'none';
  /** Problem type URIs the operation may answer with (from the exchange's problem registry). */
  readonly problemTypes: readonly string[];
  /** Present on cursor-paginated list operations. */
  readonly pagination: PaginationDescriptor | undefined;
  /** Present on operations that drive a state machine. */
  readonly transition: TransitionDescriptor | undefined;
  /** JSON Pointers (with `*` for array items) of `x-pii` fields in the request body. */
  readonly requestPii: readonly string[];
  /** JSON Pointers (with `*` for array items) of `x-pii` fields in success response bodies. */
  readonly responsePii: readonly string[];
  /** Fields carrying domain identifiers (`x-identifier`), checked beyond their pattern before sending. */
  readonly identifiers?: readonly IdentifierFieldDescriptor[];
}

/** A field whose value is a domain identifier such as a citizen ID or a unified social credit code. */
export interface IdentifierFieldDescriptor {
  /** Where the field travels. */
  readonly in: ParameterLocation | 'body';
  /** JSON Pointer of the field: `/name` for parameters, a body pointer (with `*` for array items) for bodies. */
  readonly pointer: string;
  /** The identifier kind named by `x-identifier`: `citizen-id`, `uscc`, `org-code`, `region-code`, … */
  readonly kind: string;
}

/** A generated operation table: operationId → descriptor. */
export type OperationTable = Readonly<Record<string, OperationDescriptor>>;

/** One entry of an exchange's problem-type registry (`x-problem-types`). */
export interface ProblemTypeDescriptor {
  /** The problem `type` URI. */
  readonly type: string;
  /** Stable code used in `switch (error.code)`, e.g. `SETTLEMENT_ALREADY_REVERSED`. */
  readonly code: string;
  /** English title. */
  readonly title: string;
  /** Chinese title. */
  readonly titleZh: string;
  /** HTTP status the problem is answered with. */
  readonly status: number;
  /** Whether the same request may succeed if sent again later. */
  readonly retryable: boolean;
}

/** A generated problem registry: type URI → descriptor. */
export type ProblemRegistry = Readonly<Record<string, ProblemTypeDescriptor>>;
