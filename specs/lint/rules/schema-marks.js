// Schema marks take known values only, because code keys on them: `x-pii` drives log
// redaction, `x-identifier` selects the check-digit validator.
import { validators } from '../identifiers.js';
import { isObject } from '../util.js';

export const PII_KINDS = [
  'id-number',
  'name',
  'phone',
  'email',
  'address',
  'birth-date',
  'health',
  'financial',
  'biometric',
];
const IDENTIFIERS = Object.keys(validators);

function check(node, location, ctx) {
  const pii = node['x-pii'];
  if (pii !== undefined && !PII_KINDS.includes(pii)) {
    ctx.report({
      message: `\`x-pii\` must be one of ${PII_KINDS.join(', ')}; got ${JSON.stringify(pii)}.`,
      location: location.child(['x-pii']),
    });
  }
  const identifier = node['x-identifier'];
  if (identifier !== undefined && !IDENTIFIERS.includes(identifier)) {
    ctx.report({
      message: `\`x-identifier\` must be one of ${IDENTIFIERS.join(', ')}; got ${JSON.stringify(identifier)}.`,
      location: location.child(['x-identifier']),
    });
  }
}

export default function SchemaMarks() {
  return {
    Schema: {
      enter(schema, ctx) {
        if (isObject(schema)) check(schema, ctx.location, ctx);
      },
    },
    ref: {
      enter(refNode, ctx) {
        if (ctx.type?.name === 'Schema') check(refNode, ctx.location, ctx);
      },
    },
    Parameter: {
      enter(parameter, ctx) {
        if (isObject(parameter)) check(parameter, ctx.location, ctx);
      },
    },
  };
}
