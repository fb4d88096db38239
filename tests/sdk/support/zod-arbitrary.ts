// Test support: fast-check arbitraries of values a zod schema accepts, for the constructs the contract generator
// emits (objects, arrays, tuples, unions, enums, literals, strings with length/regex/date/date-time/url checks,
// numbers and integers with bounds, booleans, optional/nullable/default). Anything else throws, so that a new
// construct in the generated contracts is noticed here instead of silently going untested.
import fc from 'fast-check';
import type { ZodType } from 'zod';

interface Def {
  readonly type: string;
  readonly [key: string]: unknown;
}
interface Check {
  readonly check: string;
  readonly [key: string]: unknown;
}

const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;
const checksOf = (def: Def): Check[] => ((def['checks'] ?? []) as { _zod: { def: Check } }[]).map((c) => c._zod.def);
const optinOf = (schema: unknown): unknown => (schema as { _zod: { optin?: unknown } })._zod.optin;

/** Values `schema` accepts (checked: every value drawn passes `schema.safeParse`). */
export function acceptedBy(schema: ZodType): fc.Arbitrary<unknown> {
  return draw(schema).filter((value) => schema.safeParse(value).success);
}

function draw(schema: ZodType): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return strings(schema, def);
    case 'number':
      return numbers(def);
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(def['entries'] as Record<string, string>));
    case 'literal':
      return fc.constantFrom(...(def['values'] as unknown[]));
    case 'optional':
    case 'default':
      return fc.option(draw(def['innerType'] as ZodType), { nil: undefined, freq: 3 });
    case 'nullable':
      return fc.option(draw(def['innerType'] as ZodType), { nil: null, freq: 3 });
    case 'array': {
      const { min, max } = lengths(checksOf(def));
      return fc.array(draw(def['element'] as ZodType), { minLength: min ?? 0, maxLength: Math.min(max ?? 4, (min ?? 0) + 4) });
    }
    case 'tuple':
      if (def['rest'] !== null && def['rest'] !== undefined) throw new Error('no arbitrary for a tuple with a rest element');
      return fc.tuple(...(def['items'] as ZodType[]).map(draw));
    case 'union':
      return fc.oneof(...(def['options'] as ZodType[]).map(draw));
    case 'object': {
      const shape = def['shape'] as Record<string, ZodType>;
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const key of Object.keys(shape)) record[key] = draw(shape[key] as ZodType);
      const requiredKeys = Object.keys(shape).filter((key) => optinOf(shape[key]) === undefined);
      return fc.record(record, { requiredKeys });
    }
    default:
      throw new Error(`no arbitrary for zod type "${def.type}"`);
  }
}

function lengths(checks: readonly Check[]): { min: number | undefined; max: number | undefined } {
  let min: number | undefined;
  let max: number | undefined;
  for (const c of checks) {
    if (c.check === 'length_equals') min = max = c['length'] as number;
    if (c.check === 'min_length') min = c['minimum'] as number;
    if (c.check === 'max_length') max = c['maximum'] as number;
  }
  return { min, max };
}

function strings(schema: ZodType, def: Def): fc.Arbitrary<string> {
  const checks = checksOf(def);
  // Leaf filter: the leaf's own checks (lengths beside a pattern, a URL's parse) decide; containers are what the
  // tests compare.
  const fits = (s: string): boolean => schema.safeParse(s).success;
  const regex = checks.find((c) => c.check === 'string_format' && c['format'] === 'regex');
  if (regex !== undefined) return matching(regex['pattern'] as RegExp).filter(fits);
  // A format schema (`z.iso.date()`, `z.url()`) carries its format on its own definition; `.datetime()` adds it as
  // a check.
  const format = def['format'] ?? checks.find((c) => c.check === 'string_format')?.['format'];
  if (format === 'url') return fc.webUrl().filter(fits);
  if (format === 'datetime') return isoInstants();
  if (format === 'date') return isoInstants().map((t) => t.slice(0, 10));
  if (format !== undefined) throw new Error(`no arbitrary for string format "${String(format)}"`);
  const { min, max } = lengths(checks);
  return fc.string({ minLength: min ?? 0, maxLength: max ?? 40 });
}

// fast-check cannot generate from lookaheads (`^(?!0000$)…`): draw from the pattern without them; the leaf filter
// then drops the few strings a lookahead refuses.
function matching(pattern: RegExp): fc.Arbitrary<string> {
  try {
    return fc.stringMatching(pattern);
  } catch {
    return fc.stringMatching(new RegExp(pattern.source.replace(/\(\?[!=][^()]*\)/g, ''), pattern.flags));
  }
}

function isoInstants(): fc.Arbitrary<string> {
  return fc
    .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
    .map((d) => d.toISOString());
}

function numbers(def: Def): fc.Arbitrary<number> {
  const integer = def['format'] === 'safeint' || def['format'] === 'int32';
  // An exclusive bound moves by one for integers; for other numbers `acceptedBy`'s filter drops the bound itself.
  const step = (c: Check): number => (c['inclusive'] === true || !integer ? 0 : 1);
  let min: number | undefined;
  let max: number | undefined;
  for (const c of checksOf(def)) {
    if (c.check === 'greater_than') min = (c['value'] as number) + step(c);
    if (c.check === 'less_than') max = (c['value'] as number) - step(c);
    if (c.check === 'multiple_of') throw new Error('no arbitrary for multipleOf');
  }
  if (integer) {
    return fc.integer({ min: Math.max(min ?? -1e12, Number.MIN_SAFE_INTEGER), max: Math.min(max ?? 1e12, Number.MAX_SAFE_INTEGER) });
  }
  if (def['format'] !== undefined) throw new Error(`no arbitrary for number format "${String(def['format'])}"`);
  return fc.double({ min: min ?? -1e9, max: max ?? 1e9, noNaN: true, noDefaultInfinity: true });
}

/** A value changed in one place: a member replaced, removed, set to null, or an unknown member added. */
export function mutated(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc
    .tuple(valid, fc.array(fc.nat(), { maxLength: 4 }), fc.constantFrom('replace', 'remove', 'null', 'add'), fc.jsonValue())
    .map(([value, path, edit, replacement]) => changeOnePlace(structuredClone(value), path, edit, replacement));
}

function changeOnePlace(root: unknown, path: readonly number[], edit: string, replacement: unknown): unknown {
  if (typeof root !== 'object' || root === null) return edit === 'null' ? null : replacement;
  let parent = root as Record<string, unknown>;
  for (let depth = 0; ; depth++) {
    const keys = Object.keys(parent);
    const key = keys.length === 0 ? undefined : keys[(path[depth] ?? 0) % keys.length];
    const child = key === undefined ? undefined : parent[key];
    if (key !== undefined && depth + 1 < path.length && typeof child === 'object' && child !== null) {
      parent = child as Record<string, unknown>;
      continue;
    }
    if (edit === 'add' || key === undefined) {
      if (Array.isArray(parent)) parent.push(replacement);
      else parent['unexpectedMember'] = replacement;
    } else if (edit === 'remove') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    } else {
      parent[key] = edit === 'null' ? null : replacement;
    }
    return root;
  }
}
