/**
 * RFC 9457 problem+json answers in the shape of specs/common/problem.yaml: `type`, bilingual titles, `status`,
 * stable `code`, `requestId`, an opaque `instance`, and optional `errors[]`, `currentState`, `allowedActions`.
 */
import type { ProblemRegistry, ProblemTypeDescriptor } from '@zhongyuan/sdk';
import { commonProblems } from './common-problems.js';

/** One field error of a validation problem. Its `message` never contains the submitted value. */
export interface FieldError {
  /** Where the offending value travelled. */
  readonly in: 'body' | 'query' | 'path' | 'header';
  /** JSON Pointer of the field (`''` for the whole body). */
  readonly pointer: string;
  /** Stable upper-snake-case code, e.g. `CHECK_DIGIT`, `TOO_SMALL`, `UNKNOWN_PROPERTY`. */
  readonly code: string;
  /** English explanation naming expectations only. */
  readonly message: string;
}

/** Members a problem may carry beyond the registry's. */
export interface ProblemExtras {
  readonly errors?: readonly FieldError[];
  readonly currentState?: string;
  readonly allowedActions?: readonly string[];
  /** Further extension members defined by the problem type (e.g. `existingEntryId`). */
  readonly [member: string]: unknown;
}

/** Looks up problem types by their stable code. */
export interface ProblemCatalog {
  /** The descriptor of `code`, or `undefined`. */
  byCode(code: string): ProblemTypeDescriptor | undefined;
}

/** A catalog over the common problems and, when given, an exchange's registry (whose entries win). */
export function createProblemCatalog(registry?: ProblemRegistry): ProblemCatalog {
  const map = new Map<string, ProblemTypeDescriptor>();
  for (const d of Object.values(commonProblems)) map.set(d.code, d);
  if (registry !== undefined) for (const d of Object.values(registry)) map.set(d.code, d);
  return { byCode: (code) => map.get(code) };
}

/** The problem body of `code`. Throws when the code is unknown to the catalog (a defect in the mock). */
export function problemBody(
  catalog: ProblemCatalog,
  code: string,
  requestId: string,
  detail?: string,
  extras?: ProblemExtras,
): Record<string, unknown> {
  const d = catalog.byCode(code);
  if (d === undefined) throw new TypeError(`unknown problem code ${code}`);
  return {
    type: d.type,
    title: d.title,
    titleZh: d.titleZh,
    status: d.status,
    code: d.code,
    ...(detail !== undefined ? { detail } : {}),
    instance: `urn:uuid:${crypto.randomUUID()}`,
    requestId,
    ...extras,
  };
}

/** A problem+json `Response`. */
export function problemResponse(
  body: Record<string, unknown>,
  headers: Readonly<Record<string, string>> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status: body['status'] as number,
    headers: { 'content-type': 'application/problem+json', 'cache-control': 'no-store', ...headers },
  });
}
