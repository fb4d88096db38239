// `x-idempotency` takes exactly one value, `required`. An operation marked with it declares
// a required `Idempotency-Key` header and lists the idempotency problem types; an
// operation that creates a record (`x-flow.from: []`) must be marked; and an operation
// that declares `Idempotency-Key` without the mark is refused (the generator would not
// know to keep the key stable across retries).
import { isObject, operationName, parametersOf } from '../util.js';

const REQUIRED_PROBLEMS = ['IDEMPOTENCY_KEY_REUSED', 'REQUEST_IN_PROGRESS'];

export default function Idempotency() {
  const check = (operation, ctx, parents) => {
    const name = operationName(operation, ctx);
    const mark = operation['x-idempotency'];
    const keyParam = parametersOf(operation, ctx, parents?.PathItem).find(
      ({ parameter }) => parameter.in === 'header' && String(parameter.name).toLowerCase() === 'idempotency-key',
    );
    if (mark !== undefined && mark !== 'required') {
      ctx.report({
        message: `\`x-idempotency\` of ${name} must be \`required\` (the only value); got ${JSON.stringify(mark)}.`,
        location: ctx.location.child(['x-idempotency']),
      });
      return;
    }
    const flow = operation['x-flow'];
    if (mark === undefined && isObject(flow) && Array.isArray(flow.from) && flow.from.length === 0) {
      ctx.report({
        message: `${name} creates a record (\`x-flow.from: []\`) and must be marked \`x-idempotency: required\`.`,
        location: ctx.location.key(),
      });
    }
    if (mark === undefined) {
      if (keyParam) {
        ctx.report({
          message: `${name} declares an \`Idempotency-Key\` header but is not marked \`x-idempotency: required\`.`,
          location: keyParam.location,
        });
      }
      return;
    }
    if (!keyParam) {
      ctx.report({
        message: `${name} is \`x-idempotency: required\` but declares no \`Idempotency-Key\` header parameter ($ref '../common/headers.yaml#/IdempotencyKeyParam').`,
        location: ctx.location.child(['x-idempotency']),
      });
    } else if (keyParam.parameter.required !== true) {
      ctx.report({
        message: `The \`Idempotency-Key\` header of ${name} must be \`required: true\`.`,
        location: keyParam.location,
      });
    }
    const listed = Array.isArray(operation['x-problem-types']) ? operation['x-problem-types'] : [];
    for (const code of REQUIRED_PROBLEMS) {
      if (!listed.includes(code)) {
        ctx.report({
          message: `${name} is \`x-idempotency: required\` and must list \`${code}\` in \`x-problem-types\`.`,
          location: ctx.location.child(['x-idempotency']),
        });
      }
    }
  };
  return {
    PathItem: {
      Operation: {
        enter(operation, ctx, parents) {
          check(operation, ctx, parents);
        },
      },
    },
  };
}
