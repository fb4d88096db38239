// Schemas as the runtime uses them: with zod's compiled fast path (`z.compile`), which checks a valid value in one
// generated function and hands anything else to zod's own parser, so results, issues and messages are the same.
//
// Why: on a call over loopback, zod's interpreted walk of a six-field response cost more than its own measure in a
// tight loop suggests (a cold walk over many small schema objects per call); the compiled check removed most of what
// validation added to a call (docs/benchmarks.md, runtime benchmark).
//
// The compiled check is built with `new Function`. Where that is not allowed (a Content-Security-Policy without
// 'unsafe-eval'), set zod's documented switch `z.config({ jitless: true })` before creating a client: schemas are then
// used as they are. A schema zod cannot compile (a reference cycle, an async refinement) also stays as it is.
import { compile, config, type ZodType } from 'zod';

const compiled = new WeakMap<ZodType, ZodType>();

/** `schema` with zod's compiled fast path, made once per schema object (tables shared by many clients compile once). */
export function compiledSchema<T extends ZodType | undefined>(schema: T): T {
  if (schema === undefined || config().jitless === true) return schema;
  let fast = compiled.get(schema);
  if (fast === undefined) {
    fast = compile(schema);
    compiled.set(schema, fast);
  }
  return fast as T;
}
