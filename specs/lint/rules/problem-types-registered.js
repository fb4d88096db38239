// Problem types come from the document's registry:
// - the document has `x-problem-registry`, a list of registries (each a list of entries),
//   with unique codes and type URIs, each code being the URI's last segment in
//   SCREAMING_SNAKE_CASE (`…/problems/illegal-transition` → `ILLEGAL_TRANSITION`);
// - every code in an operation's `x-problem-types` exists in the registry;
// - every listed code has a response for its status, and every 4xx/5xx response status is
//   covered by at least one listed code;
// - when the registry has a 500 entry (`INTERNAL`), every operation declares a 500 response:
//   any operation can fail unexpectedly, and a client must find that answer in the spec;
// - every problem example names a registered type, with the registry's `type`, `status`,
//   `title` and `titleZh`, a status equal to the response's, and a code the operation lists.
import {
  PROBLEM_JSON,
  codeCovers,
  deref,
  examplesOf,
  isErrorCode,
  isObject,
  operationName,
  responsesOf,
} from '../util.js';

export default function ProblemTypesRegistered() {
  let registry = null; // Map code -> entry, or null when the document has no usable registry

  return {
    Root: {
      enter(root, ctx) {
        registry = null;
        const lists = root['x-problem-registry'];
        const location = ctx.location.child(['x-problem-registry']);
        if (!Array.isArray(lists) || lists.length === 0) {
          ctx.report({
            message:
              'The document has no `x-problem-registry`; list the common registry and the exchange\'s own, e.g. ' +
              "`[{ $ref: '../common/problem-types.yaml' }, { $ref: './problem-types.yaml' }]`.",
            location: ctx.location.key(),
          });
          return;
        }
        registry = new Map();
        const types = new Map();
        lists.forEach((raw, i) => {
          const { node: list, location: listLocation } = deref(ctx, raw, location.child([i]));
          if (!Array.isArray(list)) {
            ctx.report({
              message: `\`x-problem-registry[${i}]\` must be (a reference to) a list of problem-type entries.`,
              location: location.child([i]),
            });
            return;
          }
          list.forEach((entry, j) => {
            if (!isObject(entry) || typeof entry.code !== 'string') return; // shape is checked by `struct`
            const entryLocation = listLocation.child([j]);
            if (registry.has(entry.code)) {
              ctx.report({
                message: `Problem code \`${entry.code}\` is registered twice.`,
                location: entryLocation.child(['code']),
              });
            }
            if (typeof entry.type === 'string') {
              const slug = entry.type.slice(entry.type.lastIndexOf('/') + 1);
              if (slug.toUpperCase().replace(/-/g, '_') !== entry.code) {
                ctx.report({
                  message: `Problem code \`${entry.code}\` must be the type URI's last segment "${slug}" in SCREAMING_SNAKE_CASE.`,
                  location: entryLocation.child(['code']),
                });
              }
              if (types.has(entry.type)) {
                ctx.report({
                  message: `Problem type \`${entry.type}\` is registered twice.`,
                  location: entryLocation.child(['type']),
                });
              }
              types.set(entry.type, entry.code);
            }
            registry.set(entry.code, entry);
          });
        });
      },
    },
    Operation: {
      enter(operation, ctx) {
        if (registry === null) return;
        const name = operationName(operation, ctx);
        const listed = operation['x-problem-types'];
        const responses = responsesOf(operation, ctx);
        const errorResponses = responses.filter(({ code }) => isErrorCode(code));
        const codes = [];

        const internal = [...registry.values()].find((entry) => entry.status === 500);
        if (internal !== undefined && !responses.some(({ code: responseCode }) => codeCovers(responseCode, 500))) {
          ctx.report({
            message:
              `Operation ${name} declares no 500 response; any operation can fail unexpectedly. Declare 500 ` +
              `(e.g. \`$ref: '../common/problem.yaml#/InternalError'\`) and list \`${internal.code}\` in \`x-problem-types\`.`,
            location: ctx.location.child(['responses']),
          });
        }

        if (listed === undefined) {
          if (errorResponses.length > 0) {
            ctx.report({
              message: `Operation ${name} has error responses but no \`x-problem-types\` naming the registry codes it may answer with.`,
              location: ctx.location.key(),
            });
          }
        } else if (!Array.isArray(listed)) {
          ctx.report({
            message: '`x-problem-types` must be a list of problem codes.',
            location: ctx.location.child(['x-problem-types']),
          });
        } else {
          listed.forEach((code, i) => {
            const entry = registry.get(code);
            if (entry === undefined) {
              ctx.report({
                message: `Problem code \`${String(code)}\` of ${name} is not in the document's \`x-problem-registry\`.`,
                location: ctx.location.child(['x-problem-types', i]),
              });
              return;
            }
            codes.push(code);
            if (!responses.some(({ code: responseCode }) => codeCovers(responseCode, entry.status))) {
              ctx.report({
                message: `${name} lists \`${code}\` (status ${entry.status}) but declares no ${entry.status} response.`,
                location: ctx.location.child(['x-problem-types', i]),
              });
            }
          });
          for (const { code: responseCode, location } of errorResponses) {
            const covered = codes.some((code) => codeCovers(responseCode, registry.get(code).status));
            if (!covered) {
              ctx.report({
                message: `Error response ${responseCode} of ${name} matches no code in \`x-problem-types\`; only registered problem types may be answered.`,
                location: location.key(),
              });
            }
          }
        }

        for (const { code: responseCode, response, location } of errorResponses) {
          const media = isObject(response.content) ? response.content[PROBLEM_JSON] : undefined;
          if (!isObject(media)) continue;
          for (const example of examplesOf(media, location.child(['content', PROBLEM_JSON]), ctx)) {
            checkExample(example, responseCode, Array.isArray(listed) ? codes : null, name, ctx);
          }
        }
      },
    },
  };

  function checkExample({ name: exampleName, value, location }, responseCode, codes, operation, ctx) {
    if (!isObject(value)) return;
    const entry = registry.get(value.code);
    if (entry === undefined) {
      ctx.report({
        message: `Problem example "${exampleName}" (response ${responseCode} of ${operation}) has code \`${String(value.code)}\`, which is not registered.`,
        location,
      });
      return;
    }
    for (const member of ['type', 'status', 'title', 'titleZh']) {
      if (value[member] !== entry[member]) {
        ctx.report({
          message: `Problem example "${exampleName}" (response ${responseCode} of ${operation}): \`${member}\` must be the registry's ${JSON.stringify(entry[member])} for \`${entry.code}\`.`,
          location: location.child([member]),
        });
      }
    }
    if (!codeCovers(responseCode, entry.status)) {
      ctx.report({
        message: `Problem example "${exampleName}" has status ${entry.status} but sits in response ${responseCode} of ${operation}.`,
        location,
      });
    }
    if (Array.isArray(codes) && !codes.includes(entry.code)) {
      ctx.report({
        message: `Problem example "${exampleName}" (response ${responseCode}) shows \`${entry.code}\`, which ${operation} does not list in \`x-problem-types\`.`,
        location,
      });
    }
  }
}
