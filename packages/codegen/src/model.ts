import { type JsonObject, isJsonObject } from './bundle.js';
import { derefNode, schemaRefName } from './deref.js';
import { requiredResponseHeaders } from './response-headers.js';
import { SpecError, pointerJoin } from './spec-error.js';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/**
 * Headers the SDK runtime sets itself on every call. They are documented in the specs (so teams in other
 * languages see them) but are not method parameters.
 */
export const MANAGED_HEADERS = new Set(
  ['idempotency-key', 'traceparent', 'tracestate', 'x-request-id', 'authorization', 'content-digest', 'x-client-id'],
);

/** A problem type from the document's `x-problem-registry`. */
export interface ProblemTypeModel {
  type: string;
  code: string;
  title: string;
  titleZh: string;
  status: number;
  retryable: boolean;
}

/** What the generator knows of one parameter. */
export interface ParameterModel {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  pii: boolean;
  identifier: string | undefined;
}

/** What the generator knows of one response. */
export interface ResponseModel {
  status: string;
  contentType: string | undefined;
  schemaName: string | undefined;
  /** `x-stream` of the media type: the body is a stream of lines, each matching the schema. */
  stream: 'ndjson' | undefined;
  /** Lower-case names of the headers the response marks `required: true`, sorted. */
  requiredHeaders: string[];
}

/** A field carrying a domain identifier (`x-identifier`) that the runtime checks beyond its pattern. */
export interface IdentifierField {
  in: 'path' | 'query' | 'header' | 'body';
  pointer: string;
  kind: string;
}

/** What the generator knows of one operation. */
export interface OperationModel {
  operationId: string;
  method: Uppercase<(typeof METHODS)[number]>;
  path: string;
  summary: string;
  summaryZh: string;
  description: string | undefined;
  parameters: ParameterModel[];
  requestBody: { contentType: string; required: boolean; hasSchema: boolean; stream: 'ndjson' | undefined } | undefined;
  responses: ResponseModel[];
  idempotency: 'required' | 'none';
  problemTypes: string[];
  pagination: { cursorParam: string; itemsField: string; nextCursorField: string } | undefined;
  transition: { machine: string; from: string[]; to: string; action: string } | undefined;
  requestPii: string[];
  responsePii: string[];
  identifiers: IdentifierField[];
}

/** What the generator knows of one exchange spec. */
export interface SpecModel {
  file: string;
  exchange: string;
  title: string;
  version: string;
  operations: OperationModel[];
  problemTypes: ProblemTypeModel[];
  schemaNames: string[];
}

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Reads a bundled document into the model the emitters need, refusing what the runtime could not serve. */
export function buildModel(document: JsonObject, file: string, exchange: string): SpecModel {
  const info = isJsonObject(document['info']) ? document['info'] : {};
  const version = str(info['version']);
  if (!version) throw new SpecError(file, '/info/version', 'info.version is required: it is the published spec version');
  const problemTypes = readRegistry(document, file);
  const byCode = new Map(problemTypes.map((p) => [p.code, p]));
  const paths = document['paths'];
  if (!isJsonObject(paths)) throw new SpecError(file, '/paths', 'the spec has no paths object');
  const operations: OperationModel[] = [];
  const seen = new Map<string, string>();
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = derefNode(document, rawItem);
    if (!isJsonObject(item)) continue;
    const itemPointer = pointerJoin('/paths', path);
    for (const method of METHODS) {
      const op = item[method];
      if (!isJsonObject(op)) continue;
      const at = pointerJoin(itemPointer, method);
      const operationId = str(op['operationId']);
      if (!operationId) {
        throw new SpecError(file, at, `${method.toUpperCase()} ${path} has no operationId: add one (camelCase, e.g. "createSettlement")`);
      }
      if (!/^[a-z][A-Za-z0-9]*$/.test(operationId)) {
        throw new SpecError(file, pointerJoin(at, 'operationId'), `operationId "${operationId}" must be camelCase letters and digits`);
      }
      const previous = seen.get(operationId);
      if (previous) throw new SpecError(file, pointerJoin(at, 'operationId'), `operationId "${operationId}" is also used at ${previous}`);
      seen.set(operationId, at);
      operations.push(readOperation(document, file, at, path, method, op, item, byCode));
    }
  }
  const components = isJsonObject(document['components']) ? document['components'] : {};
  const schemas = isJsonObject(components['schemas']) ? components['schemas'] : {};
  return {
    file,
    exchange,
    title: str(info['title']) ?? exchange,
    version,
    operations,
    problemTypes,
    schemaNames: Object.keys(schemas),
  };
}

function readRegistry(document: JsonObject, file: string): ProblemTypeModel[] {
  const raw = document['x-problem-registry'];
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) throw new SpecError(file, '/x-problem-registry', 'x-problem-registry must be a list of registries');
  const out: ProblemTypeModel[] = [];
  const codes = new Set<string>();
  raw.flat().forEach((entry: unknown, i) => {
    const at = pointerJoin('/x-problem-registry', i);
    if (!isJsonObject(entry)) throw new SpecError(file, at, 'each problem type must be a mapping');
    const type = str(entry['type']);
    const code = str(entry['code']);
    const title = str(entry['title']);
    const titleZh = str(entry['titleZh']);
    const status = entry['status'];
    const retryable = entry['retryable'];
    if (!type || !code || !title || !titleZh || typeof status !== 'number' || typeof retryable !== 'boolean') {
      throw new SpecError(file, at, 'a problem type needs type, code, title, titleZh, status (number) and retryable (boolean)');
    }
    if (codes.has(code)) throw new SpecError(file, pointerJoin(at, 'code'), `problem code "${code}" is registered twice`);
    codes.add(code);
    out.push({ type, code, title, titleZh, status, retryable });
  });
  return out;
}

function readOperation(
  document: JsonObject,
  file: string,
  at: string,
  path: string,
  method: (typeof METHODS)[number],
  op: JsonObject,
  item: JsonObject,
  byCode: ReadonlyMap<string, ProblemTypeModel>,
): OperationModel {
  const operationId = op['operationId'] as string;
  const parameters: ParameterModel[] = [];
  const identifiers: IdentifierField[] = [];
  const rawParams = [
    ...(Array.isArray(item['parameters']) ? item['parameters'] : []),
    ...(Array.isArray(op['parameters']) ? op['parameters'] : []),
  ];
  for (const [i, raw] of rawParams.entries()) {
    const param = derefNode(document, raw);
    if (!isJsonObject(param)) continue;
    const name = str(param['name']);
    const location = str(param['in']);
    if (!name || (location !== 'path' && location !== 'query' && location !== 'header')) {
      if (location === 'cookie') throw new SpecError(file, pointerJoin(at, 'parameters', i), 'cookie parameters are not supported');
      throw new SpecError(file, pointerJoin(at, 'parameters', i), 'a parameter needs a name and in: path, query or header');
    }
    if (location === 'header' && MANAGED_HEADERS.has(name.toLowerCase())) continue;
    const schema = derefNode(document, param['schema']);
    const pii = Boolean(param['x-pii']) || (isJsonObject(schema) && Boolean(schema['x-pii']));
    if (pii && location === 'query') {
      throw new SpecError(file, pointerJoin(at, 'parameters', i), `query parameter "${name}" is personal data (x-pii): personal data never travels in a URL; put it in the body`);
    }
    const identifier = isJsonObject(schema) ? str(schema['x-identifier']) : undefined;
    const existing = parameters.findIndex((p) => p.name === name && p.in === location);
    const model: ParameterModel = { name, in: location, required: param['required'] === true || location === 'path', pii, identifier };
    if (existing >= 0) parameters[existing] = model;
    else parameters.push(model);
    if (identifier) identifiers.push({ in: location, pointer: pointerJoin('', name), kind: identifier });
  }
  for (const name of path.matchAll(/\{([^}]+)\}/g)) {
    if (!parameters.some((p) => p.in === 'path' && p.name === name[1])) {
      throw new SpecError(file, at, `path parameter "${name[1]}" of ${path} is not declared in parameters`);
    }
  }

  let requestBody: OperationModel['requestBody'];
  let requestPii: string[] = [];
  const body = derefNode(document, op['requestBody']);
  if (isJsonObject(body) && isJsonObject(body['content'])) {
    const [contentType, media] = Object.entries(body['content'])[0] ?? [];
    if (contentType && isJsonObject(media)) {
      requestBody = { contentType, required: body['required'] === true, hasSchema: media['schema'] !== undefined, stream: streamOf(media) };
      requestPii = collectMarked(document, media['schema'], 'x-pii').map(([pointer]) => pointer);
      for (const [pointer, kind] of collectMarked(document, media['schema'], 'x-identifier')) {
        identifiers.push({ in: 'body', pointer, kind: String(kind) });
      }
    }
  }

  const responses: ResponseModel[] = [];
  const responsePii = new Set<string>();
  const rawResponses = isJsonObject(op['responses']) ? op['responses'] : {};
  for (const [status, rawResponse] of Object.entries(rawResponses)) {
    const response = derefNode(document, rawResponse);
    if (!isJsonObject(response)) continue;
    const content = isJsonObject(response['content']) ? response['content'] : undefined;
    const [contentType, media] = content ? (Object.entries(content)[0] ?? []) : [];
    const schema = isJsonObject(media) ? media['schema'] : undefined;
    const schemaName = schemaRefName(schema);
    const success = /^2\d\d$/.test(status);
    if (success && contentType?.includes('json') && schema !== undefined && !schemaName) {
      throw new SpecError(file, pointerJoin(at, 'responses', status, 'content', contentType, 'schema'),
        'a success response schema must $ref a named schema under components/schemas (or a common file) so the SDK can name its type');
    }
    if (success) for (const [pointer] of collectMarked(document, schema, 'x-pii')) responsePii.add(pointer);
    responses.push({
      status,
      contentType,
      schemaName,
      stream: isJsonObject(media) ? streamOf(media) : undefined,
      requiredHeaders: requiredResponseHeaders(document, response),
    });
  }

  const problemTypes: string[] = [];
  const codes = op['x-problem-types'];
  if (codes !== undefined) {
    if (!Array.isArray(codes)) throw new SpecError(file, pointerJoin(at, 'x-problem-types'), 'x-problem-types must be a list of codes');
    codes.forEach((code: unknown, i) => {
      const entry = typeof code === 'string' ? byCode.get(code) : undefined;
      if (!entry) {
        throw new SpecError(file, pointerJoin(at, 'x-problem-types', i), `problem code ${JSON.stringify(code)} is not in x-problem-registry: register it or fix the code`);
      }
      problemTypes.push(entry.type);
    });
  }

  const idempotency = op['x-idempotency'];
  if (idempotency !== undefined && idempotency !== 'required') {
    throw new SpecError(file, pointerJoin(at, 'x-idempotency'), 'x-idempotency takes only the value "required"');
  }
  return {
    operationId,
    method: method.toUpperCase() as OperationModel['method'],
    path,
    summary: str(op['summary']) ?? '',
    summaryZh: str(op['x-summary-zh']) ?? '',
    description: str(op['description']),
    parameters,
    requestBody,
    responses,
    idempotency: idempotency === 'required' ? 'required' : 'none',
    problemTypes,
    pagination: readPagination(file, at, op['x-pagination']),
    transition: readTransition(file, at, op['x-flow']),
    requestPii,
    responsePii: [...responsePii].sort(),
    identifiers,
  };
}

function readPagination(file: string, at: string, raw: unknown): OperationModel['pagination'] {
  if (raw === undefined) return undefined;
  const cursorParam = isJsonObject(raw) ? str(raw['cursorParam']) : undefined;
  const itemsField = isJsonObject(raw) ? str(raw['itemsField']) : undefined;
  const nextCursorField = isJsonObject(raw) ? str(raw['nextCursorField']) : undefined;
  if (!cursorParam || !itemsField || !nextCursorField) {
    throw new SpecError(file, pointerJoin(at, 'x-pagination'), 'x-pagination needs cursorParam, itemsField and nextCursorField');
  }
  return { cursorParam, itemsField, nextCursorField };
}

function readTransition(file: string, at: string, raw: unknown): OperationModel['transition'] {
  if (raw === undefined) return undefined;
  const machine = isJsonObject(raw) ? str(raw['machine']) : undefined;
  const to = isJsonObject(raw) ? str(raw['to']) : undefined;
  const action = isJsonObject(raw) ? str(raw['action']) : undefined;
  const from = isJsonObject(raw) ? raw['from'] : undefined;
  if (!machine || !to || !action || !Array.isArray(from) || !from.every((s) => typeof s === 'string')) {
    throw new SpecError(file, pointerJoin(at, 'x-flow'), 'x-flow needs machine, from (a list of states), to and action');
  }
  return { machine, from: from as string[], to, action };
}

/**
 * JSON Pointers (with `*` for array items) of every place under a schema carrying the given extension,
 * with the extension's value.
 */
export function collectMarked(document: JsonObject, schema: unknown, mark: string): [string, unknown][] {
  const found: [string, unknown][] = [];
  const visit = (node: unknown, pointer: string, depth: number, stack: ReadonlySet<string>) => {
    if (depth > 32 || !isJsonObject(node)) return;
    const ref = typeof node['$ref'] === 'string' ? node['$ref'] : undefined;
    if (ref && stack.has(ref)) return;
    const nextStack = ref ? new Set([...stack, ref]) : stack;
    const resolved = derefNode(document, node);
    if (!isJsonObject(resolved)) return;
    if (resolved[mark] !== undefined && resolved[mark] !== false) found.push([pointer, resolved[mark]]);
    if (isJsonObject(resolved['properties'])) {
      for (const [key, child] of Object.entries(resolved['properties'])) visit(child, pointerJoin(pointer, key), depth + 1, nextStack);
    }
    if (resolved['items'] !== undefined) visit(resolved['items'], `${pointer}/*`, depth + 1, nextStack);
    for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
      const list = resolved[key];
      if (Array.isArray(list)) for (const child of list) visit(child, pointer, depth + 1, nextStack);
    }
  };
  visit(schema, '', 0, new Set());
  const unique = new Map(found.map(([p, v]) => [p, v]));
  return [...unique.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The `x-stream` of a media type object (`ndjson` is the only kind). */
function streamOf(media: Record<string, unknown>): 'ndjson' | undefined {
  return media['x-stream'] === 'ndjson' ? 'ndjson' : undefined;
}
