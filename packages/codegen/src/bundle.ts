import { basename, dirname, extname, relative, resolve } from 'node:path';
import { loadYamlFile } from './load-yaml.js';
import { SpecError, pointerJoin, pointerTokens } from './spec-error.js';

/** A JSON object as found in a spec. */
export type JsonObject = { [key: string]: unknown };

/** The result of bundling an exchange spec into one self-contained document. */
export interface BundledSpec {
  /** The entry file, relative to the repository root. */
  readonly file: string;
  /** One document: external schemas hoisted into `components.schemas`, other external refs inlined. */
  readonly document: JsonObject;
}

/** Keys whose values are literal data, never walked for `$ref`. */
const DATA_KEYS = new Set(['example', 'examples', 'enum', 'const', 'default']);
/** Keys under which a schema's children are schemas again. */
const SCHEMA_KEYWORDS_WITH_SCHEMA_VALUES = new Set([
  'items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames',
  'unevaluatedItems', 'unevaluatedProperties',
]);
const SCHEMA_KEYWORDS_WITH_SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
const SCHEMA_KEYWORDS_WITH_SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'dependentSchemas']);

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Bundles a spec: every external `$ref` is resolved relative to the file that contains it. Schemas from other
 * files are hoisted into `components.schemas` under the name of their last pointer segment (so `Fen` from
 * `../common/money.yaml#/Fen` becomes `#/components/schemas/Fen`); everything else is inlined. A `$ref` that
 * does not resolve is reported with the file and JSON Pointer where it is written.
 */
export function bundleSpec(entryPath: string, repoRoot: string): BundledSpec {
  const entryAbs = resolve(entryPath);
  const display = (abs: string) => relative(repoRoot, abs) || basename(abs);
  const files = new Map<string, unknown>();
  const load = (abs: string): unknown => {
    if (!files.has(abs)) files.set(abs, loadYamlFile(abs, display(abs)).value);
    return files.get(abs);
  };
  const root = load(entryAbs);
  if (!isJsonObject(root)) throw new SpecError(display(entryAbs), '', 'the document must be a YAML mapping');

  const hoisted = new Map<string, string>(); // "abs#pointer" -> component name
  const hoistedSchemas: Record<string, unknown> = {};
  const rootSchemas = isJsonObject(root['components']) && isJsonObject(root['components']['schemas'])
    ? root['components']['schemas']
    : {};
  const inlining = new Set<string>();

  const locate = (ref: string, baseAbs: string, atFile: string, atPointer: string) => {
    const hash = ref.indexOf('#');
    const filePart = hash === -1 ? ref : ref.slice(0, hash);
    const pointer = hash === -1 ? '' : decodeURIComponent(ref.slice(hash + 1));
    if (/^[a-z]+:/i.test(filePart)) {
      throw new SpecError(atFile, atPointer, `$ref "${ref}" points outside the repository; only relative file refs are allowed`);
    }
    const abs = filePart === '' ? baseAbs : resolve(dirname(baseAbs), filePart);
    let target: unknown;
    try {
      target = load(abs);
    } catch (error) {
      if (error instanceof SpecError && error.reason.startsWith('file cannot be read')) {
        throw new SpecError(atFile, atPointer, `$ref "${ref}" does not resolve: file ${display(abs)} cannot be read`);
      }
      throw error;
    }
    let tokens: string[];
    try {
      tokens = pointerTokens(pointer);
    } catch {
      throw new SpecError(atFile, atPointer, `$ref "${ref}" has an invalid JSON Pointer after '#'`);
    }
    for (const token of tokens) {
      const next: unknown = Array.isArray(target)
        ? target[Number(token)]
        : isJsonObject(target) && Object.hasOwn(target, token)
          ? target[token]
          : undefined;
      if (next === undefined) {
        throw new SpecError(atFile, atPointer, `$ref "${ref}" does not resolve: ${display(abs)} has nothing at #${pointer}`);
      }
      target = next;
    }
    return { abs, pointer, target, tokens };
  };

  const walk = (node: unknown, baseAbs: string, pointer: string, context: 'schema' | 'other'): unknown => {
    if (Array.isArray(node)) return node.map((item, i) => walk(item, baseAbs, pointerJoin(pointer, i), context));
    if (!isJsonObject(node)) return node;
    const file = display(baseAbs);
    const ref = node['$ref'];
    if (ref !== undefined) {
      if (typeof ref !== 'string') throw new SpecError(file, pointerJoin(pointer, '$ref'), '$ref must be a string');
      const siblings = walkChildren(node, baseAbs, pointer, context, true);
      const isRootInternal = baseAbs === entryAbs && ref.startsWith('#');
      const { abs, pointer: targetPointer, target, tokens } = locate(ref, baseAbs, file, pointer);
      if (isRootInternal) return { $ref: ref, ...siblings };
      if (context === 'schema') {
        const key = `${abs}#${targetPointer}`;
        let name = hoisted.get(key);
        if (name === undefined) {
          name = tokens.at(-1) ?? basename(abs, extname(abs));
          const clash = [...hoisted.entries()].find(([, n]) => n === name);
          if (clash || Object.hasOwn(rootSchemas, name)) {
            throw new SpecError(file, pointer, `$ref "${ref}" would be hoisted as schema "${name}", which is already taken; rename one of them`);
          }
          hoisted.set(key, name);
          hoistedSchemas[name] = walk(target, abs, targetPointer, 'schema');
        }
        return { $ref: `#/components/schemas/${name}`, ...siblings };
      }
      const key = `${abs}#${targetPointer}`;
      if (inlining.has(key)) throw new SpecError(file, pointer, `$ref "${ref}" is circular`);
      inlining.add(key);
      const inlined = walk(target, abs, targetPointer, context);
      inlining.delete(key);
      return isJsonObject(inlined) ? { ...inlined, ...siblings } : inlined;
    }
    return walkChildren(node, baseAbs, pointer, context, false);
  };

  const walkChildren = (
    node: JsonObject,
    baseAbs: string,
    pointer: string,
    context: 'schema' | 'other',
    skipRef: boolean,
  ): JsonObject => {
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(node)) {
      if (skipRef && key === '$ref') continue;
      const at = pointerJoin(pointer, key);
      if (DATA_KEYS.has(key) && !(context === 'other' && key === 'examples')) {
        out[key] = value;
      } else if (context === 'schema') {
        if (SCHEMA_KEYWORDS_WITH_SCHEMA_VALUES.has(key) || SCHEMA_KEYWORDS_WITH_SCHEMA_LISTS.has(key)) {
          out[key] = walk(value, baseAbs, at, 'schema');
        } else if (SCHEMA_KEYWORDS_WITH_SCHEMA_MAPS.has(key) && isJsonObject(value)) {
          out[key] = Object.fromEntries(
            Object.entries(value).map(([k, v]) => [k, walk(v, baseAbs, pointerJoin(at, k), 'schema')]),
          );
        } else {
          out[key] = walk(value, baseAbs, at, 'other');
        }
      } else if (key === 'schema') {
        out[key] = walk(value, baseAbs, at, 'schema');
      } else if (key === 'schemas' && /^\/components$/.test(pointer) && isJsonObject(value)) {
        out[key] = Object.fromEntries(
          Object.entries(value).map(([k, v]) => [k, walk(v, baseAbs, pointerJoin(at, k), 'schema')]),
        );
      } else {
        out[key] = walk(value, baseAbs, at, 'other');
      }
    }
    return out;
  };

  const document = walk(root, entryAbs, '', 'other') as JsonObject;
  const components: JsonObject = isJsonObject(document['components']) ? document['components'] : {};
  const schemas: JsonObject = isJsonObject(components['schemas']) ? components['schemas'] : {};
  document['components'] = { ...components, schemas: { ...schemas, ...sortKeys(hoistedSchemas) } };
  const registry = document['x-problem-registry'];
  if (Array.isArray(registry)) document['x-problem-registry'] = registry.flat();
  return { file: display(entryAbs), document };
}

function sortKeys(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
