// Every 4xx/5xx (and `default`) response has a body, and that body is
// `application/problem+json` only.
import { PROBLEM_JSON, isErrorCode, isObject, operationName, responsesOf } from '../util.js';

export default function ProblemJsonErrors() {
  return {
    Operation: {
      enter(operation, ctx) {
        const name = operationName(operation, ctx);
        for (const { code, response, location } of responsesOf(operation, ctx)) {
          if (!isErrorCode(code)) continue;
          const types = isObject(response.content) ? Object.keys(response.content) : [];
          if (types.length === 0) {
            ctx.report({
              message: `Error response ${code} of ${name} has no body; it must be \`${PROBLEM_JSON}\`.`,
              location: location.key(),
            });
            continue;
          }
          for (const type of types) {
            if (type !== PROBLEM_JSON) {
              ctx.report({
                message: `Error response ${code} of ${name} uses \`${type}\`; 4xx/5xx responses are \`${PROBLEM_JSON}\` only.`,
                location: location.child(['content', type]).key(),
              });
            }
          }
        }
      },
    },
  };
}
