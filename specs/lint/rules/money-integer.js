// A schema marked as money (`x-money`) or mapped to a real-world money field
// (`x-source-unit`) is `type: integer` (fen), whether the marks sit on the schema itself
// or beside a `$ref` (OpenAPI 3.1 sibling keywords). Also checks the marks' values.
import { deref, isObject } from '../util.js';

export const SOURCE_UNITS = ['FEN', 'YUAN', 'WANYUAN'];
const MONEY_KINDS = ['fen'];

function describe(node) {
  return node.type === undefined ? 'no `type`' : `type ${JSON.stringify(node.type)}`;
}

function checkValues(node, location, ctx) {
  if (node['x-money'] !== undefined && !MONEY_KINDS.includes(node['x-money'])) {
    ctx.report({
      message: `\`x-money\` must be \`fen\`, not ${JSON.stringify(node['x-money'])}.`,
      location: location.child(['x-money']),
    });
  }
  if (node['x-source-unit'] !== undefined && !SOURCE_UNITS.includes(node['x-source-unit'])) {
    ctx.report({
      message: `\`x-source-unit\` must be one of ${SOURCE_UNITS.join(', ')}, not ${JSON.stringify(node['x-source-unit'])}.`,
      location: location.child(['x-source-unit']),
    });
  }
}

const isMarked = (node) => node['x-money'] !== undefined || node['x-source-unit'] !== undefined;

export default function MoneyInteger() {
  return {
    // A schema node itself (the target when reached through a `$ref`).
    Schema: {
      enter(schema, ctx) {
        if (!isObject(schema) || !isMarked(schema)) return;
        checkValues(schema, ctx.location, ctx);
        if (schema.type !== 'integer') {
          ctx.report({
            message: `A money schema (\`x-money\` / \`x-source-unit\`) must be \`type: integer\` (fen); it has ${describe(schema)}.`,
            location: schema.type === undefined ? ctx.location : ctx.location.child(['type']),
          });
        }
      },
    },
    // A `$ref` whose sibling keywords carry the marks: the referenced schema must be integer.
    ref: {
      enter(refNode, ctx, resolved) {
        if (ctx.type?.name !== 'Schema' || !isMarked(refNode)) return;
        checkValues(refNode, ctx.location, ctx);
        const { node: target } = resolved?.node !== undefined ? resolved : deref(ctx, refNode, ctx.location);
        if (!isObject(target)) return;
        const type = refNode.type ?? target.type;
        if (type !== 'integer') {
          ctx.report({
            message: `\`x-source-unit\`/\`x-money\` beside \`$ref: ${refNode.$ref}\` requires the referenced schema to be \`type: integer\` (fen); it has ${describe(target)}.`,
            location: ctx.location.child(['$ref']),
          });
        }
      },
    },
  };
}
