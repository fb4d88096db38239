// `x-flow` and `x-pagination` are consistent with the operation they sit on:
// - `x-flow: { machine, from: [states], to: state, action }`, `from: []` only on POST;
// - `x-pagination: { cursorParam, itemsField, nextCursorField }` names a query parameter
//   of the operation and two members of its 200 response body (an array and a
//   nullable string).
// Their shapes are also checked by `struct` through the plugin's type extension.
import { deref, isObject, operationName, parametersOf } from '../util.js';

const NAME = /^[a-z][a-zA-Z0-9-]*$/;

function typeIncludes(schema, type) {
  return schema.type === type || (Array.isArray(schema.type) && schema.type.includes(type));
}

export default function FlowAndPagination() {
  const checkFlow = (operation, ctx, method) => {
    const flow = operation['x-flow'];
    if (flow === undefined) return;
    const name = operationName(operation, ctx);
    const location = ctx.location.child(['x-flow']);
    if (!isObject(flow)) {
      ctx.report({ message: '`x-flow` must be an object `{ machine, from, to, action }`.', location });
      return;
    }
    for (const key of ['machine', 'to', 'action']) {
      if (typeof flow[key] !== 'string' || !NAME.test(flow[key])) {
        ctx.report({
          message: `\`x-flow.${key}\` of ${name} must be a name (letters, digits, hyphens).`,
          location: key in flow ? location.child([key]) : location,
        });
      }
    }
    if (!Array.isArray(flow.from) || flow.from.some((s) => typeof s !== 'string')) {
      ctx.report({
        message: `\`x-flow.from\` of ${name} must be a list of states (\`[]\` for creation).`,
        location: 'from' in flow ? location.child(['from']) : location,
      });
    } else if (flow.from.length === 0 && method !== 'post') {
      ctx.report({
        message: `\`x-flow.from: []\` (creation) is only allowed on POST, not on ${method.toUpperCase()} ${name}.`,
        location: location.child(['from']),
      });
    }
  };

  const checkPagination = (operation, ctx, parents) => {
    const paging = operation['x-pagination'];
    if (paging === undefined) return;
    const name = operationName(operation, ctx);
    const location = ctx.location.child(['x-pagination']);
    if (!isObject(paging)) {
      ctx.report({ message: '`x-pagination` must be `{ cursorParam, itemsField, nextCursorField }`.', location });
      return;
    }
    for (const key of ['cursorParam', 'itemsField', 'nextCursorField']) {
      if (typeof paging[key] !== 'string' || paging[key] === '') {
        ctx.report({ message: `\`x-pagination.${key}\` of ${name} is missing.`, location });
        return;
      }
    }
    const params = parametersOf(operation, ctx, parents?.PathItem);
    if (!params.some(({ parameter }) => parameter.in === 'query' && parameter.name === paging.cursorParam)) {
      ctx.report({
        message: `\`x-pagination.cursorParam\` "${paging.cursorParam}" is not a query parameter of ${name}.`,
        location: location.child(['cursorParam']),
      });
    }
    const okRaw = operation.responses?.['200'];
    const { node: ok, location: okLocation } = deref(ctx, okRaw, ctx.location.child(['responses', '200']));
    const media = isObject(ok) && isObject(ok.content) ? ok.content['application/json'] : undefined;
    if (!isObject(media) || media.schema === undefined) {
      ctx.report({ message: `Paginated ${name} needs a 200 \`application/json\` response with a schema.`, location });
      return;
    }
    const { node: page } = deref(ctx, media.schema, okLocation.child(['content', 'application/json', 'schema']));
    const props = isObject(page) && isObject(page.properties) ? page.properties : {};
    const items = deref(ctx, props[paging.itemsField], okLocation).node;
    if (!isObject(items) || !typeIncludes(items, 'array')) {
      ctx.report({
        message: `\`x-pagination.itemsField\` "${paging.itemsField}" must be an array member of the 200 response of ${name}.`,
        location: location.child(['itemsField']),
      });
    }
    const next = deref(ctx, props[paging.nextCursorField], okLocation).node;
    if (!isObject(next) || !typeIncludes(next, 'string') || !typeIncludes(next, 'null')) {
      ctx.report({
        message: `\`x-pagination.nextCursorField\` "${paging.nextCursorField}" must be a nullable string member of the 200 response of ${name}.`,
        location: location.child(['nextCursorField']),
      });
    }
  };

  return {
    PathItem: {
      Operation: {
        enter(operation, ctx, parents) {
          const method = String(ctx.key).toLowerCase();
          checkFlow(operation, ctx, method);
          checkPagination(operation, ctx, parents);
        },
      },
    },
  };
}
