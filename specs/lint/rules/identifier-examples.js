// Examples are valid identifiers, not merely pattern-shaped: every example value that
// falls on a schema with `x-identifier` (citizen ID, USCC, organisation code, region code)
// passes its check-digit and date checks. Covers media-type examples (request and
// response), parameter examples and schema-level `example`/`examples`.
import { validators } from '../identifiers.js';
import { deref, examplesOf, isObject, parametersOf, responsesOf } from '../util.js';

const MAX_DEPTH = 32;

export default function IdentifierExamples() {
  let reported = new Set();

  const report = (ctx, location, kind, reason) => {
    const key = `${location.absolutePointer ?? ''}|${location.source?.absoluteRef ?? ''}${location.pointer ?? ''}`;
    if (reported.has(key)) return;
    reported.add(key);
    ctx.report({ message: `Example is not a valid \`${kind}\`: ${reason}.`, location });
  };

  const walk = (ctx, schemaRaw, schemaLocation, value, valueLocation, depth = 0) => {
    if (depth > MAX_DEPTH || schemaRaw === undefined) return;
    const { node: schema, location } = deref(ctx, schemaRaw, schemaLocation);
    if (!isObject(schema)) return;
    const kind = (isObject(schemaRaw) && schemaRaw['x-identifier']) || schema['x-identifier'];
    if (typeof kind === 'string' && validators[kind] && typeof value === 'string') {
      const reason = validators[kind](value);
      if (reason !== null) report(ctx, valueLocation, kind, reason);
    }
    if (Array.isArray(schema.allOf)) {
      schema.allOf.forEach((sub, i) => walk(ctx, sub, location.child(['allOf', i]), value, valueLocation, depth + 1));
    }
    if (isObject(value)) {
      for (const [key, member] of Object.entries(value)) {
        if (isObject(schema.properties) && schema.properties[key] !== undefined) {
          walk(ctx, schema.properties[key], location.child(['properties', key]), member, valueLocation.child([key]), depth + 1);
        } else if (isObject(schema.additionalProperties)) {
          walk(ctx, schema.additionalProperties, location.child(['additionalProperties']), member, valueLocation.child([key]), depth + 1);
        }
      }
    } else if (Array.isArray(value) && schema.items !== undefined) {
      value.forEach((item, i) => walk(ctx, schema.items, location.child(['items']), item, valueLocation.child([i]), depth + 1));
    }
  };

  const walkMediaTypes = (ctx, content, contentLocation) => {
    if (!isObject(content)) return;
    for (const [type, media] of Object.entries(content)) {
      if (!isObject(media) || media.schema === undefined) continue;
      const mediaLocation = contentLocation.child([type]);
      for (const example of examplesOf(media, mediaLocation, ctx)) {
        walk(ctx, media.schema, mediaLocation.child(['schema']), example.value, example.location);
      }
    }
  };

  return {
    Root: {
      enter() {
        reported = new Set();
      },
    },
    PathItem: {
      Operation: {
        enter(operation, ctx, parents) {
          if (operation.requestBody !== undefined) {
            const { node: body, location } = deref(ctx, operation.requestBody, ctx.location.child(['requestBody']));
            if (isObject(body)) walkMediaTypes(ctx, body.content, location.child(['content']));
          }
          for (const { response, location } of responsesOf(operation, ctx)) {
            walkMediaTypes(ctx, response.content, location.child(['content']));
          }
          for (const { parameter, location } of parametersOf(operation, ctx, parents?.PathItem)) {
            if (parameter.schema === undefined) continue;
            for (const example of examplesOf(parameter, location, ctx)) {
              walk(ctx, parameter.schema, location.child(['schema']), example.value, example.location);
            }
          }
        },
      },
    },
    Schema: {
      enter(schema, ctx) {
        if (!isObject(schema)) return;
        if (schema.example !== undefined) walk(ctx, schema, ctx.location, schema.example, ctx.location.child(['example']));
        if (Array.isArray(schema.examples)) {
          schema.examples.forEach((value, i) => walk(ctx, schema, ctx.location, value, ctx.location.child(['examples', i])));
        }
      },
    },
  };
}
