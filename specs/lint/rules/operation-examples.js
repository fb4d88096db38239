// Every request body media type and every response media type carries an example
// (`example` or a non-empty `examples`): the conformance kit and the mock are fed by them.
import { deref, hasExample, isObject, operationName, responsesOf } from '../util.js';

export default function OperationExamples() {
  return {
    Operation: {
      enter(operation, ctx) {
        const name = operationName(operation, ctx);
        if (operation.requestBody !== undefined) {
          const { node: body, location } = deref(ctx, operation.requestBody, ctx.location.child(['requestBody']));
          if (isObject(body) && isObject(body.content)) {
            for (const [mediaType, media] of Object.entries(body.content)) {
              if (isObject(media) && !hasExample(media)) {
                ctx.report({
                  message: `Request body \`${mediaType}\` of ${name} has no example.`,
                  location: location.child(['content', mediaType]).key(),
                });
              }
            }
          }
        }
        for (const { code, response, location } of responsesOf(operation, ctx)) {
          if (!isObject(response.content)) continue;
          for (const [mediaType, media] of Object.entries(response.content)) {
            if (isObject(media) && !hasExample(media)) {
              ctx.report({
                message: `Response ${code} \`${mediaType}\` of ${name} has no example.`,
                location: location.child(['content', mediaType]).key(),
              });
            }
          }
        }
      },
    },
  };
}
