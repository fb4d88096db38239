// Validation of 2xx bodies in the three modes. In `warn` mode, zod issues are sorted into drift (an unknown
// property, an unknown enum value) and fatal mismatches; the body is accepted when there is only drift, whether the
// generated object schemas are strict or loose.
import type { ZodType } from 'zod';
import type { DriftReport, ValidationMode } from '../core/client-options.js';
import type { ValidationIssue } from '../core/errors.js';
import { matchesAny, segments, toPointer } from './json-pointer.js';
import type { PiiPatterns } from './redact.js';
import { redactText } from './redact.js';

interface Issue {
  readonly code?: string;
  readonly path: readonly PropertyKey[];
  readonly keys?: readonly string[];
  readonly values?: readonly unknown[];
  readonly errors?: readonly (readonly Issue[])[];
}

/** The outcome of checking one body. */
export type CheckedResponse =
  | { readonly ok: true; readonly data: unknown; readonly drift: readonly Omit<DriftReport, 'operationId' | 'status'>[] }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/** Checks `body` against `schema` in `mode`; `pii` names response fields whose values must never be reported. */
export function checkResponse(
  body: unknown,
  schema: ZodType | undefined,
  mode: ValidationMode,
  pii: PiiPatterns,
): CheckedResponse {
  if (mode === 'off' || schema === undefined) return { ok: true, data: body, drift: [] };
  const result = schema.safeParse(body);
  if (result.success) return { ok: true, data: result.data, drift: [] };
  const issues = result.error.issues as readonly Issue[];
  if (mode === 'strict') {
    return { ok: false, issues: issues.map((i) => ({ pointer: toPointer(i.path), code: i.code ?? 'custom' })) };
  }
  const drift: Omit<DriftReport, 'operationId' | 'status'>[] = [];
  const fatal: ValidationIssue[] = [];
  for (const issue of issues) classify(issue, [], body, pii, drift, fatal);
  if (fatal.length > 0) return { ok: false, issues: fatal };
  // The parse failed only on drift: hand back the body as received, unknown members included.
  return { ok: true, data: body, drift };
}

function classify(
  issue: Issue,
  base: readonly PropertyKey[],
  body: unknown,
  pii: PiiPatterns,
  drift: Omit<DriftReport, 'operationId' | 'status'>[],
  fatal: ValidationIssue[],
): void {
  const path = [...base, ...issue.path];
  if (issue.code === 'unrecognized_keys') {
    for (const key of issue.keys ?? []) {
      const at = [...path, key];
      drift.push({ pointer: toPointer(at), expected: 'no such property', actual: typeOf(valueAt(body, at)) });
    }
    return;
  }
  if (issue.code === 'invalid_value') {
    const value = valueAt(body, path);
    const pointer = toPointer(path);
    const personal = matchesAny(segments(pointer), pii);
    drift.push({
      pointer,
      expected: `one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join('|')}`,
      actual: personal || typeof value !== 'string' ? typeOf(value) : redactText(JSON.stringify(value.slice(0, 64))),
    });
    return;
  }
  if (issue.code === 'invalid_union' && issue.errors !== undefined) {
    // Accept the union when one branch fails only on drift; report that branch's drift.
    for (const branch of issue.errors) {
      if (branch.length === 0) continue;
      const branchDrift: Omit<DriftReport, 'operationId' | 'status'>[] = [];
      const branchFatal: ValidationIssue[] = [];
      for (const inner of branch) classify(inner, path, body, pii, branchDrift, branchFatal);
      if (branchFatal.length === 0) {
        drift.push(...branchDrift);
        return;
      }
    }
  }
  fatal.push({ pointer: toPointer(path), code: issue.code ?? 'custom' });
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
