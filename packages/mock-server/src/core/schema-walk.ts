/**
 * Reads the structure of generated zod schemas where validation needs more than `safeParse`: unknown members
 * (generated objects strip them silently; a request must not mass-assign server-set fields such as `status`)
 * and the scalar type of query parameters (which arrive as strings).
 */
import type { ZodType } from 'zod';
import { escapeToken } from './json-pointer.js';

interface Def {
  readonly type?: string;
  readonly innerType?: unknown;
  readonly in?: unknown;
  readonly shape?: Readonly<Record<string, unknown>>;
  readonly element?: unknown;
  readonly options?: readonly unknown[];
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'nonoptional', 'catch']);

function defOf(schema: unknown): Def | undefined {
  if (typeof schema !== 'object' || schema === null) return undefined;
  const def = (schema as { def?: unknown }).def;
  return typeof def === 'object' && def !== null ? (def as Def) : undefined;
}

/** The schema under optional/nullable/default/… wrappers (and the input side of a pipe). */
export function unwrap(schema: unknown): Def | undefined {
  let def = defOf(schema);
  for (let i = 0; i < 16 && def !== undefined; i++) {
    if (def.type !== undefined && WRAPPERS.has(def.type)) def = defOf(def.innerType);
    else if (def.type === 'pipe') def = defOf(def.in);
    else break;
  }
  return def;
}

/** Pointers of members of `value` that `schema` does not declare, at any depth. */
export function unknownMembers(schema: ZodType | undefined, value: unknown, pointer = ''): string[] {
  const def = unwrap(schema);
  if (def === undefined || typeof value !== 'object' || value === null) return [];
  if (def.type === 'object' && def.shape !== undefined && !Array.isArray(value)) {
    const out: string[] = [];
    for (const [key, member] of Object.entries(value)) {
      const child = `${pointer}/${escapeToken(key)}`;
      if (!Object.hasOwn(def.shape, key)) out.push(child);
      else out.push(...unknownMembers(def.shape[key] as ZodType, member, child));
    }
    return out;
  }
  if (def.type === 'array' && Array.isArray(value)) {
    return value.flatMap((item, i) => unknownMembers(def.element as ZodType, item, `${pointer}/${i}`));
  }
  return [];
}

/** The member schema `name` of an object schema. */
export function memberSchema(schema: ZodType, name: string): unknown {
  const def = unwrap(schema);
  return def?.type === 'object' && def.shape !== undefined && Object.hasOwn(def.shape, name) ? def.shape[name] : undefined;
}

/**
 * Convert a query or path string to the scalar its schema expects: numbers only from a plain decimal literal,
 * booleans only from `true`/`false`; anything else stays a string and fails validation as such.
 */
export function coerceParameter(schema: unknown, raw: string): unknown {
  const type = unwrap(schema)?.type;
  if (type === 'number' || type === 'int') return /^-?(?:0|[1-9][0-9]{0,15})$/.test(raw) ? Number(raw) : raw;
  if (type === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw;
  return raw;
}
