// Every operation declares its own non-empty `security` (e.g. `[{ signedRequest: [] }]`).
// An empty list, or an empty requirement `{}`, would make the operation anonymous.
import { isObject, operationName } from '../util.js';

export default function OperationSecurity() {
  return {
    Operation: {
      enter(operation, ctx) {
        const name = operationName(operation, ctx);
        const security = operation.security;
        if (!Array.isArray(security)) {
          ctx.report({
            message: `Operation ${name} has no \`security\`; declare \`security: [{ signedRequest: [] }]\` on every operation.`,
            location: ctx.location.key(),
          });
          return;
        }
        if (security.length === 0) {
          ctx.report({
            message: `\`security\` of ${name} is empty, which makes the operation anonymous.`,
            location: ctx.location.child(['security']),
          });
        }
        security.forEach((requirement, i) => {
          if (!isObject(requirement) || Object.keys(requirement).length === 0) {
            ctx.report({
              message: `\`security[${i}]\` of ${name} is an empty requirement, which allows anonymous calls.`,
              location: ctx.location.child(['security', i]),
            });
          }
        });
      },
    },
  };
}
