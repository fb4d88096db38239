/**
 * Classified changes between two versions of an exchange spec, computed with `api-smart-diff` (which understands
 * OpenAPI 3.1 and resolves internal `$ref`s, so a change to a shared schema is reported at every operation that
 * uses it).
 *
 * @module
 */
import { apiCompare, type Diff } from 'api-smart-diff';
import { toPointer } from './json-pointer.js';

/** How a change affects a city's integration. */
export type ChangeKind = 'breaking' | 'non-breaking' | 'annotation';

/** Which part of an operation a change is in. */
export type ChangeLocation = 'operation' | 'request' | 'parameter' | 'response' | 'document';

/** One change of an exchange spec. */
export interface SpecChange {
  /** The exchange folder name. */
  readonly exchange: string;
  readonly kind: ChangeKind;
  /** What the diff did at the pointer. */
  readonly action: 'add' | 'remove' | 'replace' | 'rename';
  /** RFC 6901 pointer into the bundled spec of the working tree (or of the release, for a removal). */
  readonly pointer: string;
  /** One line for a person: what changed and where. */
  readonly reason: string;
  /** The operation the change is in, when it is in one. */
  readonly operationId: string | undefined;
  readonly location: ChangeLocation;
  /** The property the change is about (the last `properties/<name>` or `required` entry), when there is one. */
  readonly field: string | undefined;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function operationAt(doc: unknown, path: string, method: string): Json | undefined {
  if (!isObject(doc) || !isObject(doc['paths'])) return undefined;
  const item = doc['paths'][path];
  const op = isObject(item) ? item[method] : undefined;
  return isObject(op) ? op : undefined;
}

function operationIdAt(doc: unknown, path: string, method: string): string | undefined {
  const op = operationAt(doc, path, method);
  return typeof op?.['operationId'] === 'string' ? op['operationId'] : undefined;
}

function locationOf(path: readonly (string | number)[]): ChangeLocation {
  if (path[0] !== 'paths') return 'document';
  if (path.length <= 3) return 'operation';
  const part = path[3];
  if (part === 'requestBody') return 'request';
  if (part === 'parameters') return 'parameter';
  if (part === 'responses') return 'response';
  return 'operation';
}

function fieldOf(diff: Diff): string | undefined {
  const path = diff.path;
  const last = path[path.length - 1];
  if (path[path.length - 2] === 'required') {
    const value: unknown = diff.after ?? diff.before;
    return typeof value === 'string' ? value : undefined;
  }
  for (let i = path.length - 2; i >= 0; i -= 1) if (path[i] === 'properties') return String(path[i + 1]);
  if (path[path.length - 2] === 'parameters' && typeof last === 'number') {
    const value: unknown = diff.after ?? diff.before;
    return isObject(value) && typeof value['name'] === 'string' ? value['name'] : undefined;
  }
  return undefined;
}

const KINDS: Readonly<Record<Diff['type'], ChangeKind>> = {
  breaking: 'breaking',
  'non-breaking': 'non-breaking',
  // A deprecation is an addition a city may act on later: it needs at least a minor release.
  deprecated: 'non-breaking',
  annotation: 'annotation',
  // Not understood by the library: assume the worst, a person can look at it.
  unclassified: 'breaking',
};

const VERBS: Readonly<Record<Diff['action'], string>> = { add: 'added', remove: 'removed', replace: 'changed', rename: 'renamed' };

function contextOf(path: readonly (string | number)[]): string {
  if (path[0] !== 'paths') return path.length > 0 ? `\`${path.slice(0, 2).join('.')}\`` : 'the document';
  if (path[3] === 'requestBody') return 'the request body';
  if (path[3] === 'responses' && path[4] !== undefined) return `the ${String(path[4])} response`;
  if (path[3] === 'parameters') return 'the parameters';
  return 'the operation';
}

function ownReason(diff: Diff, field: string | undefined): string {
  const path = diff.path;
  const verb = VERBS[diff.action];
  const parent = path[path.length - 2];
  const value: unknown = diff.action === 'remove' ? diff.before : (diff.after ?? diff.before);
  let what: string;
  if (path[0] === 'paths' && path.length === 3) what = `operation ${String(path[2]).toUpperCase()} ${String(path[1])}`;
  else if (path[0] === 'paths' && path.length === 2) what = `path ${String(path[1])}`;
  else if (parent === 'required') what = `required status of \`${field ?? String(value)}\``;
  else if (parent === 'enum') what = `enum value ${JSON.stringify(value)} of \`${field ?? '?'}\``;
  else if (parent === 'properties') what = `property \`${String(path[path.length - 1])}\``;
  else what = `\`${String(path[path.length - 1])}\`${field === undefined ? '' : ` of \`${field}\``}`;
  return `${verb} ${what} in ${contextOf(path)}`;
}

function reasonOf(diff: Diff, operationId: string | undefined, field: string | undefined, kind: ChangeKind): string {
  const described = diff.description ?? '';
  // The library's text is good for the first place a schema is met; at later places it says "annotation (…)".
  const text = described === '' || /\bannotation \(/.test(described)
    ? ownReason(diff, field)
    : described.replace(/^\[(\w+)\]\s*/, (_, verb: string) => `${verb.toLowerCase()} `);
  const where = operationId === undefined || text.includes(operationId) ? '' : ` of \`${operationId}\``;
  const unclassified = diff.type === 'unclassified' && kind === 'breaking' ? ' (not classified by the diff; treated as breaking)' : '';
  return `${text}${where}${unclassified}`;
}

const PROBLEM_TYPES = 'x-problem-types';
const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

function registeredCodes(doc: unknown): ReadonlySet<string> {
  const registry = isObject(doc) ? doc['x-problem-registry'] : undefined;
  const entries = Array.isArray(registry) ? registry : isObject(registry) ? Object.values(registry) : [];
  return new Set(entries.flatMap((e) => (isObject(e) && typeof e['code'] === 'string' ? [e['code']] : [])));
}

/** The codes an operation lists (none when the operation or its list is absent). */
function problemTypesOf(op: Json | undefined): ReadonlySet<string> {
  const codes = op?.[PROBLEM_TYPES];
  return new Set(Array.isArray(codes) ? codes.filter((c): c is string => typeof c === 'string') : []);
}

/**
 * The changes to each operation's `x-problem-types`, compared as sets (the diff compares the lists by position,
 * and cannot tell a code the exchange already has from a new one). A code the released exchange already registers,
 * added to an operation, is non-breaking: every exchange's error union already holds it, and a city that handles
 * it elsewhere handles it here. A code new to the exchange is breaking (the union grows, and an exhaustive
 * `switch (error.code)` stops compiling). A code an operation no longer raises is non-breaking. An operation
 * added or removed as a whole is reported by the diff, with its list.
 */
function problemTypeChanges(exchange: string, before: unknown, after: unknown): SpecChange[] {
  if (!isObject(before) || !isObject(after) || !isObject(before['paths']) || !isObject(after['paths'])) return [];
  const registered = registeredCodes(before);
  const changes: SpecChange[] = [];
  for (const [path, item] of Object.entries(after['paths'])) {
    if (!isObject(item)) continue;
    for (const method of Object.keys(item)) {
      const released = operationAt(before, path, method);
      if (!HTTP_METHODS.has(method) || released === undefined) continue;
      const old = problemTypesOf(released);
      const fresh = problemTypesOf(operationAt(after, path, method));
      const operationId = operationIdAt(after, path, method);
      const pointer = toPointer(['paths', path, method, PROBLEM_TYPES]);
      const change = (kind: ChangeKind, action: 'add' | 'remove', reason: string): SpecChange => ({
        exchange,
        kind,
        action,
        pointer,
        reason: `${reason} of \`${operationId ?? `${method.toUpperCase()} ${path}`}\``,
        operationId,
        location: 'operation',
        field: undefined,
      });
      for (const code of fresh) {
        if (old.has(code)) continue;
        changes.push(
          registered.has(code)
            ? change('non-breaking', 'add', `added problem type \`${code}\` (already in the exchange's registry) to the problems`)
            : change('breaking', 'add', `added problem type \`${code}\`, new to the exchange, to the problems`),
        );
      }
      for (const code of old) {
        if (!fresh.has(code)) changes.push(change('non-breaking', 'remove', `removed problem type \`${code}\` from the problems`));
      }
    }
  }
  return changes;
}

/**
 * True inside an `example` or `examples` (of a parameter, header, media type or schema): documentation only, whatever
 * the diff calls it. A property that happens to be named `example` is not one.
 */
function isExample(path: readonly (string | number)[]): boolean {
  return path.some((part, i) => (part === 'example' || part === 'examples') && path[i - 1] !== 'properties');
}

/**
 * Every change from `before` (the last release) to `after` (the working tree), classified. Changes inside
 * `components/schemas` are left out: the diff reports them again at each operation that uses the schema, with
 * the operation's context. Each operation's `x-problem-types` is compared by {@link problemTypeChanges}.
 */
export function diffSpecs(exchange: string, before: unknown, after: unknown): SpecChange[] {
  const { diffs } = apiCompare(before, after);
  const changes: SpecChange[] = [];
  for (const diff of diffs) {
    const path = diff.path;
    if (path[0] === 'components' && path[1] === 'schemas') continue;
    if (path[0] === 'paths' && path[3] === PROBLEM_TYPES && operationAt(before, String(path[1]), String(path[2])) !== undefined) continue;
    const pointer = toPointer(path);
    const operationId =
      path[0] === 'paths' && path.length >= 3
        ? (operationIdAt(after, String(path[1]), String(path[2])) ?? operationIdAt(before, String(path[1]), String(path[2])))
        : undefined;
    const field = fieldOf(diff);
    // A component added under its own name (a parameter, a response, an example…, or a whole new section of them)
    // changes nothing by itself: only what uses it can, and the diff reports each use where it is.
    const newComponent = path[0] === 'components' && path.length <= 3 && diff.action === 'add';
    const kind = newComponent || isExample(path) ? 'annotation' : KINDS[diff.type];
    changes.push({
      exchange,
      kind,
      action: diff.action,
      pointer,
      reason: reasonOf(diff, operationId, field, kind),
      operationId,
      location: locationOf(path),
      field,
    });
  }
  changes.push(...problemTypeChanges(exchange, before, after));
  return changes;
}
