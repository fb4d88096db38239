// Personal data never travels in a URL (query string or path): URLs end up in access
// logs, proxies and browser history. A parameter whose schema is marked `x-pii` (directly
// or through `$ref`, e.g. common `CitizenId`) is refused unless it is a header.
import { deref, isObject, operationName, parametersOf } from '../util.js';

export default function NoPiiInUrl() {
  return {
    PathItem: {
      Operation: {
        enter(operation, ctx, parents) {
          for (const { parameter, location } of parametersOf(operation, ctx, parents?.PathItem)) {
            if (parameter.in !== 'query' && parameter.in !== 'path') continue;
            const { node: schema } = deref(ctx, parameter.schema, location.child(['schema']));
            const pii = parameter['x-pii'] ?? parameter.schema?.['x-pii'] ?? (isObject(schema) ? schema['x-pii'] : undefined);
            if (pii !== undefined) {
              ctx.report({
                message: `${parameter.in} parameter "${parameter.name}" of ${operationName(operation, ctx)} carries personal data (\`x-pii: ${pii}\`); send it in the request body instead.`,
                location,
              });
            }
          }
        },
      },
    },
  };
}
