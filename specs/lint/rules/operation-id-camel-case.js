// Every operation has an operationId in lowerCamelCase: SDK methods, mock handlers and
// the operation table are keyed by it.
import { operationName } from '../util.js';

const CAMEL = /^[a-z][a-zA-Z0-9]*$/;

export default function OperationIdCamelCase() {
  return {
    Operation: {
      enter(operation, ctx) {
        const id = operation.operationId;
        if (typeof id !== 'string' || id === '') {
          ctx.report({
            message: `Operation ${operationName(operation, ctx)} has no \`operationId\`; every operation needs one (camelCase).`,
            location: ctx.location.key(),
          });
        } else if (!CAMEL.test(id)) {
          ctx.report({
            message: `\`operationId\` "${id}" must be lowerCamelCase (e.g. \`createEntry\`).`,
            location: ctx.location.child(['operationId']),
          });
        }
      },
    },
  };
}
