import type { OperationModel, SpecModel } from './model.js';

const q = (value: unknown) => JSON.stringify(value);
const zodName = (base: string) => `z${base.charAt(0).toUpperCase()}${base.slice(1)}`;

/** Names the operation table refers to in the zod module; each must exist there. */
export function requiredZodExports(model: SpecModel): string[] {
  const names = new Set<string>();
  for (const op of model.operations) {
    for (const ref of zodRefs(op)) names.add(ref);
  }
  return [...names];
}

function zodRefs(op: OperationModel): string[] {
  const refs: string[] = [];
  const has = (location: string) => op.parameters.some((p) => p.in === location);
  if (has('path')) refs.push(`${zodName(op.operationId)}Path`);
  if (has('query')) refs.push(`${zodName(op.operationId)}Query`);
  if (has('header')) refs.push(`${zodName(op.operationId)}Headers`);
  if (op.requestBody?.hasSchema) refs.push(`${zodName(op.operationId)}Body`);
  for (const response of op.responses) if (response.schemaName) refs.push(zodName(response.schemaName));
  return refs;
}

function paramsSchema(op: OperationModel): string {
  const parts: string[] = [];
  const op$ = zodName(op.operationId);
  if (op.parameters.some((p) => p.in === 'path')) parts.push(`...s.${op$}Path.shape`);
  if (op.parameters.some((p) => p.in === 'query')) parts.push(`...s.${op$}Query.shape`);
  const headers = op.parameters.filter((p) => p.in === 'header');
  if (headers.length > 0) {
    parts.push(`...s.${op$}Headers.pick({ ${headers.map((h) => `${q(h.name)}: true`).join(', ')} }).shape`);
  }
  return parts.length === 0 ? 'z.object({})' : `z.object({ ${parts.join(', ')} })`;
}

function emitOperation(op: OperationModel): string {
  const lines: string[] = [];
  lines.push(`  /** ${op.summary} · ${op.summaryZh} */`);
  lines.push(`  ${op.operationId}: {`);
  lines.push(`    operationId: ${q(op.operationId)},`);
  lines.push(`    method: ${q(op.method)},`);
  lines.push(`    path: ${q(op.path)},`);
  lines.push(`    summary: ${q(op.summary)},`);
  lines.push(`    summaryZh: ${q(op.summaryZh)},`);
  lines.push(`    parameters: [`);
  for (const p of op.parameters) {
    lines.push(`      { name: ${q(p.name)}, in: ${q(p.in)}, required: ${p.required}, pii: ${p.pii} },`);
  }
  lines.push(`    ],`);
  if (op.requestBody) {
    const schema = op.requestBody.hasSchema ? `s.${zodName(op.operationId)}Body` : 'undefined';
    const stream = op.requestBody.stream !== undefined ? `, stream: ${q(op.requestBody.stream)}` : '';
    lines.push(`    requestBody: { contentType: ${q(op.requestBody.contentType)}, required: ${op.requestBody.required}, schema: ${schema}${stream} },`);
  } else {
    lines.push(`    requestBody: undefined,`);
  }
  lines.push(`    paramsSchema: ${paramsSchema(op)},`);
  lines.push(`    responses: {`);
  for (const r of op.responses) {
    const schema = r.schemaName ? `s.${zodName(r.schemaName)}` : 'undefined';
    const stream = r.stream !== undefined ? `, stream: ${q(r.stream)}` : '';
    const headers = `, requiredHeaders: ${q(r.requiredHeaders)}`;
    lines.push(`      ${q(r.status)}: { contentType: ${r.contentType ? q(r.contentType) : 'undefined'}, schema: ${schema}${stream}${headers} },`);
  }
  lines.push(`    },`);
  lines.push(`    idempotency: ${q(op.idempotency)},`);
  lines.push(`    problemTypes: ${q(op.problemTypes)},`);
  lines.push(`    pagination: ${op.pagination ? q(op.pagination) : 'undefined'},`);
  lines.push(`    transition: ${op.transition ? q(op.transition) : 'undefined'},`);
  lines.push(`    requestPii: ${q(op.requestPii)},`);
  lines.push(`    responsePii: ${q(op.responsePii)},`);
  lines.push(`    identifiers: ${q(op.identifiers)},`);
  lines.push(`  },`);
  return lines.join('\n');
}

/** The operation table module: operationId → descriptor, plus the exchange's name and spec version. */
export function emitOperationTable(model: SpecModel, coreImport: string): string {
  return [
    `import * as z from 'zod';`,
    `import type { OperationTable } from ${q(coreImport)};`,
    `import * as s from './zod.gen.js';`,
    ``,
    `/** The exchange these operations belong to and the spec version they were generated from. */`,
    `export const exchange = { name: ${q(model.exchange)}, title: ${q(model.title)}, specVersion: ${q(model.version)} } as const;`,
    ``,
    `/** Every operation of the exchange, keyed by operationId. */`,
    `export const operations = {`,
    ...model.operations.map(emitOperation),
    `} as const satisfies OperationTable;`,
    ``,
    `/** The operationIds of the exchange. */`,
    `export type OperationId = keyof typeof operations;`,
    ``,
  ].join('\n');
}

/** The problem registry module: type URI → descriptor, and the union of the exchange's problem codes. */
export function emitProblemRegistry(model: SpecModel, coreImport: string): string {
  return [
    `import type { ProblemRegistry } from ${q(coreImport)};`,
    ``,
    `/** The problem types this exchange answers with, keyed by type URI. */`,
    `export const problemTypes = {`,
    ...model.problemTypes.map((p) =>
      `  ${q(p.type)}: { type: ${q(p.type)}, code: ${q(p.code)}, title: ${q(p.title)}, titleZh: ${q(p.titleZh)}, status: ${p.status}, retryable: ${p.retryable} },`),
    `} as const satisfies ProblemRegistry;`,
    ``,
    `/** Every problem code of this exchange, for exhaustive \`switch (error.code)\`. */`,
    `export type ProblemCode = (typeof problemTypes)[keyof typeof problemTypes]['code'];`,
    ``,
  ].join('\n');
}

/**
 * Compile-time proof that each zod schema's output type equals the openapi-typescript type of the same
 * schema. A mismatch is a type error in this file.
 */
export function emitTypeAssertions(model: SpecModel, zodExports: ReadonlySet<string>, typeAgreementImport: string): string {
  const checked = model.schemaNames.filter((name) => zodExports.has(zodName(name)));
  return [
    `import type * as z from 'zod';`,
    `import type { SameShape } from ${q(typeAgreementImport)};`,
    `import type * as s from './zod.gen.js';`,
    `import type { components } from './types.gen.js';`,
    ``,
    `type Assert<T extends true> = T;`,
    ``,
    `/** One entry per named schema; each fails to compile if the zod and TypeScript views disagree. */`,
    `export type SchemaTypeAgreement = [`,
    ...checked.map((name) => `  Assert<SameShape<z.output<typeof s.${zodName(name)}>, components['schemas'][${q(name)}]>>,`),
    `];`,
    ``,
  ].join('\n');
}
